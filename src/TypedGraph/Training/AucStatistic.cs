using System;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// Keras' <c>AUC</c> with its defaults (ROC curve, 200 thresholds, <c>summation_method="interpolation"</c>,
/// <c>multi_label=False</c>): the thresholds are −1e-7, 1/199, 2/199, …, 198/199, 1 + 1e-7; every element of the
/// activated output is a prediction, positive at a threshold when strictly greater; true/false positives/negatives are
/// counted per threshold over the epoch; then with TPR = tp / (tp + fn) and FPR = fp / (fp + tn) (0 when the denominator
/// is 0) the area is Σᵢ (FPRᵢ − FPRᵢ₊₁) · (TPRᵢ + TPRᵢ₊₁) / 2 (the trapezoidal rule).
/// </summary>
internal sealed class AucStatistic : EpochStatistic
{
    /// <summary>Keras' default <c>num_thresholds</c>.</summary>
    public const int ThresholdCount = 200;

    private static readonly float[] Thresholds = CreateThresholds();
    private readonly Loss _loss;
    private readonly string _outputName;

    public AucStatistic(string name, Loss loss, string outputName)
        : base(name, 4 * ThresholdCount)
    {
        _loss = loss;
        _outputName = outputName;
    }

    public override Tensor Batch(Tensor output, Activation fused, Tensor target, long samples)
    {
        var prediction = FusedActivation.Apply(output, fused);
        var label = PositiveLabels(prediction, target, _loss, _outputName).reshape(-1, 1);
        using var thresholds = tensor(Thresholds, device: prediction.device);
        var positive = prediction.reshape(-1, 1).to_type(ScalarType.Float32) > thresholds.unsqueeze(0);
        var negative = positive.logical_not();
        var negativeLabel = label.logical_not();
        return cat(
            [
                positive.logical_and(label).sum(0L),
                positive.logical_and(negativeLabel).sum(0L),
                negative.logical_and(negativeLabel).sum(0L),
                negative.logical_and(label).sum(0L),
            ],
            0).to_type(ScalarType.Float64);
    }

    public override double Result(ReadOnlySpan<double> sums, long samples)
    {
        var tp = sums[..ThresholdCount];
        var fp = sums.Slice(ThresholdCount, ThresholdCount);
        var tn = sums.Slice(2 * ThresholdCount, ThresholdCount);
        var fn = sums.Slice(3 * ThresholdCount, ThresholdCount);
        var area = 0.0;
        for (var i = 0; i < ThresholdCount - 1; i++)
        {
            var fprHere = DivideNoNan(fp[i], fp[i] + tn[i]);
            var fprNext = DivideNoNan(fp[i + 1], fp[i + 1] + tn[i + 1]);
            var tprHere = DivideNoNan(tp[i], tp[i] + fn[i]);
            var tprNext = DivideNoNan(tp[i + 1], tp[i + 1] + fn[i + 1]);
            area += (fprHere - fprNext) * (tprHere + tprNext) / 2;
        }

        return area;
    }

    private static float[] CreateThresholds()
    {
        var thresholds = new float[ThresholdCount];
        thresholds[0] = -1e-7f;
        for (var i = 1; i < ThresholdCount - 1; i++)
        {
            thresholds[i] = (float)(i / (double)(ThresholdCount - 1));
        }

        thresholds[^1] = 1 + 1e-7f;
        return thresholds;
    }
}
