using System;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// Keras' <c>Precision</c> or <c>Recall</c> with the default threshold 0.5: every element of the activated output is a
/// positive prediction when it is greater than 0.5; true and false positives (and false negatives) are counted over the
/// epoch, and the value is tp / (tp + fp) or tp / (tp + fn), 0 when nothing was counted.
/// </summary>
internal sealed class ConfusionStatistic : EpochStatistic
{
    private const double Threshold = 0.5;
    private readonly bool _recall;
    private readonly Loss _loss;
    private readonly string _outputName;

    public ConfusionStatistic(string name, bool recall, Loss loss, string outputName)
        : base(name, 2)
    {
        _recall = recall;
        _loss = loss;
        _outputName = outputName;
    }

    public override Tensor Batch(Tensor output, Activation fused, Tensor target, long samples)
    {
        var prediction = FusedActivation.Apply(output, fused);
        var positive = prediction > Threshold;
        var label = PositiveLabels(prediction, target, _loss, _outputName);
        var truePositives = positive.logical_and(label).sum();
        var other = _recall ? positive.logical_not().logical_and(label).sum() : positive.logical_and(label.logical_not()).sum();
        return stack([truePositives, other]).to_type(ScalarType.Float64);
    }

    public override double Result(ReadOnlySpan<double> sums, long samples) => DivideNoNan(sums[0], sums[0] + sums[1]);
}
