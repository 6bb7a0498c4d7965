using System;

namespace TypedGraph.Tuning;

/// <summary>What one trial produced, before it is stored.</summary>
/// <param name="State">Complete, Pruned or Failed.</param>
/// <param name="Score">The mean of the executions' best objective values.</param>
/// <param name="Weights">The best epoch's weights, as <c>Module.save</c> writes them.</param>
/// <param name="History">The history of the best execution.</param>
/// <param name="Error">Why it failed.</param>
internal sealed record TrialOutcome(TrialState State, double? Score, byte[]? Weights, History? History, Exception? Error);
