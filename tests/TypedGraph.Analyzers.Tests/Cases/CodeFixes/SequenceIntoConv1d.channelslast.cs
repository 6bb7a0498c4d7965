using TypedGraph;
using static TypedGraph.Activation;

namespace Fixes;

[Model(DataFormat = DataFormat.ChannelsLast)]
public sealed partial class Tagger
{
    [Input("T", DType = DType.Int64)] public partial Node Tokens { get; }

    [Embedding(1000, 16)] public partial Node Embedded { get; }

    [Conv1d(32, 5, Padding = Padding.Same)]
    [Output(Loss.MeanSquaredError)]
    public partial Node Features { get; }

    [Conv1d(8, 3, From = nameof(Embedded), Activation = Relu)]
    [Output(Loss.MeanSquaredError)]
    public partial Node Other { get; }
}
