using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// DenseNet-121 (Huang et al., "Densely Connected Convolutional Networks", 2017) with its ImageNet classifier, as Keras's
/// <c>keras.applications.DenseNet121(include_top=True)</c>: <see cref="DenseNet121Base"/>, global average pooling
/// (avg_pool) and a 1000-way softmax (predictions). Keras fixes the classifier's input at 224×224.
/// 8,062,504 parameters, 83,648 of them non-trainable.
/// </summary>
[Model]
public sealed partial class DenseNet121
{
    [Input(3, 224, 224)] public partial Node Image { get; }

    [Submodel(typeof(DenseNet121Base))] public partial Node Features { get; }

    [GlobalAvgPool2d(Name = "avg_pool")] public partial Node AvgPool { get; }

    [Dense(1000, Activation = Softmax, Name = "predictions")]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Predictions { get; }
}
