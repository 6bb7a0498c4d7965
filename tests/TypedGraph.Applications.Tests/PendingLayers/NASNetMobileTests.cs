using System.Linq;
using static TorchSharp.torch;

namespace TypedGraph.Applications.Tests;

/// <summary>
/// NASNetMobile against Keras's <c>NASNetMobile</c>. Derivation: the base is Keras's total 5,326,716 minus the top's
/// Dense (1,056·1,000 + 1,000 = 1,057,000) = 4,269,716. Non-trainable = 2 × the batch-normalized channels: stem_bn1 32;
/// a cell of f filters normalizes f after its 1×1 convolution, 2·f in each of its five separable blocks and f in its
/// adjust block (none in stem_1, whose previous input is its own input): stem_1 11·11, stem_2 12·22, normal cells 0–3
/// 12·44 each, reduce_4 and cells 5–8 12·88 each, reduce_8 and cells 9–12 12·176 each → 18,369 channels → 36,738.
/// </summary>
public sealed class NASNetMobileTests
{
    [Fact]
    public void Base_has_keras_parameter_counts()
    {
        using var model = new NASNetMobileBase();

        Assert.Equal(4_269_716, model.ParameterCount);
        Assert.Equal(36_738, model.NonTrainableParameterCount);
        Assert.Equal(4_269_716 - 36_738, model.TrainableParameterCount);
        Assert.Equal(160, model.Nodes.Count(n => n.LayerType == "SeparableConv2D"));
        Assert.Equal(192, model.Nodes.Count(n => n.LayerType == "BatchNormalization"));
        Assert.Equal(20, model.Nodes.Count(n => n.LayerType == "Concatenate"));
    }

    [Fact]
    public void With_top_has_keras_parameter_counts()
    {
        using var model = new NASNetMobile();

        Assert.Equal(5_326_716, model.ParameterCount);
        Assert.Equal(36_738, model.NonTrainableParameterCount);
        Assert.Equal(5_326_716 - 36_738, model.TrainableParameterCount);
    }

    [Fact]
    public void Base_output_is_1056_by_7_by_7_at_224()
    {
        using var model = new NASNetMobileBase();
        model.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var features = model.forward(randn(1, 3, 224, 224)).FinalRelu;

        Assert.Equal([1L, 1056L, 7L, 7L], features.shape);
    }
}
