using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// NASNet-A Mobile (Zoph et al., 2018) with its ImageNet classifier, as Keras's
/// <c>keras.applications.NASNetMobile(include_top=True)</c>: <see cref="NASNetMobileBase"/>, global average pooling and a
/// 1000-way softmax (predictions), at 224×224. 5,326,716 parameters, 36,738 of them non-trainable.
/// </summary>
[Model]
public sealed partial class NASNetMobile
{
    [Input(3, 224, 224)] public partial Node Image { get; }

    [Submodel(typeof(NASNetMobileBase))] public partial Node Features { get; }

    [GlobalAvgPool2d] public partial Node GlobalAveragePooling { get; }

    [Dense(1000, Activation = Softmax, Name = "predictions")]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Predictions { get; }
}
