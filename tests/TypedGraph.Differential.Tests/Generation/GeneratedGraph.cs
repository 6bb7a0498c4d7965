using System.Collections.Generic;
using System.Collections.Immutable;

namespace TypedGraph.Differential.Tests.Generation;

/// <summary>
/// A generated model: its declaration text, the concrete sizes chosen for its symbols, its inputs, and the per-sample
/// shape the generator tracked for every node (Keras semantics), by node name.
/// </summary>
internal sealed record GeneratedGraph(
    string ClassName,
    string Declaration,
    IReadOnlyDictionary<string, long> Symbols,
    ImmutableArray<GeneratedInput> Inputs,
    IReadOnlyDictionary<string, ImmutableArray<long>> ExpectedShapes);
