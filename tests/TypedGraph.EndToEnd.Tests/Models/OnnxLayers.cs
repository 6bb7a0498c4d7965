using static TypedGraph.Activation;

namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>Every activation on one Dense output (Activate layers), concatenated; Dropout and a BatchNorm without offset on vectors.</summary>
[Model]
public sealed partial class OnnxActivations
{
    [Input(12)] public partial Node Features { get; }

    [Dense(8, UseBias = false)] public partial Node Hidden { get; }

    [Dropout(0.5)] public partial Node Dropped { get; }

    [BatchNorm(Center = false)] public partial Node Normalized { get; }

    [Activate(Relu)] public partial Node A1 { get; }

    [Activate(Relu6, From = nameof(Normalized))] public partial Node A2 { get; }

    [Activate(LeakyRelu, From = nameof(Normalized))] public partial Node A3 { get; }

    [Activate(Elu, From = nameof(Normalized))] public partial Node A4 { get; }

    [Activate(Selu, From = nameof(Normalized))] public partial Node A5 { get; }

    [Activate(Gelu, From = nameof(Normalized))] public partial Node A6 { get; }

    [Activate(Silu, From = nameof(Normalized))] public partial Node A7 { get; }

    [Activate(Sigmoid, From = nameof(Normalized))] public partial Node A8 { get; }

    [Activate(HardSigmoid, From = nameof(Normalized))] public partial Node A9 { get; }

    [Activate(Tanh, From = nameof(Normalized))] public partial Node A10 { get; }

    [Activate(Softmax, From = nameof(Normalized))] public partial Node A11 { get; }

    [Activate(LogSoftmax, From = nameof(Normalized))] public partial Node A12 { get; }

    [Activate(Softplus, From = nameof(Normalized))] public partial Node A13 { get; }

    [Concatenate(nameof(A1), nameof(A2), nameof(A3), nameof(A4), nameof(A5), nameof(A6), nameof(A7), nameof(A8), nameof(A9), nameof(A10), nameof(A11), nameof(A12), nameof(A13))]
    [Output]
    public partial Node All { get; }

    [Dense(3, Activation = Softmax, From = nameof(Hidden))]
    [Output(Loss.CategoricalCrossentropy)]
    public partial Node Probabilities { get; }
}

/// <summary>
/// GRU and simple RNN layers in both directions, with and without sequences, on a symbolic length T; a Dense on a
/// sequence, LayerNorm, self-attention, and a strided "same" Conv1d and pooling over the symbolic length.
/// </summary>
[Model]
public sealed partial class OnnxSequences
{
    [Input("T", DType = DType.Int64)] public partial Node Tokens { get; }

    [Embedding(50, 8)] public partial Node Embedded { get; }

    [Gru(6, ReturnSequences = true)] public partial Node Gru0 { get; }

    [Gru(5, ReturnSequences = true, Bidirectional = true)] public partial Node Gru1 { get; }

    [SimpleRnn(4, ReturnSequences = true, Bidirectional = true)] public partial Node Rnn1 { get; }

    [Dense(8, Activation = Tanh)] public partial Node Projected { get; }

    [LayerNorm] public partial Node Normalized { get; }

    [MultiHeadAttention(2, 4)] public partial Node Attended { get; }

    [Conv1d(6, 3, Stride = 2, Padding = Padding.Same, Activation = Relu)] public partial Node Conv { get; }

    [MaxPool1d(2, Padding = Padding.Same)] public partial Node MaxPooled { get; }

    [AvgPool1d(3, Stride = 2, Padding = Padding.Same)] public partial Node AvgPooled { get; }

    [Conv1d(4, 2, Padding = Padding.Causal, Dilation = 2)] public partial Node Causal { get; }

    [GlobalMaxPool1d] public partial Node GlobalMax { get; }

    [GlobalAvgPool1d(From = nameof(AvgPooled))] public partial Node GlobalAvg { get; }

    [Gru(3, Bidirectional = true, From = nameof(Normalized))] public partial Node GruBoth { get; }

