using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// MobileNet (Howard et al., 2017) with its ImageNet classifier, as Keras's
/// <c>keras.applications.MobileNet(include_top=True)</c>: <see cref="MobileNetBase"/>, then Keras's convolutional top:
/// global average pooling kept as a 1×1 map (Keras's <c>GlobalAveragePooling2D(keepdims=True)</c>, here pooling and a
/// reshape to (1024, 1, 1)), dropout 0.001, a 1×1 "same" convolution with bias to 1000 channels (conv_preds), a reshape to
/// 1000 and softmax (predictions). Keras fixes the classifier's input at 224×224. 4,253,864 parameters, 21,888 of them
/// non-trainable.
/// </summary>
[Model]
public sealed partial class MobileNet
{
    [Input(3, 224, 224)] public partial Node Image { get; }

    [Submodel(typeof(MobileNetBase))] public partial Node Features { get; }

    [GlobalAvgPool2d] public partial Node GlobalAveragePooling { get; }

    [Reshape(1024, 1, 1)] public partial Node KeptDims { get; }

    [Dropout(0.001, Name = "dropout")] public partial Node Dropout { get; }

    [Conv2d(1000, 1, Padding = Padding.Same, Name = "conv_preds")] public partial Node ConvPreds { get; }

    [Reshape(1000, Name = "reshape_2")] public partial Node Logits { get; }

    [Activate(Softmax, Name = "predictions")]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Predictions { get; }
}
