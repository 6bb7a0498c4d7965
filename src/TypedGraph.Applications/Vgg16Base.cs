using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// VGG16 (Simonyan and Zisserman, "Very Deep Convolutional Networks for Large-Scale Image Recognition", 2014) without
/// its classifier, as Keras's <c>keras.applications.VGG16(include_top=False)</c>: five blocks of 3×3 "same" ReLU
/// convolutions (64, 128, 256, 512, 512 filters; 2, 2, 3, 3, 3 of them), each closed by a 2×2 max pool. Channels-first;
/// for a 224×224 image the output is (N, 512, 7, 7). 14,714,688 parameters, all trainable.
/// </summary>
[Model]
public sealed partial class Vgg16Base
{
    [Input(3, "H", "W")] public partial Node Image { get; }

    // Block 1: 2 × 3×3 convolution, 64 filters.
    [Conv2d(64, 3, Padding = Padding.Same, Activation = Relu, Name = "block1_conv1")] public partial Node Block1Conv1 { get; }

    [Conv2d(64, 3, Padding = Padding.Same, Activation = Relu, Name = "block1_conv2")] public partial Node Block1Conv2 { get; }

    [MaxPool2d(2, Name = "block1_pool")] public partial Node Block1Pool { get; }

    // Block 2: 2 × 3×3 convolution, 128 filters.
    [Conv2d(128, 3, Padding = Padding.Same, Activation = Relu, Name = "block2_conv1")] public partial Node Block2Conv1 { get; }

    [Conv2d(128, 3, Padding = Padding.Same, Activation = Relu, Name = "block2_conv2")] public partial Node Block2Conv2 { get; }

    [MaxPool2d(2, Name = "block2_pool")] public partial Node Block2Pool { get; }

    // Block 3: 3 × 3×3 convolution, 256 filters.
    [Conv2d(256, 3, Padding = Padding.Same, Activation = Relu, Name = "block3_conv1")] public partial Node Block3Conv1 { get; }

    [Conv2d(256, 3, Padding = Padding.Same, Activation = Relu, Name = "block3_conv2")] public partial Node Block3Conv2 { get; }

    [Conv2d(256, 3, Padding = Padding.Same, Activation = Relu, Name = "block3_conv3")] public partial Node Block3Conv3 { get; }

    [MaxPool2d(2, Name = "block3_pool")] public partial Node Block3Pool { get; }

    // Block 4: 3 × 3×3 convolution, 512 filters.
    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu, Name = "block4_conv1")] public partial Node Block4Conv1 { get; }

    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu, Name = "block4_conv2")] public partial Node Block4Conv2 { get; }

    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu, Name = "block4_conv3")] public partial Node Block4Conv3 { get; }

    [MaxPool2d(2, Name = "block4_pool")] public partial Node Block4Pool { get; }

    // Block 5: 3 × 3×3 convolution, 512 filters.
    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu, Name = "block5_conv1")] public partial Node Block5Conv1 { get; }

    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu, Name = "block5_conv2")] public partial Node Block5Conv2 { get; }

    [Conv2d(512, 3, Padding = Padding.Same, Activation = Relu, Name = "block5_conv3")] public partial Node Block5Conv3 { get; }

    [MaxPool2d(2, Name = "block5_pool")]
    [Output]
    public partial Node Block5Pool { get; }
}
