using TypedGraph;
using static TypedGraph.Activation;

namespace Seeds.Tuning;

// Map layers whose constructor arguments are hyper-parameters: a rescaling factor, zero padding, a strided "same"
// transposed convolution's filters and kernel (its surplus Kernel − 2 is 0 or 1: cropped after, at run time), cropping,
// and a valid transposed convolution sharing the kernel (an output too, so export tests compare the whole map). Every
// hyper-parameter reaches the Dense layer's width.
[Model]
public sealed partial class TunedMapLayers
{
    [Choice(0.5, 2.0)] public partial double Scale { get; }
    [Choice(0, 1)]     public partial int Pad { get; }
    [Choice(2, 4)]     public partial int Filters { get; }
    [Choice(2, 3)]     public partial int Kernel { get; }
    [Choice(1, 2)]     public partial int Crop { get; }

    [Input(3, 6, 6)]                                                                                         public partial Node Image { get; }
    [Rescaling(nameof(Scale), Offset = 0.25)]                                                                public partial Node Scaled { get; }
    [ZeroPadding2d(nameof(Pad))]                                                                             public partial Node Padded { get; }
    [Conv2dTranspose(nameof(Filters), nameof(Kernel), Stride = 2, Padding = Padding.Same, Activation = Relu)] public partial Node Up { get; }
    [Cropping2d(nameof(Crop))]                                                                               public partial Node Cropped { get; }
    [Conv2dTranspose(2, nameof(Kernel))]
    [Output]                                                                                                 public partial Node Back { get; }
    [Flatten]                                                                                                public partial Node F { get; }
    [Dense(1)]
    [Output(Loss.MeanSquaredError)]                                                                          public partial Node Y { get; }
}

// Sequence layers with tunable sizes: the embedding's vocabulary and width, the attention's heads and key size (the
// attended sequence is an output too).
[Model]
public sealed partial class TunedTextLayers
{
    [Choice(20, 50)] public partial int Vocabulary { get; }
    [Choice(4, 6)]   public partial int Width { get; }
    [Choice(1, 2)]   public partial int Heads { get; }
    [Choice(3, 5)]   public partial int KeyDim { get; }

    [Input("T", DType = DType.Int64)]                      public partial Node Tokens { get; }
    [Embedding(nameof(Vocabulary), nameof(Width))]         public partial Node Embedded { get; }
    [MultiHeadAttention(nameof(Heads), nameof(KeyDim))]
    [Output]                                               public partial Node Attended { get; }
    [GlobalAvgPool1d]                                      public partial Node Pooled { get; }
    [Dense(1)]
    [Output(Loss.MeanSquaredError)]                        public partial Node Score { get; }
}
