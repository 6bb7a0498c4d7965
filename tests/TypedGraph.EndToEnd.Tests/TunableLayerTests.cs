using System;
using System.Linq;
using Seeds.Tuning;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests;

/// <summary>
/// <c>nameof(hyper-parameter)</c> arguments of Rescaling, ZeroPadding2d, Conv2dTranspose, Cropping2d, Embedding and
/// MultiHeadAttention (<c>TunedLayers.cs</c>): each point builds the modules and shapes it names, counts its parameters
/// as computed by hand, and <c>SearchSpace</c>'s parameter-count range is exact.
/// </summary>
public sealed class TunableLayerTests
{
    // TunedMapLayers by hand, with S = 12 + 4·Pad − 2·Crop the cropped side (6 + 2·Pad padded, doubled by the "same"
    // stride-2 transposed convolution) and B = S + Kernel − 1 the valid transposed convolution's side:
    // Up = 3·K²·F + F, Back = F·K²·2 + 2, Y = 2·B² + 1 (Flatten of (2, B, B)).
    private static long MapParameters(int pad, int filters, int kernel, int crop)
    {
        var side = 12 + (4 * pad) - (2 * crop) + kernel - 1;
        return ((3 * kernel * kernel * filters) + filters) + ((filters * kernel * kernel * 2) + 2) + ((2 * side * side) + 1);
    }

    // TunedTextLayers by hand: Embedding V·W; attention on width W: three projections W·H·Kd + H·Kd, output H·Kd·W + W;
    // Score W + 1.
    private static long TextParameters(int vocabulary, int width, int heads, int keyDim) =>
        (vocabulary * width) + (3 * ((width * heads * keyDim) + (heads * keyDim))) + ((heads * keyDim * width) + width) + (width + 1);

    [Fact]
    public void Map_layers_build_the_sizes_and_values_of_two_points()
    {
        using var scope = NewDisposeScope();

        // Default point: Scale 0.5, Pad 0, Filters 2, Kernel 2, Crop 1 → padded 6, up 12, cropped 10, back 11.
        // Up 3·4·2 + 2 = 26, Back 2·4·2 + 2 = 18, Y 2·121 + 1 = 243: 287.
        using var small = new TunedMapLayers();
        Assert.Equal(287, MapParameters(0, 2, 2, 1));
        Assert.Equal(287, small.ParameterCount);
        Assert.Equal(["(N, 3, 6, 6)", "(N, 2, 12, 12)", "(N, 2, 10, 10)", "(N, 2, 11, 11)"], new[] { small.Padded, small.Up, small.Cropped, small.Back }.Select(n => n.OutputShape.ToString()));

        // Scale 2, Pad 1, Filters 4, Kernel 3, Crop 2 → padded 8, up 16 (surplus 1 cropped after), cropped 12, back 14.
        // Up 3·9·4 + 4 = 112, Back 4·9·2 + 2 = 74, Y 2·196 + 1 = 393: 579.
        using var large = new TunedMapLayers(new TunedMapLayers.HyperParameters(Scale: 2.0, Pad: 1, Filters: 4, Kernel: 3, Crop: 2));
        Assert.Equal(579, MapParameters(1, 4, 3, 2));
        Assert.Equal(579, large.ParameterCount);
        Assert.Equal(["(N, 3, 8, 8)", "(N, 4, 16, 16)", "(N, 4, 12, 12)", "(N, 2, 14, 14)"], new[] { large.Padded, large.Up, large.Cropped, large.Back }.Select(n => n.OutputShape.ToString()));
        Assert.Equal([3L, 4, 3, 3], ((TorchSharp.Modules.ConvTranspose2d)large.Up.Module!).weight!.shape);
        Assert.Equal([4L, 2, 3, 3], ((TorchSharp.Modules.ConvTranspose2d)large.Back.Module!).weight!.shape);

        // The tensors the forward computes have the declared shapes, and the point's factor and padding.
        manual_seed(11);
        var x = randn(2, 3, 6, 6);
        foreach (var model in new[] { small, large })
        {
            model.eval();
            var activations = model.Activations(new TunedMapLayers.Inputs(x));
            foreach (var (node, value) in activations)
            {
                Assert.Equal(node.OutputShape.ToString().Replace("N", "2", StringComparison.Ordinal), $"({string.Join(", ", value.shape)})");
            }

            // x·Scale + 0.25, with Pad rows and columns of zeros around it.
            var expected = nn.functional.pad((x * model.Scale) + 0.25, [model.Pad, model.Pad, model.Pad, model.Pad]);
            Assert.True(activations[model.Padded].allclose(expected), $"Padded at Scale = {model.Scale}, Pad = {model.Pad}");
        }
    }

