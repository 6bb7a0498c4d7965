namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>Border layers: asymmetric zero padding, cropping, rescaling and upsampling on a channels-first map.</summary>
[Model]
public sealed partial class BorderLayers
{
    [Input(2, "H", "W")] public partial Node Image { get; }

    [ZeroPadding2d(Top = 1, Right = 2)] public partial Node Padded { get; }

    [Cropping2d(Left = 1, Bottom = 2)] public partial Node Cropped { get; }

    [Rescaling(0.5, Offset = 1)] public partial Node Scaled { get; }

    [UpSampling2d(2)]
    [Output]
    public partial Node Up { get; }
}

/// <summary>The same border layers channels-last.</summary>
[Model(DataFormat = DataFormat.ChannelsLast)]
public sealed partial class BorderLayersChannelsLast
{
    [Input("H", "W", 2)] public partial Node Image { get; }

    [ZeroPadding2d(Top = 1, Right = 2)] public partial Node Padded { get; }

    [Cropping2d(Left = 1, Bottom = 2)] public partial Node Cropped { get; }

    [Rescaling(0.5, Offset = 1)] public partial Node Scaled { get; }

    [UpSampling2d(2)]
    [Output]
    public partial Node Up { get; }
}

/// <summary>Transposed convolutions with Keras's output sizes, a [1, 7] kernel, and BatchNorm without scale, frozen.</summary>
[Model]
public sealed partial class SecondWaveConvolutions
{
    [Input(3, "H", "W")] public partial Node Image { get; }

    [Conv2dTranspose(4, 3, Stride = 2)]
    [Output]
    public partial Node UpValid { get; }

    [Conv2dTranspose(4, 4, Stride = 2, Padding = Padding.Same, From = nameof(Image))] public partial Node UpSameEven { get; }

    [Conv2dTranspose(4, 3, Stride = 2, Padding = Padding.Same, From = nameof(Image))] public partial Node UpSameOdd { get; }

    [Conv2d(5, [1, 7], Padding = Padding.Same, From = nameof(Image))] public partial Node Wide { get; }

    [BatchNorm(Scale = false, Trainable = false)]
    [Output]
    public partial Node Norm { get; }

    [Concatenate(nameof(UpSameEven), nameof(UpSameOdd), Axis = 1)]
    [Output]
    public partial Node Up { get; }
}
