namespace TypedGraph.Generators.Model;

/// <summary>Variants of one layer family.</summary>
internal enum RecurrentKind
{
    Lstm,
    Gru,
    SimpleRnn,
}
