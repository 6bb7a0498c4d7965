using TypedGraph;
using static TypedGraph.Activation;

namespace TypedGraph.Samples.Models;

/// <summary>Ensemble member: one wide ReLU layer with dropout on the flattened pixels.</summary>
[Model]
public sealed partial class WideMlp
{
    [Input(1, 28, 28)] public partial Node Pixels { get; }

    [Flatten] public partial Node Flat { get; }

    [Dense(256, Activation = Relu)] public partial Node Hidden { get; }

    [Dropout(0.2)] public partial Node Drop { get; }

    [Dense(10, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Label { get; }
}
