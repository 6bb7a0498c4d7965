using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// Inception-ResNet-A block of InceptionResNetV2 (Szegedy et al., "Inception-v4, Inception-ResNet and the Impact of
/// Residual Connections on Learning", 2016), as Keras's <c>inception_resnet_block(x, scale=0.17, block_type="block35")</c>:
/// three branches of <c>conv2d_bn</c> (convolution without bias, BatchNormalization(scale=False), ReLU) concatenated, a
/// 1×1 convolution with bias back to 320 channels, scaled by 0.17 (Keras's CustomScaleLayer: x + 0.17·up, here
/// Rescaling then Add) and ReLU. <see cref="InceptionResNetV2Base"/> chains ten of them (block35_1 … block35_10).
/// </summary>
[Model]
public sealed partial class InceptionResNetBlock35
{
    [Input(320, "H", "W")] public partial Node X { get; }

    [Conv2d(32, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv1 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn1 { get; }

    [Activate(Relu)] public partial Node Relu1 { get; }

    [Conv2d(32, 1, Padding = Padding.Same, UseBias = false, From = nameof(X))] public partial Node Conv2 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn2 { get; }

    [Activate(Relu)] public partial Node Relu2 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv3 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn3 { get; }

    [Activate(Relu)] public partial Node Relu3 { get; }

    [Conv2d(32, 1, Padding = Padding.Same, UseBias = false, From = nameof(X))] public partial Node Conv4 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn4 { get; }

    [Activate(Relu)] public partial Node Relu4 { get; }

    [Conv2d(48, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv5 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn5 { get; }

    [Activate(Relu)] public partial Node Relu5 { get; }

    [Conv2d(64, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv6 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn6 { get; }

    [Activate(Relu)] public partial Node Relu6 { get; }

    [Concatenate(nameof(Relu1), nameof(Relu3), nameof(Relu6), Axis = 1)] public partial Node Mixed { get; }

    [Conv2d(320, 1)] public partial Node Up { get; }

    [Rescaling(0.17)] public partial Node ScaledUp { get; }

    [Add(nameof(X), nameof(ScaledUp))] public partial Node Sum { get; }

    [Activate(Relu)]
    [Output]
    public partial Node Y { get; }
}
