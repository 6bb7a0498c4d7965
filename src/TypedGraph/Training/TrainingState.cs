using System.Collections.Generic;

namespace TypedGraph;

/// <summary>What <c>LoadTrainingState</c> read besides the weights and the optimizer state.</summary>
/// <param name="Epoch">The number of epochs trained when the state was saved: pass it as <c>initialEpoch</c> to resume.</param>
/// <param name="HyperParameters">The numeric values recorded with the state (learning-rate schedule settings, batch size…).</param>
/// <param name="Notes">The text values recorded with the state (data set version, run name…).</param>
public sealed record TrainingState(int Epoch, IReadOnlyDictionary<string, double> HyperParameters, IReadOnlyDictionary<string, string> Notes);
