using System;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TypedGraph;

/// <summary>
/// The per-output losses, averaged over the batch as Keras does. Softmax and sigmoid outputs whose activation the
/// generated code left to the loss (<see cref="OutputSpec.FusedActivation"/>) are computed from the logits, in the
/// numerically stable fused form.
/// </summary>
internal static class LossFunctions
{
    /// <summary>Keras' fuzz factor: probabilities are clamped to [ε, 1 − ε] before taking logarithms.</summary>
    public const double Epsilon = 1e-7;

    /// <summary>Computes <paramref name="loss"/> of <paramref name="output"/> against <paramref name="target"/> as a scalar.</summary>
    /// <param name="loss">The loss.</param>
    /// <param name="fused">The activation still to apply to <paramref name="output"/>, if any.</param>
    /// <param name="output">What the model produced (logits when <paramref name="fused"/> is not None).</param>
    /// <param name="target">The expected values.</param>
    /// <param name="outputName">The output's name, for error messages.</param>
    public static Tensor Compute(Loss loss, Activation fused, Tensor output, Tensor target, string outputName)
    {
        switch (loss)
        {
            case Loss.BinaryCrossentropy when fused == Activation.Sigmoid:
                return F.binary_cross_entropy_with_logits(output, TargetAlignment.Dense(output, target, outputName));
            case Loss.CategoricalCrossentropy when fused == Activation.Softmax:
                return -(TargetAlignment.OneHot(output, target, outputName) * F.log_softmax(output, -1)).sum(-1).mean();
            case Loss.SparseCategoricalCrossentropy when fused == Activation.Softmax:
                var classes = output.size(-1);
                return F.cross_entropy(output.reshape(-1, classes), TargetAlignment.ClassIndicesInRange(output, target, outputName).reshape(-1));
        }

        // Any other combination sees the activated output, as the user declared it.
        var prediction = FusedActivation.Apply(output, fused);
        return loss switch
        {
            Loss.MeanSquaredError => F.mse_loss(prediction, TargetAlignment.Dense(prediction, target, outputName)),
            Loss.MeanAbsoluteError => F.l1_loss(prediction, TargetAlignment.Dense(prediction, target, outputName)),
            Loss.Huber => F.huber_loss(prediction, TargetAlignment.Dense(prediction, target, outputName), delta: 1.0),
            Loss.BinaryCrossentropy => BinaryOnProbabilities(prediction, TargetAlignment.Dense(prediction, target, outputName)),
            Loss.CategoricalCrossentropy => CategoricalOnProbabilities(prediction, TargetAlignment.OneHot(prediction, target, outputName)),
            Loss.SparseCategoricalCrossentropy => SparseOnProbabilities(prediction, TargetAlignment.ClassIndicesInRange(prediction, target, outputName)),
            Loss.None => throw new InvalidOperationException($"Output '{outputName}' has no loss and cannot be trained."),
            _ => throw new ArgumentOutOfRangeException(nameof(loss), loss, "Unknown loss."),
        };
    }

    private static Tensor BinaryOnProbabilities(Tensor probabilities, Tensor target)
    {
        var p = probabilities.clamp(Epsilon, 1 - Epsilon);
        return -(target * p.log() + (1 - target) * (1 - p).log()).mean();
    }

    private static Tensor CategoricalOnProbabilities(Tensor probabilities, Tensor target) =>
        -(target * NormalizedLog(probabilities)).sum(-1).mean();

    private static Tensor SparseOnProbabilities(Tensor probabilities, Tensor classIndices)
    {
        var classes = probabilities.size(-1);
        return F.nll_loss(NormalizedLog(probabilities).reshape(-1, classes), classIndices.reshape(-1));
    }

    /// <summary>Keras' categorical form: renormalize over the last dimension, clamp, take the log.</summary>
    private static Tensor NormalizedLog(Tensor probabilities) =>
        (probabilities / probabilities.sum(-1, keepdim: true)).clamp(Epsilon, 1 - Epsilon).log();
}
