namespace TypedGraph;

/// <summary>The scalar arguments of one <c>Fit</c> call, already validated.</summary>
/// <param name="Epochs">The index the epochs run up to (exclusive), Keras' <c>epochs</c>.</param>
/// <param name="InitialEpoch">The index of the first epoch run, Keras' <c>initial_epoch</c>.</param>
/// <param name="Verbose">The verbosity.</param>
/// <param name="Optimizer">The optimizer's description, for gradient clipping.</param>
internal sealed record FitSettings(int Epochs, int InitialEpoch, int Verbose, OptimizerSpec Optimizer);
