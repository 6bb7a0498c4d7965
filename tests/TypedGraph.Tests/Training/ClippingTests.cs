using System;
using System.Linq;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Training;

/// <summary>
/// Gradient clipping pinned to hand-computed gradients: a linear model <c>w·x + b</c> with w = (1, −1), b = 0.5, one
/// batch, mean squared error, plain SGD with learning rate 1, so the new weights are <c>w − clip(g)</c>.
/// </summary>
public sealed class ClippingTests
{
    private static readonly double[][] X = [[1, 2], [3, 1], [0, 0], [2, 2]];
    private static readonly double[] Y = [0, 1, 2, 1];

    [Fact]
    public void Without_clipping_the_step_is_the_plain_gradient()
    {
        var (gw, gb) = Gradient();
        Assert.Equal([1.5, -0.25], gw); // residuals −0.5, 1.5, −1.5, −0.5: g_w = 2/4 Σ rᵢxᵢ, g_b = 2/4 Σ rᵢ
        Assert.Equal(-0.5, gb);
        AssertStep(Optimizers.Sgd(learningRate: 1), [1 - 1.5, -1 + 0.25], 0.5 + 0.5);
    }

    [Fact]
    public void Clip_value_clamps_every_gradient_element()
    {
        AssertStep(Optimizers.Sgd(learningRate: 1, clipValue: 0.3), [1 - 0.3, -1 + 0.25], 0.5 + 0.3);
    }

    [Fact]
    public void Clip_norm_rescales_each_parameter_gradient_on_its_own()
    {
        var norm = Math.Sqrt(1.5 * 1.5 + 0.25 * 0.25); // 1.5207 > 1: rescaled; the bias gradient (0.5) is not
        AssertStep(Optimizers.Sgd(learningRate: 1, clipNorm: 1.0), [1 - 1.5 / norm, -1 + 0.25 / norm], 0.5 + 0.5);
    }

    [Fact]
    public void Global_clip_norm_rescales_all_gradients_together()
    {
        var norm = Math.Sqrt(1.5 * 1.5 + 0.25 * 0.25 + 0.5 * 0.5); // 1.6008
        AssertStep(Optimizers.Sgd(learningRate: 1, globalClipNorm: 1.0), [1 - 1.5 / norm, -1 + 0.25 / norm], 0.5 + 0.5 / norm);
    }

    [Fact]
    public void Only_one_kind_of_clipping_can_be_set_and_values_must_be_positive()
    {
        Assert.Throws<ArgumentException>(() => Optimizers.RmsProp(clipNorm: 1, clipValue: 1));
        Assert.Throws<ArgumentException>(() => Optimizers.Adam(clipNorm: 1, globalClipNorm: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.Sgd(clipValue: 0));
        Assert.Equal(2.0, Optimizers.RmsProp(clipNorm: 2).ClipNorm);
        Assert.Equal(0.5, Optimizers.Adam(clipValue: 0.5).ClipValue);
    }

    private static void AssertStep(OptimizerSpec optimizer, double[] expectedWeight, double expectedBias)
    {
        using var model = new SingleDense(2, 1, Loss.MeanSquaredError);
        model.SetWeights([1, -1], [0.5f]);
        model.Compile(optimizer);
        using var x = tensor(X.SelectMany(r => r.Select(v => (float)v)).ToArray()).reshape(4, 2);
        using var y = tensor(Y.Select(v => (float)v).ToArray()).reshape(4, 1);

        model.Fit(new SingleDense.Inputs(x), new SingleDense.Targets(y), batchSize: 4, shuffle: false, verbose: 0);

        var weight = model.Layer.weight!.data<float>().ToArray();
        Assert.Equal(expectedWeight[0], weight[0], 1e-6);
        Assert.Equal(expectedWeight[1], weight[1], 1e-6);
        Assert.Equal(expectedBias, model.Layer.bias!.data<float>()[0], 1e-6);
    }

    /// <summary>The mean-squared-error gradient at w = (1, −1), b = 0.5, by hand.</summary>
    private static (double[] Weight, double Bias) Gradient()
    {
        double g0 = 0, g1 = 0, gb = 0;
        for (var i = 0; i < X.Length; i++)
        {
            var residual = X[i][0] - X[i][1] + 0.5 - Y[i];
            g0 += 2.0 / X.Length * residual * X[i][0];
            g1 += 2.0 / X.Length * residual * X[i][1];
            gb += 2.0 / X.Length * residual;
        }

        return ([g0, g1], gb);
    }
}
