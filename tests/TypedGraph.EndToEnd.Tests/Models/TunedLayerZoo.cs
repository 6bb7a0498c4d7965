using static TypedGraph.Activation;

namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>
/// Every weight-owning layer kind on maps, with tunable sizes, so the generator's compile-time parameter counts can be
/// checked against the counts of the TorchSharp modules a point really builds.
/// </summary>
[Model(DataFormat = DataFormat.ChannelsLast)]
public sealed partial class TunedMapZoo
{
    [Choice(4, 6)] public partial int Filters { get; }
    [Choice(1, 3)] public partial int Kernel { get; }
    [Choice(5, 7)] public partial int Units { get; }

    [Input(12, 12, 3)] public partial Node Image { get; }
    [Conv2d(nameof(Filters), nameof(Kernel), Padding = Padding.Same)] public partial Node Conv { get; }
    [BatchNorm] public partial Node Norm { get; }
    [BatchNorm(Center = false)] public partial Node NormNoCenter { get; }
    [SeparableConv2d(nameof(Filters), nameof(Kernel), DepthMultiplier = 2)] public partial Node Separable { get; }
    [DepthwiseConv2d(nameof(Kernel), DepthMultiplier = 2, UseBias = false)] public partial Node Depthwise { get; }
    [Conv2dTranspose(3, 3, Stride = 2)] public partial Node Up { get; }
    [Input(10, 3)] public partial Node Signal { get; }
    [Conv1d(4, 3)] public partial Node Row { get; }
    [GlobalMaxPool2d(From = nameof(Up))] public partial Node Pooled { get; }
    [LayerNorm] public partial Node Layered { get; }
    [Dense(nameof(Units), Activation = Relu)] public partial Node Hidden { get; }
    [Dense(2, UseBias = false)]
    [Output(Loss.MeanSquaredError)] public partial Node Out { get; }
    [Flatten(From = nameof(Row))]
    [Output(Loss.MeanSquaredError)] public partial Node RowOut { get; }
}

/// <summary>Sequence kinds (Embedding, LSTM, bidirectional GRU, SimpleRNN, attention) with tunable sizes.</summary>
[Model]
public sealed partial class TunedSequenceZoo
{
    [Choice(6, 10)] public partial int Units { get; }
    [Choice(4, 8)] public partial int Width { get; }

    [Input("T", DType = DType.Int64)] public partial Node Tokens { get; }
    [Embedding(50, 8)] public partial Node Embedded { get; }
    [Lstm(nameof(Units), ReturnSequences = true)] public partial Node Encoded { get; }
    [Gru(nameof(Width), ReturnSequences = true, Bidirectional = true)] public partial Node Both { get; }
    [MultiHeadAttention(2, 3, Query = nameof(Both), Value = nameof(Encoded))] public partial Node Attended { get; }
    [SimpleRnn(nameof(Units))] public partial Node Last { get; }
    [Dense(1)]
    [Output(Loss.MeanSquaredError)] public partial Node Score { get; }
}
