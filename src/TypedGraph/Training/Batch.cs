using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>One batch: input and target tensors (positional), optional per-sample loss weights and the sample count.</summary>
/// <param name="Inputs">One tensor per model input.</param>
/// <param name="Targets">One tensor per trained output.</param>
/// <param name="Weights">Per-sample weights of the loss, shape <c>(N)</c>, or <see langword="null"/>.</param>
/// <param name="Count">The number of samples, N.</param>
internal readonly record struct Batch(Tensor[] Inputs, Tensor[] Targets, Tensor? Weights, long Count);