    [Fact]
    public void Text_layers_build_the_sizes_of_two_points_and_the_vocabulary_bounds_the_ids()
    {
        using var scope = NewDisposeScope();

        // Default: V 20, W 4, H 1, Kd 3: 80 + 3·(12 + 3) + (12 + 4) + 5 = 146.
        using var small = new TunedTextLayers();
        Assert.Equal(146, TextParameters(20, 4, 1, 3));
        Assert.Equal(146, small.ParameterCount);
        Assert.Equal("(N, T, 4)", small.Attended.OutputShape.ToString());

        // V 50, W 6, H 2, Kd 5: 300 + 3·(60 + 10) + (60 + 6) + 7 = 583.
        using var large = new TunedTextLayers(new TunedTextLayers.HyperParameters(Vocabulary: 50, Width: 6, Heads: 2, KeyDim: 5));
        Assert.Equal(583, TextParameters(50, 6, 2, 5));
        Assert.Equal(583, large.ParameterCount);
        Assert.Equal([50L, 6], ((TorchSharp.Modules.Embedding)large.Embedded.Module!).weight!.shape);
        Assert.Equal("(N, T, 6)", large.Attended.OutputShape.ToString());
        var query = large.Attended.Module!.named_parameters().Single(p => p.name == "query.weight").parameter;
        Assert.Equal([10L, 6], query.shape);

        manual_seed(12);
        var ids = randint(0, 50, [3, 7], dtype: ScalarType.Int64);
        Assert.Equal([3L, 1], large.forward(ids).Score.shape);

        // Id 30 is a row of the 50-row table, not of the 20-row one: the named check, not libtorch's index error.
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => small.forward(ids.clamp(30, 30)));
        Assert.Equal("Embedded", error.ParamName);
        Assert.Contains("[0, 20)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_spaces_give_the_exact_parameter_count_ranges()
    {
        // Counts grow with Pad, Filters and Kernel and shrink with Crop (a smaller map feeds the Dense layer).
        var maps = from pad in new[] { 0, 1 } from filters in new[] { 2, 4 } from kernel in new[] { 2, 3 } from crop in new[] { 1, 2 }
                   select MapParameters(pad, filters, kernel, crop);
        Assert.Equal(32, TunedMapLayers.SearchSpace.Size);
        Assert.Equal((207L, 699L), (TunedMapLayers.SearchSpace.MinParameterCount, TunedMapLayers.SearchSpace.MaxParameterCount));
        Assert.Equal((maps.Min(), maps.Max()), (TunedMapLayers.SearchSpace.MinParameterCount, TunedMapLayers.SearchSpace.MaxParameterCount));

        var texts = from v in new[] { 20, 50 } from w in new[] { 4, 6 } from h in new[] { 1, 2 } from k in new[] { 3, 5 }
                    select TextParameters(v, w, h, k);
        Assert.Equal(16, TunedTextLayers.SearchSpace.Size);
        Assert.Equal((146L, 583L), (TunedTextLayers.SearchSpace.MinParameterCount, TunedTextLayers.SearchSpace.MaxParameterCount));
        Assert.Equal((texts.Min(), texts.Max()), (TunedTextLayers.SearchSpace.MinParameterCount, TunedTextLayers.SearchSpace.MaxParameterCount));

        // The corners really built.
        using var least = new TunedMapLayers(new TunedMapLayers.HyperParameters(Pad: 0, Filters: 2, Kernel: 2, Crop: 2));
        using var most = new TunedMapLayers(new TunedMapLayers.HyperParameters(Pad: 1, Filters: 4, Kernel: 3, Crop: 1));
        Assert.Equal((207L, 699L), (least.ParameterCount, most.ParameterCount));
    }

    [Fact]
    public void The_summary_shows_the_shapes_and_counts_of_the_point()
    {
        using var model = new TunedMapLayers(new TunedMapLayers.HyperParameters(Scale: 2.0, Pad: 1, Filters: 4, Kernel: 3, Crop: 2));

        var summary = model.Summary();

        Assert.Matches(@"Up \(Conv2DTranspose\)\s+│ \(N, 4, 16, 16\)\s+│\s+112 │ Padded", summary);
        Assert.Matches(@"Cropped \(Cropping2D\)\s+│ \(N, 4, 12, 12\)\s+│\s+0 │ Up", summary);
        Assert.Contains("Total params: 579", summary, StringComparison.Ordinal);
        Assert.EndsWith("\n Hyper-parameters:\n   Scale = 2\n   Pad = 1\n   Filters = 4\n   Kernel = 3\n   Crop = 2", summary, StringComparison.Ordinal);
    }
}
