namespace TypedGraph.Generators.Model;

/// <summary>Mirror of the runtime's <c>TypedGraph.Metric</c> (same members, same values): the generator reads attribute arguments as these numbers.</summary>
internal enum Metric
{
    Accuracy,
    MeanAbsoluteError,
    MeanSquaredError,
}
