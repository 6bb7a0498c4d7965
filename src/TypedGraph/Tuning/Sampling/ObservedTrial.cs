using System.Collections.Generic;

namespace TypedGraph.Tuning.Sampling;

/// <summary>What samplers see of a trial already in the study.</summary>
/// <param name="Number">The trial's number (0-based, in claim order).</param>
/// <param name="Values">Its point: hyper-parameter name → value.</param>
/// <param name="Loss">Its score oriented so that lower is better (the score, or minus the score for a maximized objective); null while running or when failed.</param>
internal sealed record ObservedTrial(int Number, IReadOnlyDictionary<string, object> Values, double? Loss);
