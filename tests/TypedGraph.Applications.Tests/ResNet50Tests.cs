using System.Linq;
using static TorchSharp.torch;

namespace TypedGraph.Applications.Tests;

/// <summary>
/// ResNet50 against Keras's <c>ResNet50</c>. Derivation: the base is Keras's total 25,636,712 minus the top's Dense
/// (2,048·1,000 + 1,000 = 2,049,000) = 23,587,712. Non-trainable = 2 × the batch-normalized channels: conv1 64; a stage
/// of filters f has 10·f in its first block (0_bn 4f, 1_bn f, 2_bn f, 3_bn 4f) and 6·f in each other block, so
/// 64 + (640 + 2·384) + (1,280 + 3·768) + (2,560 + 5·1,536) + (5,120 + 2·3,072) = 26,560 channels → 53,120.
/// </summary>
public sealed class ResNet50Tests
{
    [Fact]
    public void Base_has_keras_parameter_counts()
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
    public void With_top_has_keras_parameter_counts()
    {
        using var model = new ResNet50();

        Assert.Equal(25_636_712, model.ParameterCount);
        Assert.Equal(53_120, model.NonTrainableParameterCount);
        Assert.Equal(25_636_712 - 53_120, model.TrainableParameterCount);
        Assert.Equal("(N, 2048, 7, 7)", model.Features.OutputShape.ToString());
    }

    [Fact]
    public void Base_output_is_2048_by_7_by_7_at_224()
    {
        using var model = new ResNet50Base();
        model.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var features = model.forward(randn(1, 3, 224, 224)).Conv5Block3Out;

        Assert.Equal([1L, 2048L, 7L, 7L], features.shape);
        Assert.Equal("conv5_block3_out", model.Conv5Block3Out.SummaryName);
    }

    [Fact]
    public void Classifier_gives_1000_probabilities_at_224()
    {
        using var model = new ResNet50();
        model.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var predictions = model.forward(randn(1, 3, 224, 224)).Predictions;

        Assert.Equal([1L, 1000L], predictions.shape);
        Assert.Equal(1.0, predictions.sum().item<float>(), 3);
    }
}
