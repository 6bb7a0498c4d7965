using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// MobileNetV2 (Sandler et al., 2018) with its ImageNet classifier, as Keras's
/// <c>keras.applications.MobileNetV2(include_top=True)</c>: <see cref="MobileNetV2Base"/>, global average pooling and a
/// 1000-way softmax (predictions). Keras fixes the classifier's input at 224×224. 3,538,984 parameters, 34,112 of them
/// non-trainable.
/// </summary>
[Model]
public sealed partial class MobileNetV2
{
    [Input(3, 224, 224)] public partial Node Image { get; }

    [Submodel(typeof(MobileNetV2Base))] public partial Node Features { get; }

    [GlobalAvgPool2d] public partial Node GlobalAveragePooling { get; }

    [Dense(1000, Activation = Softmax, Name = "predictions")]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Predictions { get; }
}
