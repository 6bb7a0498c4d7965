using System;

namespace TypedGraph.ForwardBenchmarks;

/// <summary>One comparison: a forward call of the generated module and of the hand-written one on the same inputs.</summary>
internal sealed record ForwardCase(string Model, long Batch, Action Generated, Action HandWritten);
