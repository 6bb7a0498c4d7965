namespace TypedGraph.Generators.Model;

/// <summary>
/// The <c>[Output]</c> attribute of a node: its loss, loss weight and metrics, and the user's own loss and metric types
/// (fully qualified, each with a public parameterless constructor).
/// </summary>
internal sealed record OutputHeadSpec(Loss Loss, double LossWeight, EquatableArray<Metric> Metrics, string? CustomLoss, EquatableArray<string> CustomMetrics)
{
    /// <summary>The output is trained: it has a built-in or a custom loss (and so a target).</summary>
    public bool HasLoss => Loss != Loss.None || CustomLoss is not null;
}
