using TypedGraph;
using static TypedGraph.Activation;

namespace TypedGraph.Applications.Tests.Models;

/// <summary>
/// VGG16 as Keras defines it (keras.applications.vgg16, include_top=True), declared flat in the DSL: five blocks of
/// 3×3 "same" ReLU convolutions each closed by a 2×2 max pool, then two 4096-unit ReLU layers and a 1000-way softmax.
/// Channels-first 224×224 RGB input; 138,357,544 parameters, as Keras.
/// </summary>
[Model]
public sealed partial class Vgg16
{
    [Input(3, 224, 224)] public partial Node Image { get; }

    [Conv2d(64, 3, Padding = Padding.Same, Activation = Relu, Name = "block1_conv1")] public partial Node Block1Conv1 { get; }

    [Conv2d(64, 3, Padding = Padding.Same, Activation = Relu, Name = "block1_conv2")] public partial Node Block1Conv2 { get; }

    [MaxPool2d(2, Name = "block1_pool")] public partial Node Block1Pool { get; }

    [Conv2d(128, 3, Padding = Padding.Same, Activation = Relu, Name = "block2_conv1")] public partial Node Block2Conv1 { get; }

    [Conv2d(128, 3, Padding = Padding.Same, Activation = Relu, Name = "block2_conv2")] public partial Node Block2Conv2 { get; }

    [MaxPool2d(2, Name = "block2_pool")] public partial Node Block2Pool { get; }

    [Conv2d(256, 3, Padding = Padding.Same, Activation = Relu, Name = "block3_conv1")] public partial Node Block3Conv1 { get; }

    [Conv2d(256, 3, Padding = Padding.Same, Activation = Relu, Name = "block3_conv2")] public partial Node Block3Conv2 { get; }

    [Conv2d(256, 3, Padding = Padding.Same, Activation = Relu, Name = "block3_conv3")] public partial Node Block3Conv3 { get; }

    [MaxPool2d(2, Name = "block3_pool")] public partial Node Block3Pool { get; }

    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu, Name = "block4_conv1")] public partial Node Block4Conv1 { get; }

    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu, Name = "block4_conv2")] public partial Node Block4Conv2 { get; }

    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu, Name = "block4_conv3")] public partial Node Block4Conv3 { get; }

    [MaxPool2d(2, Name = "block4_pool")] public partial Node Block4Pool { get; }

    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu, Name = "block5_conv1")] public partial Node Block5Conv1 { get; }

    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu, Name = "block5_conv2")] public partial Node Block5Conv2 { get; }

    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu, Name = "block5_conv3")] public partial Node Block5Conv3 { get; }

    [MaxPool2d(2, Name = "block5_pool")] public partial Node Block5Pool { get; }

    [Flatten(Name = "flatten")] public partial Node Flattened { get; }

    [Dense(4096, Activation = Relu, Name = "fc1")] public partial Node Fc1 { get; }

    [Dense(4096, Activation = Relu, Name = "fc2")] public partial Node Fc2 { get; }

    [Dense(1000, Activation = Softmax, Name = "predictions")]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Predictions { get; }
}
