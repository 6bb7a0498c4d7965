using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// ResNet50 (He et al., "Deep Residual Learning for Image Recognition", 2015) with its ImageNet classifier, as Keras's
/// <c>keras.applications.ResNet50(include_top=True)</c>: <see cref="ResNet50Base"/>, global average pooling (avg_pool)
/// and a 1000-way softmax (predictions). Keras fixes the classifier's input at 224×224.
/// 25,636,712 parameters, 53,120 of them non-trainable.
/// </summary>
[Model]
public sealed partial class ResNet50
{
    [Input(3, 224, 224)] public partial Node Image { get; }

    [Submodel(typeof(ResNet50Base))] public partial Node Features { get; }

    [GlobalAvgPool2d(Name = "avg_pool")] public partial Node AvgPool { get; }

    [Dense(1000, Activation = Softmax, Name = "predictions")]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Predictions { get; }
}
