using static TypedGraph.Activation;

namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>
/// Softmax over the channels of a token sequence stored channels-first (N, C, T): a convolution's fused softmax absorbed
/// by its loss, a fused log-softmax, and an <c>[Activate(Softmax)]</c> on a channels-first-stored convolution.
/// </summary>
[Model]
public sealed partial class SequenceChannelSoftmax
{
    [Input("T", DType = DType.Int64)] public partial Node Tokens { get; }

    [Embedding(20, 6)] public partial Node Embedded { get; }

    [Conv1d(5, 3, Padding = Padding.Same, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy)]
    public partial Node Tags { get; }

    [Conv1d(4, 3, Padding = Padding.Same, Activation = LogSoftmax, From = nameof(Embedded))]
    [Output]
    public partial Node LogTags { get; }

    [Conv1d(3, 1, From = nameof(Embedded))] public partial Node Scores { get; }

    [Activate(Softmax)]
    [Output]
    public partial Node Probabilities { get; }
}

/// <summary>Softmax over the channels of a channels-last map (stored channels-first): fused and absorbed by the loss, and as <c>[Activate(Softmax)]</c>.</summary>
[Model(DataFormat = DataFormat.ChannelsLast)]
public sealed partial class MapChannelSoftmax
{
    [Input("H", "W", 3)] public partial Node Image { get; }

    [Conv2d(4, 3, Padding = Padding.Same, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy)]
    public partial Node Classes { get; }

    [Conv2d(5, 1, From = nameof(Image))] public partial Node Scores { get; }

    [Activate(Softmax)]
    [Output]
    public partial Node Probabilities { get; }
}
