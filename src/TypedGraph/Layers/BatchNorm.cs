using System;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.Layers;

/// <summary>
/// Batch normalization over axis 1 of (N, C, …) with Keras's <c>center</c> and <c>scale</c>: either learned parameter can
/// be absent (TorchSharp's modules have both or neither). State-dict names follow PyTorch's BatchNorm: <c>weight</c> (γ,
/// when scaling), <c>bias</c> (β, when centering), <c>running_mean</c>, <c>running_var</c>, <c>num_batches_tracked</c>.
/// </summary>
public sealed class BatchNorm : nn.Module<Tensor, Tensor>
{
    private readonly Parameter? weight;
    private readonly Parameter? bias;
    private readonly Tensor running_mean;
    private readonly Tensor running_var;
    private readonly Tensor num_batches_tracked;
    private readonly double _eps;

    /// <summary>Creates the layer for <paramref name="channels"/> channels.</summary>
    /// <param name="channels">Size of axis 1.</param>
    /// <param name="eps">Added to the variance.</param>
    /// <param name="momentum">PyTorch's momentum of the running statistics (1 − Keras's).</param>
    /// <param name="center">Whether to learn an offset β.</param>
    /// <param name="scale">Whether to learn a scale γ.</param>
    public BatchNorm(long channels, double eps = 1e-3, double momentum = 0.01, bool center = true, bool scale = true)
        : base(nameof(BatchNorm))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        _eps = eps;
        Momentum = momentum;
        if (scale)
        {
            weight = new Parameter(ones(channels));
            register_parameter(nameof(weight), weight);
        }

        if (center)
        {
            bias = new Parameter(zeros(channels));
            register_parameter(nameof(bias), bias);
        }

        running_mean = zeros(channels);
        running_var = ones(channels);
        num_batches_tracked = zeros(1, ScalarType.Int64).squeeze();
        register_buffer(nameof(running_mean), running_mean);
        register_buffer(nameof(running_var), running_var);
        register_buffer(nameof(num_batches_tracked), num_batches_tracked);
    }

    /// <summary>PyTorch's momentum of the running statistics; set while they are recomputed (<c>BatchNormStatistics</c>).</summary>
    internal double Momentum { get; set; }

    /// <inheritdoc />
    public override Tensor forward(Tensor input)
    {
        if (training)
        {
            using (no_grad())
            {
                num_batches_tracked.add_(1);
            }
        }

        return nn.functional.batch_norm(input, running_mean, running_var, weight, bias, training, Momentum, _eps);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            weight?.Dispose();
            bias?.Dispose();
            running_mean.Dispose();
            running_var.Dispose();
            num_batches_tracked.Dispose();
        }

        base.Dispose(disposing);
    }
}
