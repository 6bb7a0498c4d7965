using System.Linq;
using static TorchSharp.torch;

namespace TypedGraph.Applications.Tests;

/// <summary>
/// VGG16 against Keras's <c>VGG16</c>. Derivation of the counts (3×3 convolutions with bias: 9·in·out + out):
/// block1 1,792 + 36,928; block2 73,856 + 147,584; block3 295,168 + 2 × 590,080; block4 1,180,160 + 2 × 2,359,808;
/// block5 3 × 2,359,808 → base 14,714,688. Top: fc1 25,088·4,096 + 4,096 = 102,764,544, fc2 16,781,312, predictions
/// 4,097,000 → 138,357,544, Keras's published total. No batch normalization, so nothing is non-trainable.
/// </summary>
public sealed class Vgg16Tests
{
    [Fact]
    public void Base_has_keras_parameter_counts()
    {
        using var model = new Vgg16Base();

        Assert.Equal(14_714_688, model.ParameterCount);
        Assert.Equal(14_714_688, model.TrainableParameterCount);
        Assert.Equal(0, model.NonTrainableParameterCount);
        Assert.Equal(13, model.Nodes.Count(n => n.LayerType == "Conv2D"));
        Assert.Equal(5, model.Nodes.Count(n => n.LayerType == "MaxPooling2D"));
    }

    [Fact]
    public void With_top_has_keras_parameter_counts()
    {
        using var model = new Vgg16();

        Assert.Equal(138_357_544, model.ParameterCount);
        Assert.Equal(138_357_544, model.TrainableParameterCount);
        Assert.Equal(0, model.NonTrainableParameterCount);
        Assert.Equal(102_764_544, model.Fc1.ParameterCount);
        Assert.Equal("(N, 512, 7, 7)", model.Features.OutputShape.ToString());
        Assert.Equal("(N, 1000)", model.Predictions.OutputShape.ToString());
    }

    [Fact]
    public void Base_output_is_512_by_7_by_7_at_224()
    {
        using var model = new Vgg16Base();
        model.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var features = model.forward(randn(1, 3, 224, 224)).Block5Pool;

        Assert.Equal([1L, 512L, 7L, 7L], features.shape);
    }
}
