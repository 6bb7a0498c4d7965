using TypedGraph;
using static TypedGraph.Activation;

namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>Two inputs sharing the symbolic length T, explicit From, two weighted outputs.</summary>
[Model]
public sealed partial class Tagger
{
    [Input("T", 6)] public partial Node Frames { get; }

    [Input("T", 2, DType = DType.Float32)] public partial Node Mask { get; }

    [Dense(8, Activation = Tanh, From = nameof(Frames))] public partial Node Encoded { get; }

    [Dropout(0.5)] public partial Node Dropped { get; }

    [Dense(1, Activation = Sigmoid)]
    [Output(Loss.BinaryCrossentropy, LossWeight = 2, Metrics = [Metric.Accuracy])]
    public partial Node Active { get; }

    [Flatten(From = nameof(Mask))] public partial Node FlatMask { get; }

    [Output]
    [Activate(Relu)] public partial Node Gate { get; }
}
