using TypedGraph;
using static TypedGraph.Activation;

namespace LogNameModels;

[Model]
public sealed partial class Single
{
    [Input(4)] public partial Node X { get; }

    [Dense(3, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy, Metric.MeanSquaredError])]
    public partial Node Probabilities { get; }
}

[Model]
public sealed partial class ThreeHeads
{
    [Input(4)] public partial Node X { get; }

    [Dense(1)]
    [Output(Loss.MeanSquaredError, LossWeight = 0.25, Metrics = [Metric.MeanAbsoluteError])]
    public partial Node Age { get; }

    [Dense(2, From = nameof(X))]
    [Output]
    public partial Node Embedding { get; }

    [Dense(1, Activation = Sigmoid, From = nameof(X))]
    [Output(Loss.BinaryCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node HTTPGender { get; }
}

[Model]
public sealed partial class OneTrainedOfTwo
{
    [Input(4)] public partial Node X { get; }

    [Dense(2, From = nameof(X))]
    [Output]
    public partial Node Features { get; }

    [Dense(1, From = nameof(X))]
    [Output(Loss.MeanAbsoluteError, Metrics = [Metric.MeanAbsoluteError])]
    public partial Node Score { get; }
}
