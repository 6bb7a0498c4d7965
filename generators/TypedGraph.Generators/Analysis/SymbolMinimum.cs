namespace TypedGraph.Generators.Analysis;

/// <summary>The smallest size an input symbol may take (see <see cref="ModelGraph.Minimums"/>).</summary>
internal sealed record SymbolMinimum(string Symbol, long Minimum);
