using System;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TypedGraph;

/// <summary>The per-output metrics, averaged over the batch.</summary>
internal static class MetricFunctions
{
    /// <summary>Computes <paramref name="metric"/> of <paramref name="output"/> against <paramref name="target"/> as a scalar.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="loss">The output's loss, which selects the accuracy variant.</param>
    /// <param name="fused">The activation still to apply to <paramref name="output"/>, if any.</param>
    /// <param name="output">What the model produced (logits when <paramref name="fused"/> is not None).</param>
    /// <param name="target">The expected values.</param>
    /// <param name="outputName">The output's name, for error messages.</param>
    public static Tensor Compute(Metric metric, Loss loss, Activation fused, Tensor output, Tensor target, string outputName) => metric switch
    {
        Metric.Accuracy => Accuracy(loss, fused, output, target, outputName),
        Metric.MeanAbsoluteError => ElementWise(F.l1_loss, fused, output, target, outputName),
        Metric.MeanSquaredError => ElementWise(F.mse_loss, fused, output, target, outputName),
        Metric.TopKCategoricalAccuracy => TopKAccuracy(loss, output, target, outputName, k: 5),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
    };

    /// <summary>
    /// Keras' <c>acc</c>: binary accuracy for a binary cross-entropy loss or a single unit; sparse categorical accuracy
    /// for a sparse loss or class-index targets; categorical accuracy otherwise.
    /// </summary>
    private static Tensor Accuracy(Loss loss, Activation fused, Tensor output, Tensor target, string outputName)
    {
        if (loss == Loss.BinaryCrossentropy || output.size(-1) == 1)
        {
            // A sigmoid is monotonic, so thresholding its logits at 0 equals thresholding probabilities at 0.5.
            var predicted = fused == Activation.Sigmoid ? output > 0 : FusedActivation.Apply(output, fused) > 0.5;
            var truth = TargetAlignment.Dense(output, target, outputName) > 0.5;
            return predicted.eq(truth).to_type(ScalarType.Float32).mean();
        }

        // Softmax and sigmoid preserve the order of the logits, so the arg-max needs no activation.
        var predictedClass = output.argmax(-1);
        var isSparse = loss == Loss.SparseCategoricalCrossentropy
            || target.Dimensions < output.Dimensions
            || (target.Dimensions == output.Dimensions && target.size(-1) == 1);
        var trueClass = isSparse
            ? TargetAlignment.ClassIndices(output, target, outputName)
            : TargetAlignment.Dense(output, target, outputName).argmax(-1);
        return predictedClass.eq(trueClass).to_type(ScalarType.Float32).mean();
    }

    /// <summary>
    /// Keras' <c>top_k_categorical_accuracy</c> (or its sparse form for class-index targets): 1 when the true class is
    /// among the <paramref name="k"/> highest outputs; every class counts when there are at most k classes.
    /// </summary>
    private static Tensor TopKAccuracy(Loss loss, Tensor output, Tensor target, string outputName, int k)
    {
        // Softmax and sigmoid preserve the order of the logits, so the top k need no activation.
        var classes = output.size(-1);
        var isSparse = loss == Loss.SparseCategoricalCrossentropy
            || target.Dimensions < output.Dimensions
            || (target.Dimensions == output.Dimensions && target.size(-1) == 1);
        var trueClass = isSparse
            ? TargetAlignment.ClassIndices(output, target, outputName)
            : TargetAlignment.Dense(output, target, outputName).argmax(-1);
        var top = output.topk((int)Math.Min(k, classes), dim: -1).indexes;
        return top.eq(trueClass.unsqueeze(-1)).any(-1).to_type(ScalarType.Float32).mean();
    }

    private static Tensor ElementWise(
        Func<Tensor, Tensor, nn.Reduction, Tensor> function, Activation fused, Tensor output, Tensor target, string outputName)
    {
        var prediction = FusedActivation.Apply(output, fused);
        return function(prediction, TargetAlignment.Dense(prediction, target, outputName), nn.Reduction.Mean);
    }
}
