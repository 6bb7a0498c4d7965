namespace TypedGraph.Generators.Model;

/// <summary>Variants of one layer family.</summary>
internal enum PoolKind
{
    Max,
    Avg,
}
