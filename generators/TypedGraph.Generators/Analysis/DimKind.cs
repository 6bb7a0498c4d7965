namespace TypedGraph.Generators.Analysis;

/// <summary>The node kinds of a <see cref="Dim"/> expression.</summary>
internal enum DimKind
{
    Constant,
    Symbol,
    Add,
    Multiply,
    FloorDivide,
    CeilDivide,
}
