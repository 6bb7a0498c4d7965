using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// Inception-v3 (Szegedy et al., 2015) with its ImageNet classifier, as Keras's
/// <c>keras.applications.InceptionV3(include_top=True)</c>: <see cref="InceptionV3Base"/>, global average pooling (avg_pool)
/// and a 1000-way softmax (predictions). Keras fixes the classifier's input at 299×299.
/// 23,851,784 parameters, 34,432 of them non-trainable.
/// </summary>
[Model]
public sealed partial class InceptionV3
{
    [Input(3, 299, 299)] public partial Node Image { get; }

    [Submodel(typeof(InceptionV3Base))] public partial Node Features { get; }

    [GlobalAvgPool2d(Name = "avg_pool")] public partial Node AvgPool { get; }

    [Dense(1000, Activation = Softmax, Name = "predictions")]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Predictions { get; }
}
