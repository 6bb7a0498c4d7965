using TypedGraph;
using static TypedGraph.Activation;

namespace TypedGraph.Samples.Models;

/// <summary>The seed's first model: a Sequential MLP classifying 64 features into 10 classes.</summary>
[Model]
public sealed partial class Mlp
{
    [Input(64)] public partial Node Features { get; }

    [Dense(32, Activation = Relu)] public partial Node Hidden1 { get; }

    [Dense(32, Activation = Relu)] public partial Node Hidden2 { get; }

    [Dense(10, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Digits { get; }
}
