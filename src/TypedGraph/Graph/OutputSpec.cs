using System.Collections.Generic;

namespace TypedGraph;

/// <summary>How a model output is trained and reported.</summary>
/// <param name="Name">The output's property name, e.g. <c>Answer</c>.</param>
/// <param name="LogName">Its name in logs, snake_case, e.g. <c>answer</c> (giving <c>answer_loss</c>).</param>
/// <param name="Loss">The loss that trains it; <see cref="TypedGraph.Loss.None"/> when it has no target (unless <paramref name="CustomLoss"/> is given).</param>
/// <param name="LossWeight">Default weight of its loss in the total loss.</param>
/// <param name="Metrics">Metrics reported for it.</param>
/// <param name="FusedActivation">
/// <see cref="Activation.Softmax"/> or <see cref="Activation.Sigmoid"/> when the generated graph returns the
/// pre-activation logits to training for this output so that the loss can fuse the activation; otherwise <see cref="Activation.None"/>.
/// </param>
/// <param name="CustomLoss">
/// A user-written loss that trains the output instead of <paramref name="Loss"/> (which is then <see cref="TypedGraph.Loss.None"/>);
/// it sees the activated output.
/// </param>
/// <param name="CustomMetrics">User-written metrics reported after <paramref name="Metrics"/>; <see langword="null"/> for none.</param>
public sealed record OutputSpec(
    string Name,
    string LogName,
    Loss Loss,
    double LossWeight,
    IReadOnlyList<Metric> Metrics,
    Activation FusedActivation,
    CustomLoss? CustomLoss = null,
    IReadOnlyList<CustomMetric>? CustomMetrics = null)
{
    /// <summary>Whether the output is trained (it has a built-in or a custom loss) and so takes a target.</summary>
    public bool HasLoss => Loss != Loss.None || CustomLoss is not null;
}