    [Gru(3, From = nameof(Attended))] public partial Node GruLast { get; }

    [SimpleRnn(3, From = nameof(Embedded))] public partial Node RnnLast { get; }

    [Concatenate(nameof(GlobalMax), nameof(GlobalAvg), nameof(GruBoth), nameof(GruLast), nameof(RnnLast))]
    [Output]
    public partial Node Encoded { get; }

    [Output]
    [Dense(2, From = nameof(Attended))] public partial Node PerStep { get; }
}

/// <summary>
/// Channels-first maps of a known size: "same" convolutions and pooling that pad asymmetrically (explicit pads),
/// separable and depthwise convolutions, transposed convolutions ("same", and valid on a cropped 12-channel 5 × 3 map, a
/// shape libtorch's CPU kernel gets wrong at batch 4), border layers, merges, Flatten, Reshape, Permute.
/// </summary>
[Model]
public sealed partial class OnnxMaps
{
    [Input(3, 11, 10)] public partial Node Image { get; }

    [Rescaling(0.5, Offset = -0.25)] public partial Node Scaled { get; }

    [ZeroPadding2d(Top = 1, Right = 2)] public partial Node Padded { get; }

    [Conv2d(6, 3, Stride = 2, Padding = Padding.Same, Activation = Elu)] public partial Node Conv { get; }

    [BatchNorm] public partial Node Norm { get; }

    [SeparableConv2d(6, [2, 3], Padding = Padding.Same, DepthMultiplier = 2)] public partial Node Separable { get; }

    [DepthwiseConv2d(3, Padding = Padding.Same)] public partial Node Depthwise { get; }

    [Add(nameof(Separable), nameof(Depthwise))] public partial Node Sum { get; }

    [Subtract(nameof(Separable), nameof(Depthwise))] public partial Node Difference { get; }

    [Multiply(nameof(Sum), nameof(Difference))] public partial Node Product { get; }

    [Average(nameof(Sum), nameof(Difference), nameof(Product))] public partial Node Mean { get; }

    [Maximum(nameof(Sum), nameof(Difference), nameof(Product))] public partial Node Max { get; }

    [MaxPool2d(3, Stride = 2, Padding = Padding.Same, From = nameof(Mean))] public partial Node MaxPooled { get; }

    [AvgPool2d(2, Padding = Padding.Same, From = nameof(Max))] public partial Node AvgPooled { get; }

    [Concatenate(nameof(MaxPooled), nameof(AvgPooled), Axis = 1)] public partial Node Joined { get; }

    [UpSampling2d(2)] public partial Node Up { get; }

    [Cropping2d(Top = 1, Left = 2, Right = 1)] public partial Node Cropped { get; }

    [Conv2dTranspose(4, 3, Stride = 2, Padding = Padding.Same)] public partial Node UpOdd { get; }

    [Conv2dTranspose(3, 4, Stride = 2, Padding = Padding.Same, UseBias = false, Activation = Sigmoid)] public partial Node UpEven { get; }

    [Output]
    [Permute(2, 3, 1)] public partial Node Channels { get; }

    [Flatten(From = nameof(UpOdd))] public partial Node Flat { get; }

    [Reshape(2, -1)] public partial Node Reshaped { get; }

    [GlobalAvgPool2d(From = nameof(UpEven))] public partial Node Pooled { get; }

    [Dense(4, Activation = Softmax, From = nameof(Pooled))]
    [Output]
    public partial Node Classes { get; }

    [Output]
    [Dense(3, From = nameof(Reshaped))] public partial Node Rows { get; }

    [Conv2dTranspose(2, 3, Stride = 2, From = nameof(Cropped))]
    [Output]
    public partial Node UpValid { get; }
}

/// <summary>A channels-last model with symbolic sizes: layouts stored channels-first between layers, "same" on symbolic sizes (auto_pad), global pooling of the stored map.</summary>
[Model(DataFormat = DataFormat.ChannelsLast)]
public sealed partial class OnnxChannelsLast
{
    [Input("H", "W", 3)] public partial Node Image { get; }

