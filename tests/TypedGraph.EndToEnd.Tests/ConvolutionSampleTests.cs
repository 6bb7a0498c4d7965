using System.Linq;
using TypedGraph.EndToEnd.Tests.Models;
using TypedGraph.Samples.Models;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests;

/// <summary>
/// The residual-block and Inception samples through the real generator against hand-written TorchSharp with the same
/// weights (the generated module's state_dict loaded into the reference): equal outputs, for even and odd sizes (Keras
/// "same" pads asymmetrically for stride 2, and average pooling does not count the padding).
/// </summary>
public sealed class ConvolutionSampleTests
{
    private const double Tolerance = 1e-5;

    [Theory]
    [InlineData(16, 16)]
    [InlineData(8, 12)]
    public void Residual_block_forward_equals_hand_written_torchsharp(int height, int width)
    {
        using var scope = NewDisposeScope();
        manual_seed(3);
        using var generated = new ResidualBlock();
        using var reference = new HandWrittenResidualBlock();
        reference.load_state_dict(generated.state_dict());
        generated.eval();
        reference.eval();
        var x = randn(2, 64, height, width);

        var actual = generated.forward(x).Y;
        var expected = reference.forward(x);

        Assert.Equal([2L, 128L, height / 2, width / 2], actual.shape);
        AssertClose(expected, actual);
    }

    [Theory]
    [InlineData(16, 16)]
    [InlineData(15, 9)]
    public void Inception_module_forward_equals_hand_written_torchsharp(int height, int width)
    {
        using var scope = NewDisposeScope();
        manual_seed(5);
        using var generated = new InceptionModule();
        using var reference = new HandWrittenInceptionModule();
        reference.load_state_dict(generated.state_dict());
        generated.eval();
        reference.eval();
        var x = randn(2, 256, height, width);

        var actual = generated.forward(x).Mixed;
        var expected = reference.forward(x);

        Assert.Equal([2L, 512L, (height + 1) / 2, (width + 1) / 2], actual.shape);
        AssertClose(expected, actual);
    }

    [Fact]
    public void Hand_written_references_hold_exactly_the_generated_parameters()
    {
        using var residual = new ResidualBlock();
        using var inception = new InceptionModule();
        using var residualReference = new HandWrittenResidualBlock();
        using var inceptionReference = new HandWrittenInceptionModule();

        Assert.Equal(residual.state_dict().Keys.Order(), residualReference.state_dict().Keys.Order());
        Assert.Equal(inception.state_dict().Keys.Order(), inceptionReference.state_dict().Keys.Order());
        Assert.Equal(residual.ParameterCount, residualReference.parameters().Sum(p => p.numel()));
        Assert.Equal(inception.ParameterCount, inceptionReference.parameters().Sum(p => p.numel()));
    }

    private static void AssertClose(Tensor expected, Tensor actual)
    {
        Assert.Equal(expected.shape, actual.shape);
        var difference = (expected - actual).abs().max().item<float>();
        Assert.True(difference <= Tolerance, $"generated and hand-written outputs differ by up to {difference}");
    }
}
