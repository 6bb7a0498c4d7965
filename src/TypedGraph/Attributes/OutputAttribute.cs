using System;

namespace TypedGraph;

/// <summary>
/// Marks a node as a model output. It goes beside the node attribute; <see cref="Loss"/>, <see cref="LossWeight"/>
/// and <see cref="Metrics"/> wire training. Output names in logs are the property name in snake_case.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class OutputAttribute : Attribute
{
    /// <summary>Creates an output marker.</summary>
    /// <param name="loss">Loss used to train this output; <see cref="TypedGraph.Loss.None"/> leaves it untrained (no target).</param>
    public OutputAttribute(Loss loss = Loss.None)
    {
        Loss = loss;
    }

    /// <summary>Loss used to train this output; <see cref="TypedGraph.Loss.None"/> means it has no target.</summary>
    public Loss Loss { get; }

    /// <summary>Weight of this output's loss in the total loss. Defaults to 1.</summary>
    public double LossWeight { get; set; } = 1.0;

    /// <summary>Metrics reported for this output.</summary>
    public Metric[] Metrics { get; set; } = [];

    /// <summary>
    /// A type deriving <see cref="TypedGraph.CustomLoss"/> with a public parameterless constructor that trains this
    /// output instead of a built-in <see cref="Loss"/> (leave that <see cref="TypedGraph.Loss.None"/>). The loss sees
    /// the activated output; it is logged as <c>loss</c> (or <c>&lt;output&gt;_loss</c>).
    /// </summary>
    public Type? CustomLoss { get; set; }

    /// <summary>
    /// Types deriving <see cref="TypedGraph.CustomMetric"/>, each with a public parameterless constructor, reported for
    /// this output after <see cref="Metrics"/> under their <see cref="TypedGraph.CustomMetric.Name"/>.
    /// </summary>
    public Type[] CustomMetrics { get; set; } = [];
}
