using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// VGG16 (Simonyan and Zisserman, 2014) with its ImageNet classifier, as Keras's
/// <c>keras.applications.VGG16(include_top=True)</c>: <see cref="Vgg16Base"/>, flatten, two 4096-unit ReLU layers
/// (fc1, fc2) and a 1000-way softmax. The flatten fixes the input at 224×224, as in Keras.
/// 138,357,544 parameters, all trainable.
/// </summary>
[Model]
public sealed partial class Vgg16
{
    [Input(3, 224, 224)] public partial Node Image { get; }

    [Submodel(typeof(Vgg16Base))] public partial Node Features { get; }

    [Flatten(Name = "flatten")] public partial Node Flattened { get; }

    [Dense(4096, Activation = Relu, Name = "fc1")] public partial Node Fc1 { get; }

    [Dense(4096, Activation = Relu, Name = "fc2")] public partial Node Fc2 { get; }

    [Dense(1000, Activation = Softmax, Name = "predictions")]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Predictions { get; }
}
