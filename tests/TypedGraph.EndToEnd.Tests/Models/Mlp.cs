using TypedGraph;
using static TypedGraph.Activation;

namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>The seed MLP: 64 → Dense 32 relu → Dense 32 relu → Dense 10 softmax.</summary>
[Model]
public sealed partial class Mlp
{
    [Input(64)] public partial Node Features { get; }

    [Dense(32, Activation = Relu)] public partial Node Hidden1 { get; }

    [Dense(32, Activation = Relu)] public partial Node Hidden2 { get; }

    [Dense(10, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Probabilities { get; }
}
