using System.Linq;
using TypedGraph.Applications.Tests.Models;
using static TorchSharp.torch;

namespace TypedGraph.Applications.Tests;

/// <summary>VGG16 and ResNet50 declared flat in the DSL (one node per Keras layer) against Keras's numbers.</summary>
public sealed class FlatApplicationTests
{
    [Fact]
    public void Vgg16_has_keras_parameter_counts()
    {
        using var model = new Vgg16();

        Assert.Equal(138_357_544, model.ParameterCount);
        Assert.Equal(0, model.NonTrainableParameterCount);
        Assert.Equal(102_764_544, model.Fc1.ParameterCount);
        Assert.Equal("(N, 512, 7, 7)", model.Block5Pool.OutputShape.ToString());
        Assert.Equal("(N, 1000)", model.Predictions.OutputShape.ToString());
    }

    [Fact]
    public void ResNet50_without_top_has_keras_parameter_counts()
    {
        using var model = new ResNet50Base();

        Assert.Equal(23_587_712, model.ParameterCount);
        Assert.Equal(53_120, model.NonTrainableParameterCount);
        Assert.Equal(23_587_712 - 53_120, model.TrainableParameterCount);
        // 53 convolutions and 53 batch normalizations, 16 residual additions, as in Keras's summary.
        Assert.Equal(53, model.Nodes.Count(n => n.LayerType == "Conv2D"));
        Assert.Equal(53, model.Nodes.Count(n => n.LayerType == "BatchNormalization"));
        Assert.Equal(16, model.Nodes.Count(n => n.LayerType == "Add"));
    }

    [Fact]
    public void ResNet50_features_are_2048_by_7_by_7_at_224()
    {
        using var model = new ResNet50Base();
        model.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var features = model.forward(randn(1, 3, 224, 224)).Conv5Block3Out;

        Assert.Equal([1L, 2048L, 7L, 7L], features.shape);
        Assert.Equal("conv5_block3_out", model.Conv5Block3Out.SummaryName);
    }
}
