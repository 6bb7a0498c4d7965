using TypedGraph;
using static TypedGraph.Activation;

namespace TypedGraph.Samples.Models;

/// <summary>Ensemble member: two small convolutions with max pooling, for 28×28 grey images in 10 classes.</summary>
[Model]
public sealed partial class SmallConvNet
{
    [Input(1, 28, 28)] public partial Node Image { get; }

    [Conv2d(16, 3, Activation = Relu)] public partial Node Conv1 { get; }

    [MaxPool2d(2)] public partial Node Pool1 { get; }

    [Conv2d(32, 3, Activation = Relu)] public partial Node Conv2 { get; }

    [MaxPool2d(2)] public partial Node Pool2 { get; }

    [Flatten] public partial Node Flat { get; }

    [Dense(10, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Label { get; }
}
