using System.Linq;
using static TorchSharp.torch;

namespace TypedGraph.Applications.Tests;

/// <summary>
/// MobileNetV2 against Keras's <c>MobileNetV2</c> (alpha 1). Derivation: the base is Keras's total 3,538,984 minus the
/// top's Dense (1,280·1,000 + 1,000 = 1,281,000) = 2,257,984. Non-trainable = 2 × the batch-normalized channels:
/// bn_Conv1 32; per block the expansion (6 × its input, none in block 0), the depthwise (the expanded width) and the
/// projection (its output); Conv_1_bn 1,280 — 17,056 channels in all → 34,112.
/// </summary>
public sealed class MobileNetV2Tests
{
    [Fact]
    public void Base_has_keras_parameter_counts()
    {
        using var model = new MobileNetV2Base();

        Assert.Equal(2_257_984, model.ParameterCount);
        Assert.Equal(34_112, model.NonTrainableParameterCount);
        Assert.Equal(2_257_984 - 34_112, model.TrainableParameterCount);
        Assert.Equal(17, model.Nodes.Count(n => n.LayerType == "DepthwiseConv2D"));
        Assert.Equal(52, model.Nodes.Count(n => n.LayerType == "BatchNormalization"));
        // Residual additions where a block keeps its width at stride 1: blocks 2, 4, 5, 7, 8, 9, 11, 12, 14, 15.
        Assert.Equal(10, model.Nodes.Count(n => n.LayerType == "Add"));
    }

    [Fact]
    public void With_top_has_keras_parameter_counts()
    {
        using var model = new MobileNetV2();

        Assert.Equal(3_538_984, model.ParameterCount);
        Assert.Equal(34_112, model.NonTrainableParameterCount);
        Assert.Equal(3_538_984 - 34_112, model.TrainableParameterCount);
    }

    [Fact]
    public void Base_output_is_1280_by_7_by_7_at_224()
    {
        using var model = new MobileNetV2Base();
        model.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var features = model.forward(randn(1, 3, 224, 224)).OutRelu;

        Assert.Equal([1L, 1280L, 7L, 7L], features.shape);
    }
}
