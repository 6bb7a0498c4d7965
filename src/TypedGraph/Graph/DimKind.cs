namespace TypedGraph;

/// <summary>What a <see cref="Dim"/> stands for.</summary>
public enum DimKind
{
    /// <summary>The implicit batch dimension, shown as <c>N</c>.</summary>
    Batch,
    /// <summary>A size known at compile time.</summary>
    Fixed,
    /// <summary>A named symbolic size (<c>"T"</c>); equal names must agree across inputs at run time.</summary>
    Symbol,
    /// <summary>A size derived from symbolic sizes (<c>"(T-4)/5"</c>): shown in summaries, not checked.</summary>
    Expression,
}
