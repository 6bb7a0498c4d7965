using System.Linq;
using TypedGraph.Applications;
using static TorchSharp.torch;

namespace TypedGraph.Applications.Tests;

/// <summary>Xception declared in the DSL against Keras's numbers.</summary>
public sealed class XceptionTests
{
    [Fact]
    public void Base_has_keras_parameter_counts()
    {
        using var model = new XceptionBase();

        Assert.Equal(20_861_480, model.ParameterCount);
        Assert.Equal(54_528, model.NonTrainableParameterCount);
        Assert.Equal(20_861_480 - 54_528, model.TrainableParameterCount);
    }

    [Fact]
    public void With_top_has_keras_parameter_counts()
    {
        using var model = new Xception();

        Assert.Equal(22_910_480, model.ParameterCount);
        Assert.Equal(54_528, model.NonTrainableParameterCount);
    }

    [Fact]
    public void Middle_flow_is_one_row_of_eight_fresh_blocks()
    {
        using var model = new XceptionBase();

        var middle = model.MiddleFlow;
        Assert.Equal("XceptionMiddleBlock", middle.LayerType);
        // Per block: 3 × (728·9 depthwise + 728·728 pointwise) + 3 × 4·728 batch-norm values.
        Assert.Equal(8 * ((3 * ((728 * 9) + (728 * 728))) + (3 * 4 * 728)), middle.ParameterCount);
        Assert.Equal("(N, 728, ceil(ceil(ceil(((H-3)/2-1)/2)/2)/2), ceil(ceil(ceil(((W-3)/2-1)/2)/2)/2))", middle.OutputShape.ToString());
    }

    [Fact]
    public void Output_is_2048_by_10_by_10_at_299()
    {
        using var model = new XceptionBase();
        model.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var features = model.forward(randn(1, 3, 299, 299)).Features;

        Assert.Equal([1L, 2048L, 10L, 10L], features.shape);
    }
}
