using TypedGraph;
using static TypedGraph.Activation;

namespace TypedGraph.Samples.Models;

/// <summary>Ensemble member: two narrow layers (tanh, then ReLU) with batch normalization between them.</summary>
[Model]
public sealed partial class DeepTanhMlp
{
    [Input(1, 28, 28)] public partial Node Pixels { get; }

    [Flatten] public partial Node Flat { get; }

    [Dense(64, Activation = Tanh)] public partial Node Hidden1 { get; }

    [BatchNorm] public partial Node Norm { get; }

    [Dense(64, Activation = Relu)] public partial Node Hidden2 { get; }

    [Dense(10, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Label { get; }
}
