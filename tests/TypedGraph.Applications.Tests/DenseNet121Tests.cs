using System.Linq;
using static TorchSharp.torch;

namespace TypedGraph.Applications.Tests;

/// <summary>
/// DenseNet121 against Keras's <c>DenseNet121</c>. Derivation: the base is Keras's total 8,062,504 minus the top's Dense
/// (1,024·1,000 + 1,000 = 1,025,000) = 7,037,504. Non-trainable = 2 × the batch-normalized channels: conv1_bn 64; a dense
/// block entered with c channels and n conv blocks normalizes Σ(c + 32i) + 128·n (0_bn, 1_bn): 1,632 (c 64, n 6),
/// 5,184 (128, 12), 18,048 (256, 24), 14,080 (512, 16); transitions 256, 512, 1,024; final bn 1,024 → 41,824 channels →
/// 83,648.
/// </summary>
public sealed class DenseNet121Tests
{
    [Fact]
    public void Base_has_keras_parameter_counts()
    {
        using var model = new DenseNet121Base();

        Assert.Equal(7_037_504, model.ParameterCount);
        Assert.Equal(83_648, model.NonTrainableParameterCount);
        Assert.Equal(7_037_504 - 83_648, model.TrainableParameterCount);
        // 1 + 58·2 + 3 convolutions, 1 + 58·2 + 3 + 1 batch normalizations, 58 concatenations: Keras's 121 weighted layers
        // are the 120 convolutions and the classifier's Dense.
        Assert.Equal(120, model.Nodes.Count(n => n.LayerType == "Conv2D"));
        Assert.Equal(121, model.Nodes.Count(n => n.LayerType == "BatchNormalization"));
        Assert.Equal(58, model.Nodes.Count(n => n.LayerType == "Concatenate"));
    }

    [Fact]
    public void With_top_has_keras_parameter_counts()
    {
        using var model = new DenseNet121();

        Assert.Equal(8_062_504, model.ParameterCount);
        Assert.Equal(83_648, model.NonTrainableParameterCount);
        Assert.Equal(8_062_504 - 83_648, model.TrainableParameterCount);
    }

    [Fact]
    public void Base_output_is_1024_by_7_by_7_at_224()
    {
        using var model = new DenseNet121Base();
        model.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var features = model.forward(randn(1, 3, 224, 224)).FinalRelu;

        Assert.Equal([1L, 1024L, 7L, 7L], features.shape);
    }
}
