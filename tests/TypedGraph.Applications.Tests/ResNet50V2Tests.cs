using System.Linq;
using static TorchSharp.torch;

namespace TypedGraph.Applications.Tests;

/// <summary>
/// ResNet50V2 against Keras's <c>ResNet50V2</c>. Derivation: the base is Keras's total 25,613,800 minus the top's Dense
/// (2,048·1,000 + 1,000 = 2,049,000) = 23,564,800. Non-trainable = 2 × the batch-normalized channels: each block's
/// preact_bn normalizes its input (stage inputs 64, 256, 512, 1,024, then 4f inside a stage), 1_bn and 2_bn f each, and
/// post_bn 2,048: conv2 (64 + 2·256) + 3·128 = 960; conv3 (256 + 3·512) + 4·256 = 2,816; conv4 (512 + 5·1,024) + 6·512 =
/// 8,704; conv5 (1,024 + 2·2,048) + 3·1,024 = 8,192; + 2,048 = 22,720 channels → 45,440.
/// </summary>
public sealed class ResNet50V2Tests
{
    [Fact]
    public void Base_has_keras_parameter_counts()
    {
        using var model = new ResNet50V2Base();

        Assert.Equal(23_564_800, model.ParameterCount);
        Assert.Equal(45_440, model.NonTrainableParameterCount);
        Assert.Equal(23_564_800 - 45_440, model.TrainableParameterCount);
        // 1 + 16·3 + 4 projection convolutions; 16·3 + 1 batch normalizations; 16 additions; 3 strided 1×1 max pools.
        Assert.Equal(53, model.Nodes.Count(n => n.LayerType == "Conv2D"));
        Assert.Equal(49, model.Nodes.Count(n => n.LayerType == "BatchNormalization"));
        Assert.Equal(16, model.Nodes.Count(n => n.LayerType == "Add"));
    }

    [Fact]
    public void With_top_has_keras_parameter_counts()
    {
        using var model = new ResNet50V2();

        Assert.Equal(25_613_800, model.ParameterCount);
        Assert.Equal(45_440, model.NonTrainableParameterCount);
        Assert.Equal(25_613_800 - 45_440, model.TrainableParameterCount);
    }

    [Fact]
    public void Base_output_is_2048_by_7_by_7_at_224()
    {
        using var model = new ResNet50V2Base();
        model.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var features = model.forward(randn(1, 3, 224, 224)).PostRelu;

        Assert.Equal([1L, 2048L, 7L, 7L], features.shape);
    }
}
