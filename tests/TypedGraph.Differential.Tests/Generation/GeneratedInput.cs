using System.Collections.Immutable;

namespace TypedGraph.Differential.Tests.Generation;

/// <summary>An input of a generated model: its concrete per-sample sizes, and for token ids the exclusive upper bound.</summary>
internal sealed record GeneratedInput(string Name, ImmutableArray<long> Sizes, bool Integer, int Vocabulary);
