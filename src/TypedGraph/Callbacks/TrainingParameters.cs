using System.Collections.Generic;

namespace TypedGraph.Callbacks;

/// <summary>What a <c>Fit</c> call is about to run, as callbacks see it (Keras' <c>callback.params</c>).</summary>
/// <param name="Epochs">The <c>epochs</c> argument: epochs run up to this index (from <c>initialEpoch</c>).</param>
/// <param name="StepsPerEpoch">Training batches per epoch; 0 when unknown (a streamed sequence that is not a collection).</param>
/// <param name="BatchSize">Samples per batch (the last batch may hold fewer); 0 when the batches are streamed.</param>
/// <param name="TrainingSamples">Number of training samples; 0 when the batches are streamed.</param>
/// <param name="ValidationSamples">Number of validation samples; 0 without validation or when the validation batches are streamed.</param>
/// <param name="Verbose">The verbosity passed to <c>Fit</c>.</param>
/// <param name="LogNames">
/// Every name the epoch logs will hold (<c>loss</c>, metrics, <c>val_</c> values, <c>lr</c>), so a callback can reject a
/// monitor that will never exist before the first epoch. Canonical names only: the logs also hold Keras' <c>accuracy</c>
/// spelling beside every <c>acc</c> (<see cref="LogKeys.AliasOf"/>).
/// </param>
public sealed record TrainingParameters(
    int Epochs, int StepsPerEpoch, int BatchSize, long TrainingSamples, long ValidationSamples, int Verbose, IReadOnlyList<string> LogNames);
