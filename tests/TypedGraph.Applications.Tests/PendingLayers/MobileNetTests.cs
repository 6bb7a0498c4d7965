using System.Linq;
using static TorchSharp.torch;

namespace TypedGraph.Applications.Tests;

/// <summary>
/// MobileNet against Keras's <c>MobileNet</c> (alpha 1, depth multiplier 1). Derivation: the base is Keras's total
/// 4,253,864 minus the top's conv_preds (1,024·1,000 + 1,000 = 1,025,000) = 3,228,864. Non-trainable = 2 × the
/// batch-normalized channels: conv1_bn 32, the depthwise BNs normalize each block's input (32 + 64 + 2·128 + 2·256 +
/// 6·512 + 1,024 = 4,960), the pointwise BNs its output (64 + 2·128 + 2·256 + 6·512 + 2·1,024 = 5,952) → 10,944 → 21,888.
/// </summary>
public sealed class MobileNetTests
{
    [Fact]
    public void Base_has_keras_parameter_counts()
    {
        using var model = new MobileNetBase();

        Assert.Equal(3_228_864, model.ParameterCount);
        Assert.Equal(21_888, model.NonTrainableParameterCount);
        Assert.Equal(3_228_864 - 21_888, model.TrainableParameterCount);
        Assert.Equal(13, model.Nodes.Count(n => n.LayerType == "DepthwiseConv2D"));
        Assert.Equal(4, model.Nodes.Count(n => n.LayerType == "ZeroPadding2D"));
    }

    [Fact]
    public void With_top_has_keras_parameter_counts()
    {
        using var model = new MobileNet();

        Assert.Equal(4_253_864, model.ParameterCount);
        Assert.Equal(21_888, model.NonTrainableParameterCount);
        Assert.Equal(4_253_864 - 21_888, model.TrainableParameterCount);
        Assert.Equal(1_025_000, model.ConvPreds.ParameterCount);
        Assert.Equal("(N, 1000)", model.Predictions.OutputShape.ToString());
    }

    [Fact]
    public void Base_output_is_1024_by_7_by_7_at_224()
    {
        using var model = new MobileNetBase();
        model.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var features = model.forward(randn(1, 3, 224, 224)).ConvPwRelu13;

        Assert.Equal([1L, 1024L, 7L, 7L], features.shape);
    }
}
