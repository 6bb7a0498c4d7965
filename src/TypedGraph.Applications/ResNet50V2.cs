using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// ResNet50V2 (He et al., "Identity Mappings in Deep Residual Networks", 2016) with its ImageNet classifier, as Keras's
/// <c>keras.applications.ResNet50V2(include_top=True)</c>: <see cref="ResNet50V2Base"/>, global average pooling (avg_pool)
/// and a 1000-way softmax (predictions). Keras fixes the classifier's input at 224×224.
/// 25,613,800 parameters, 45,440 of them non-trainable.
/// </summary>
[Model]
public sealed partial class ResNet50V2
{
    [Input(3, 224, 224)] public partial Node Image { get; }

    [Submodel(typeof(ResNet50V2Base))] public partial Node Features { get; }

    [GlobalAvgPool2d(Name = "avg_pool")] public partial Node AvgPool { get; }

    [Dense(1000, Activation = Softmax, Name = "predictions")]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Predictions { get; }
}
