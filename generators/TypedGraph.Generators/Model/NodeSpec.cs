using TypedGraph.Generators.Layers;
namespace TypedGraph.Generators.Model;

/// <summary>
/// One node property of a model: its name, the layer it applies, the nodes it reads (implicit <c>From</c> already
/// resolved to the node declared above) and, when it is a model output, its head.
/// </summary>
internal sealed record NodeSpec(
    string Name,
    string SummaryName,
    LayerSpec Layer,
    EquatableArray<string> Inputs,
    OutputHeadSpec? Output)
{
    /// <summary>The generator writes the property's implementation part (it is a partial, instance <c>Node</c> property).</summary>
    public bool ImplementProperty { get; init; } = true;
}
