namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>
/// Strided transposed convolutions on a 12-channel 5 × 3 map, a shape libtorch 2.10's CPU kernel gets wrong at batch
/// sizes above 1: valid padding, valid with output padding on a permuted (strided) view, and "same" with a narrow.
/// </summary>
[Model]
public sealed partial class ConvTransposeProbe
{
    [Input(12, 5, 3)] public partial Node Image { get; }

    [Conv2dTranspose(2, 3, Stride = 2)]
    [Output]
    public partial Node Plain { get; }

    [Permute(1, 3, 2, From = nameof(Image))] public partial Node Swapped { get; }

    [Conv2dTranspose(3, 1, Stride = 2)]
    [Output]
    public partial Node FromPermute { get; }

    [Conv2dTranspose(4, 3, Stride = 2, Padding = Padding.Same, From = nameof(Image))]
    [Output]
    public partial Node Same { get; }
}

/// <summary>The valid transposed convolution in a channels-last model, whose maps are stored channels-first by a permute.</summary>
[Model(DataFormat = DataFormat.ChannelsLast)]
public sealed partial class ConvTransposeProbeLast
{
    [Input(5, 3, 12)] public partial Node Image { get; }

    [Conv2dTranspose(2, 3, Stride = 2)]
    [Output]
    public partial Node Up { get; }
}
