namespace TypedGraph.Generators.Analysis;

/// <summary>
/// A <see cref="DimComparer"/> decision ran out of its <see cref="ComparisonBudget"/>; caught inside the comparer, which
/// then answers <see cref="DimRelation.Unknown"/>. Never escapes it.
/// </summary>
internal sealed class ComparisonBudgetExceededException : System.Exception
{
    public ComparisonBudgetExceededException()
        : base("The dimension comparison ran out of its budget.")
    {
    }
}
