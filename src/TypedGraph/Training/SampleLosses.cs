using System;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TypedGraph;

/// <summary>
/// The built-in losses per sample, shape <c>(N)</c>, for sample and class weights: what Keras' loss functions return
/// before the reduction (mean over the last axis for the element-wise losses, sum over the classes for the
/// cross-entropies), averaged over any further non-batch dimensions. The mean of the vector equals
/// <see cref="LossFunctions.Compute"/>, so Keras' <c>sum_over_batch_size</c> with weights <c>w</c> is
/// <c>(w · perSample).sum() / N</c>.
/// </summary>
internal static class SampleLosses
{
    /// <summary>Computes <paramref name="loss"/> per sample.</summary>
    public static Tensor Compute(Loss loss, Activation fused, Tensor output, Tensor target, string outputName)
    {
        var samples = output.size(0);
        Tensor elements;
        switch (loss)
        {
            case Loss.BinaryCrossentropy when fused == Activation.Sigmoid:
                elements = F.binary_cross_entropy_with_logits(output, TargetAlignment.Dense(output, target, outputName), reduction: nn.Reduction.None);
                break;
            case Loss.CategoricalCrossentropy when fused == Activation.Softmax:
                elements = -(TargetAlignment.Dense(output, target, outputName) * F.log_softmax(output, -1)).sum(-1);
                break;
            case Loss.SparseCategoricalCrossentropy when fused == Activation.Softmax:
                var classes = output.size(-1);
                elements = F.cross_entropy(
                    output.reshape(-1, classes), TargetAlignment.ClassIndices(output, target, outputName).reshape(-1), reduction: nn.Reduction.None);
                break;
            default:
                elements = OnActivated(loss, FusedActivation.Apply(output, fused), target, outputName);
                break;
        }

        return elements.reshape(samples, -1).mean([1]);
    }

    private static Tensor OnActivated(Loss loss, Tensor prediction, Tensor target, string outputName)
    {
        switch (loss)
        {
            case Loss.MeanSquaredError:
                return F.mse_loss(prediction, TargetAlignment.Dense(prediction, target, outputName), nn.Reduction.None);
            case Loss.MeanAbsoluteError:
                return F.l1_loss(prediction, TargetAlignment.Dense(prediction, target, outputName), nn.Reduction.None);
            case Loss.Huber:
                return F.huber_loss(prediction, TargetAlignment.Dense(prediction, target, outputName), delta: 1.0, reduction: nn.Reduction.None);
            case Loss.BinaryCrossentropy:
                var p = prediction.clamp(LossFunctions.Epsilon, 1 - LossFunctions.Epsilon);
                var truth = TargetAlignment.Dense(prediction, target, outputName);
                return -(truth * p.log() + (1 - truth) * (1 - p).log());
            case Loss.CategoricalCrossentropy:
                return -(TargetAlignment.Dense(prediction, target, outputName) * NormalizedLog(prediction)).sum(-1);
            case Loss.SparseCategoricalCrossentropy:
                var classes = prediction.size(-1);
                return F.nll_loss(
                    NormalizedLog(prediction).reshape(-1, classes),
                    TargetAlignment.ClassIndices(prediction, target, outputName).reshape(-1),
                    reduction: nn.Reduction.None);
            case Loss.None:
                throw new InvalidOperationException($"Output '{outputName}' has no loss and cannot be trained.");
            default:
                throw new ArgumentOutOfRangeException(nameof(loss), loss, "Unknown loss.");
        }
    }

    private static Tensor NormalizedLog(Tensor probabilities) =>
        (probabilities / probabilities.sum(-1, keepdim: true)).clamp(LossFunctions.Epsilon, 1 - LossFunctions.Epsilon).log();
}
