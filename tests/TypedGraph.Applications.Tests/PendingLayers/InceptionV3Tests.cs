using System.Linq;
using static TorchSharp.torch;

namespace TypedGraph.Applications.Tests;

/// <summary>
/// InceptionV3 against Keras's <c>InceptionV3</c>. Derivation: the base is Keras's total 23,851,784 minus the top's Dense
/// (2,048·1,000 + 1,000 = 2,049,000) = 21,802,784. Every one of the 94 <c>conv2d_bn</c> units has a
/// BatchNormalization(scale=False): 3·C parameters (beta, moving mean, moving variance), 2·C of them non-trainable; the
/// 94 convolutions have 17,216 filters in all → 34,432 non-trainable.
/// </summary>
public sealed class InceptionV3Tests
{
    [Fact]
    public void Base_has_keras_parameter_counts()
    {
        using var model = new InceptionV3Base();

        Assert.Equal(21_802_784, model.ParameterCount);
        Assert.Equal(34_432, model.NonTrainableParameterCount);
        Assert.Equal(21_802_784 - 34_432, model.TrainableParameterCount);
        Assert.Equal(94, model.Nodes.Count(n => n.LayerType == "Conv2D"));
        Assert.Equal(94, model.Nodes.Count(n => n.LayerType == "BatchNormalization"));
        // mixed0–mixed10, mixed9_0, mixed9_1 and the two unnamed 3×3 double-branch concatenations.
        Assert.Equal(15, model.Nodes.Count(n => n.LayerType == "Concatenate"));
    }

    [Fact]
    public void With_top_has_keras_parameter_counts()
    {
        using var model = new InceptionV3();

        Assert.Equal(23_851_784, model.ParameterCount);
        Assert.Equal(34_432, model.NonTrainableParameterCount);
        Assert.Equal(23_851_784 - 34_432, model.TrainableParameterCount);
    }

    [Fact]
    public void Base_output_is_2048_by_8_by_8_at_299()
    {
        using var model = new InceptionV3Base();
        model.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var features = model.forward(randn(1, 3, 299, 299)).Mixed10;

        Assert.Equal([1L, 2048L, 8L, 8L], features.shape);
    }
}
