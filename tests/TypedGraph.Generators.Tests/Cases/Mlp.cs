using TypedGraph;
using static TypedGraph.Activation;

namespace Seeds;

// The seed's first model: a Sequential MLP. Keras: 2,080 + 1,056 + 330 = 3,466 parameters.
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
