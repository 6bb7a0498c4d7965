using System.Linq;
using TypedGraph.Layers;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Layers;

/// <summary>
/// The runtime's separable convolution on maps whose memory is laid out channels-last, which libtorch 2.10's grouped
/// convolution computes wrongly: the module itself reads such an input contiguously, so hand-written users get right values.
/// </summary>
public sealed class SeparableConv2dTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_channels_last_strided_input_gives_what_each_channel_convolved_alone_gives(int depthMultiplier)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        manual_seed(3);
        using var layer = new SeparableConv2d(3, 4, 3, depthMultiplier: depthMultiplier);
        var input = randn(2, 7, 6, 3).permute(0, 3, 1, 2); // an (N, C, H, W) view of (N, H, W, C) memory
        Assert.False(input.is_contiguous());

        // Reference without a grouped convolution: each input channel convolved alone by its depthMultiplier kernels.
        var kernels = layer.Depthwise.weight!;
        var depthwise = cat(
            Enumerable.Range(0, 3)
                .Select(c => nn.functional.conv2d(input.narrow(1, c, 1).contiguous(), kernels.narrow(0, c * depthMultiplier, depthMultiplier)))
                .ToArray(),
            1);
        var expected = layer.Pointwise.forward(depthwise);

        var actual = layer.forward(input);

        Assert.Equal(new long[] { 2, 4, 5, 4 }, actual.shape);
        var difference = (actual - expected).abs().max().item<float>();
        Assert.True(difference < 1e-5f, $"the separable convolution of a channels-last map differs from the per-channel reference by {difference}");
    }
}
