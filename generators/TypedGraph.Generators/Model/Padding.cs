namespace TypedGraph.Generators.Model;

/// <summary>Mirror of the runtime's <c>TypedGraph.Padding</c> (same members, same values): the generator reads attribute arguments as these numbers.</summary>
internal enum Padding
{
    Valid,
    Same,
    Causal,
}
