namespace TypedGraph.Generators.Analysis;

/// <summary>How two dimensions compare over every size their symbols can take (decided by <see cref="DimComparer"/>).</summary>
internal enum DimRelation
{
    /// <summary>Equal for every size (every assignment in the symbols' domains): nothing to check.</summary>
    Equal,

    /// <summary>
    /// Different for every size greater than 1, i.e. every assignment with every symbol ≥ 2 (H against ceil(H/2), 32
    /// against 16): a compile-time error.
    /// </summary>
    Different,

    /// <summary>Neither proven (equal for some sizes only, or beyond the procedure): the generated forward checks at run time.</summary>
    Unknown,
}
