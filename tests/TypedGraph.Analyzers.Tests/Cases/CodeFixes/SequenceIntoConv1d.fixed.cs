using TypedGraph;
using static TypedGraph.Activation;

namespace Fixes;

[Model]
public sealed partial class Tagger
{
    [Input("T", DType = DType.Int64)] public partial Node Tokens { get; }

    [Embedding(1000, 16)] public partial Node Embedded { get; }

    [Permute(2, 1)] public partial Node FeaturesInput { get; }

    [Conv1d(32, 5, Padding = Padding.Same)]
    [Output(Loss.MeanSquaredError)]
    public partial Node Features { get; }

    [Permute(2, 1, From = nameof(Embedded))] public partial Node OtherInput { get; }

    [Conv1d(8, 3, From = nameof(OtherInput), Activation = Relu)]
    [Output(Loss.MeanSquaredError)]
    public partial Node Other { get; }
}
