using TypedGraph;

namespace TunedLayerSpaces;

// Cropping 3 rows and columns from each side of a 6×6 map leaves nothing: 6 − 2·3 = 0 (Crop = 1 leaves 4×4).
[Model]
public sealed partial class CroppingTooLarge
{
    [Choice(1, 3)] public partial int Crop { get; }

    [Input(1, 6, 6)] public partial Node Image { get; }
    [Cropping2d({|TG0009:nameof(Crop)|})] public partial Node Cropped { get; }
    [Flatten] public partial Node F { get; }
    [Dense(1)]
    [Output(Loss.MeanSquaredError)] public partial Node Y { get; }
}

// A residual sum of two embeddings: Width = 8 fits the other branch, 16 does not.
[Model]
public sealed partial class EmbeddingWidths
{
    [Choice(8, 16)] public partial int Width { get; }

    [Input("T", DType = DType.Int64)] public partial Node Tokens { get; }
    [Embedding(100, nameof(Width))] public partial Node A { get; }
    [Embedding(100, 8, From = nameof(Tokens))] public partial Node B { get; }
    [{|TG0005:Add(nameof(A), nameof(B))|}]
    [Output(Loss.MeanSquaredError)] public partial Node Sum { get; }
}

// Every value of a hyper-parameter must suit the argument it feeds; a stride-2 transposed convolution's tunable kernel
// must not straddle the stride.
[Model]
public sealed partial class MapArguments
{
    [Range(-1, 1)] public partial int Pad { get; }
    [Choice(1, 3)] public partial int Kernel { get; }
    [Choice(0.5, 1.0)] public partial double Scale { get; }

    [Input(2, 8, 8)] public partial Node Image { get; }
    [ZeroPadding2d({|TG0010:nameof(Pad)|})] public partial Node Padded { get; }
    [Cropping2d({|TG0034:nameof(Image)|})] public partial Node Cropped { get; }
    [Conv2dTranspose(4, {|TG0010:nameof(Kernel)|}, Stride = 2)] public partial Node Up { get; }
    [Conv2dTranspose({|TG0035:nameof(Scale)|}, 3)] public partial Node Again { get; }
    [Flatten] public partial Node F { get; }
    [Dense(1)]
    [Output(Loss.MeanSquaredError)] public partial Node Y { get; }
}

[Model]
public sealed partial class SequenceArguments
{
    [Choice(0, 2)] public partial int Heads { get; }
    [Choice(1.0, 2.0)] public partial double Ratio { get; }
    [Choice(2, 4)] public partial int Size { get; }

    [Input("T", DType = DType.Int64)] public partial Node Tokens { get; }
    [Embedding({|TG0035:nameof(Ratio)|}, 8)] public partial Node Embedded { get; }
    [MultiHeadAttention({|TG0010:nameof(Heads)|}, 4)] public partial Node Attended { get; }
    [Rescaling({|TG0035:nameof(Size)|})] public partial Node Scaled { get; }
    [GlobalAvgPool1d] public partial Node Pooled { get; }
    [Dense(1)]
    [Output(Loss.MeanSquaredError)] public partial Node Y { get; }
}
