namespace TypedGraph.Generators.Analysis;

/// <summary>How two dimensions compare over every size their symbols can take.</summary>
internal enum DimRelation
{
    /// <summary>Equal for every size: nothing to check.</summary>
    Equal,

    /// <summary>Different for every size greater than 1 (H against ceil(H/2), 32 against 16): a compile-time error.</summary>
    Different,

    /// <summary>Equal for some sizes only: the generated forward checks at run time.</summary>
    Unknown,
}
