using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// A loss written by the user (Keras' <c>keras.losses.Loss</c> subclass with its <c>call</c>). Give an output one with
/// <c>[Output(CustomLoss = typeof(MyLoss))]</c> (a public parameterless constructor) or pass an instance in
/// <see cref="OutputSpec.CustomLoss"/>. Training reduces what <see cref="Compute"/> returns as Keras'
/// <c>sum_over_batch_size</c> does: the mean over all elements, or with sample weights
/// <c>sum(weight × per-sample loss) / batch size</c>. The value is logged as <c>loss</c> (or <c>&lt;output&gt;_loss</c>).
/// </summary>
public abstract class CustomLoss
{
    /// <summary>A name for messages; the type name by default.</summary>
    public virtual string Name => GetType().Name;

    /// <summary>
    /// Computes the loss of one batch, differentiably. Return one value per sample (shape <c>(N)</c>, or <c>(N, …)</c>,
    /// averaged over the trailing dimensions) so that sample and class weights can apply; a scalar is accepted when
    /// <c>Fit</c> gets no weights.
    /// </summary>
    /// <param name="prediction">The output as <c>forward</c> returns it: its activation applied (probabilities after a softmax).</param>
    /// <param name="target">The target tensor of the batch, as given to <c>Fit</c>.</param>
    public abstract Tensor Compute(Tensor prediction, Tensor target);
}