    [Conv2d(5, 3, Stride = 2, Padding = Padding.Same, Activation = Relu)] public partial Node Conv { get; }

    [BatchNorm(Scale = false)] public partial Node Norm { get; }

    [MaxPool2d(2, Padding = Padding.Same)] public partial Node Pooled { get; }

    [AvgPool2d(3, Stride = 2, Padding = Padding.Same)] public partial Node Averaged { get; }

    [ZeroPadding2d(1)] public partial Node Padded { get; }

    [UpSampling2d(3)] public partial Node Up { get; }

    [Cropping2d(1)] public partial Node Cropped { get; }

    [Output]
    [Rescaling(2)] public partial Node Map { get; }

    [GlobalMaxPool2d(From = nameof(Averaged))] public partial Node Global { get; }

    [Dense(2, Activation = Softmax)]
    [Output]
    public partial Node Classes { get; }
}

/// <summary>A block used as a submodel: Conv2d, BatchNorm, residual add.</summary>
[Model]
public sealed partial class OnnxBlock
{
    [Input(4, "H", "W")] public partial Node X { get; }

    [Conv2d(4, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Conv { get; }

    [BatchNorm] public partial Node Norm { get; }

    [Add(nameof(X), nameof(Norm))]
    [Output]
    public partial Node Y { get; }

    [GlobalAvgPool2d(From = nameof(Norm))]
    [Output]
    public partial Node Side { get; }
}

/// <summary>Submodels once and repeated three times (fresh weights each), a shared Dense applied twice.</summary>
[Model]
public sealed partial class OnnxComposite
{
    [Input(4, "H", "W")] public partial Node Image { get; }

    [Submodel(typeof(OnnxBlock), Output = nameof(OnnxBlock.Y))] public partial Node First { get; }

    [Submodel(typeof(OnnxBlock), Output = nameof(OnnxBlock.Y), Repeat = 3)] public partial Node Middle { get; }

    [Submodel(typeof(OnnxBlock), Output = nameof(OnnxBlock.Side))] public partial Node Side { get; }

    [GlobalMaxPool2d(From = nameof(Middle))] public partial Node Pooled { get; }

    [Dense(4, Activation = Tanh)] public partial Node Shared { get; }

    [Shared(nameof(Shared), From = nameof(Side))] public partial Node SharedAgain { get; }

    [Add(nameof(Shared), nameof(SharedAgain))]
    [Output]
    public partial Node Result { get; }
}

/// <summary>A custom TorchSharp module in the graph: ExportOnnx refuses it by name.</summary>
[Model]
public sealed partial class OnnxWithCustom
{
    [Input(4)] public partial Node Features { get; }

    [Custom(typeof(Doubler), OutputShape = [4])] public partial Node Doubled { get; }

    [Dense(2)]
    [Output]
    public partial Node Out { get; }
}

/// <summary>Int32 token ids: Gather reads them as declared.</summary>
[Model]
public sealed partial class OnnxTokens32
{
    [Input("T", DType = DType.Int32)] public partial Node Tokens { get; }

    [Embedding(20, 6)] public partial Node Embedded { get; }

    [GlobalAvgPool1d] public partial Node Pooled { get; }

    [Dense(3, Activation = Sigmoid)]
    [Output]
    public partial Node Scores { get; }
}

/// <summary>LSTMs in both directions, with and without sequences.</summary>
[Model]
public sealed partial class OnnxLstm
{
    [Input("T", 5)] public partial Node Frames { get; }

    [Lstm(6, ReturnSequences = true)] public partial Node Ahead { get; }

    [Lstm(4, ReturnSequences = true, Bidirectional = true)]
    [Output]
    public partial Node Both { get; }

    [Lstm(3, Bidirectional = true, From = nameof(Frames))] public partial Node Last { get; }

    [Lstm(2, From = nameof(Frames))] public partial Node LastForward { get; }

    [Concatenate(nameof(Last), nameof(LastForward))]
    [Output]
    public partial Node States { get; }
}
