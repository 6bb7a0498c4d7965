using System.Collections.Generic;

namespace TypedGraph.Callbacks;

/// <summary>What a <c>Fit</c> call is about to run, as callbacks see it (Keras' <c>callback.params</c>).</summary>
/// <param name="Epochs">Number of epochs requested.</param>
/// <param name="StepsPerEpoch">Training batches per epoch.</param>
/// <param name="BatchSize">Samples per batch (the last batch may hold fewer).</param>
/// <param name="TrainingSamples">Number of training samples.</param>
/// <param name="ValidationSamples">Number of validation samples; 0 without validation.</param>
/// <param name="Verbose">The verbosity passed to <c>Fit</c>.</param>
/// <param name="LogNames">
/// Every name the epoch logs will hold (<c>loss</c>, metrics, <c>val_</c> values, <c>lr</c>), so a callback can reject a
/// monitor that will never exist before the first epoch.
/// </param>
public sealed record TrainingParameters(
    int Epochs, int StepsPerEpoch, int BatchSize, long TrainingSamples, long ValidationSamples, int Verbose, IReadOnlyList<string> LogNames);
