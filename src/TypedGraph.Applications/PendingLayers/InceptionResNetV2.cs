using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// Inception-ResNet-v2 (Szegedy et al., 2016) with its ImageNet classifier, as Keras's
/// <c>keras.applications.InceptionResNetV2(include_top=True)</c>: <see cref="InceptionResNetV2Base"/>, global average
/// pooling (avg_pool) and a 1000-way softmax (predictions). Keras fixes the classifier's input at 299×299.
/// 55,873,736 parameters, 60,544 of them non-trainable.
/// </summary>
[Model]
public sealed partial class InceptionResNetV2
{
    [Input(3, 299, 299)] public partial Node Image { get; }

    [Submodel(typeof(InceptionResNetV2Base))] public partial Node Features { get; }

    [GlobalAvgPool2d(Name = "avg_pool")] public partial Node AvgPool { get; }

    [Dense(1000, Activation = Softmax, Name = "predictions")]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Predictions { get; }
}
