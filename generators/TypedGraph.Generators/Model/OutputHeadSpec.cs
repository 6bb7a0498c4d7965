namespace TypedGraph.Generators.Model;

/// <summary>The <c>[Output]</c> attribute of a node: its loss, loss weight and metrics.</summary>
internal sealed record OutputHeadSpec(Loss Loss, double LossWeight, EquatableArray<Metric> Metrics);
