using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// Xception with its ImageNet classifier, as Keras's <c>Xception(include_top=True)</c>: <see cref="XceptionBase"/>,
/// global average pooling and a 1000-way softmax. 22,910,480 parameters, 54,528 of them non-trainable.
/// </summary>
[Model]
public sealed partial class Xception
{
    [Input(3, "H", "W")] public partial Node Image { get; }

    [Submodel(typeof(XceptionBase))] public partial Node Features { get; }

    [GlobalAvgPool2d] public partial Node Pooled { get; }

    [Dense(1000, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Predictions { get; }
}
