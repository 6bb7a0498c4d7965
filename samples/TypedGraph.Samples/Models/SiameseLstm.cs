using TypedGraph;
using static TypedGraph.Activation;

namespace TypedGraph.Samples.Models;

/// <summary>Two sentences through one LSTM (shared weights, counted once), compared by a dense head.</summary>
[Model]
public sealed partial class SiameseLstm
{
    [Input("T", 128)] public partial Node Left { get; }

    [Input("U", 128)] public partial Node Right { get; }

    [Lstm(32, From = nameof(Left))] public partial Node LeftEncoded { get; }

    [Shared(nameof(LeftEncoded), From = nameof(Right))] public partial Node RightEncoded { get; }

    [Concatenate(nameof(LeftEncoded), nameof(RightEncoded))] public partial Node Merged { get; }

    [Dense(1, Activation = Sigmoid)]
    [Output(Loss.BinaryCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Similar { get; }
}
