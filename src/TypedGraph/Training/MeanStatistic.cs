using System;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>A metric logged as the sample-weighted mean of its batch values (Keras' <c>MeanMetricWrapper</c>).</summary>
internal sealed class MeanStatistic : EpochStatistic
{
    private readonly Func<Tensor, Activation, Tensor, Tensor> _batchMean;

    /// <param name="name">The log name.</param>
    /// <param name="batchMean">The metric's mean over one batch, from (output, fused activation, target).</param>
    public MeanStatistic(string name, Func<Tensor, Activation, Tensor, Tensor> batchMean)
        : base(name, 1)
    {
        _batchMean = batchMean;
    }

    public override Tensor Batch(Tensor output, Activation fused, Tensor target, long samples) =>
        (_batchMean(output, fused, target).to_type(ScalarType.Float64) * samples).reshape(1);

    public override double Result(ReadOnlySpan<double> sums, long samples) => sums[0] / samples;
}
