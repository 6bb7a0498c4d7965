namespace TypedGraph.Generators.Model;

/// <summary>Variants of one layer family.</summary>
internal enum MergeKind
{
    Add,
    Subtract,
    Multiply,
    Average,
    Maximum,
    Concatenate,
}
