using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// Inception-ResNet-C block of InceptionResNetV2 (Szegedy et al., 2016), as Keras's
/// <c>inception_resnet_block(x, scale=0.2, block_type="block8")</c>: a 1×1 branch and a 1×1 → 1×3 → 3×1 branch of
/// <c>conv2d_bn</c>, concatenated, a 1×1 convolution with bias back to 2,080 channels, scaled by 0.2 and added to the
/// input, ReLU. <see cref="InceptionResNetV2Base"/> chains nine of them (block8_1 … block8_9); the tenth is
/// <see cref="InceptionResNetBlock8Final"/>.
/// </summary>
[Model]
public sealed partial class InceptionResNetBlock8
{
    [Input(2080, "H", "W")] public partial Node X { get; }

    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv1 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn1 { get; }

    [Activate(Relu)] public partial Node Relu1 { get; }

    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false, From = nameof(X))] public partial Node Conv2 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn2 { get; }

    [Activate(Relu)] public partial Node Relu2 { get; }

    [Conv2d(224, [1, 3], Padding = Padding.Same, UseBias = false)] public partial Node Conv3 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn3 { get; }

    [Activate(Relu)] public partial Node Relu3 { get; }

    [Conv2d(256, [3, 1], Padding = Padding.Same, UseBias = false)] public partial Node Conv4 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn4 { get; }

    [Activate(Relu)] public partial Node Relu4 { get; }

    [Concatenate(nameof(Relu1), nameof(Relu4), Axis = 1)] public partial Node Mixed { get; }

    [Conv2d(2080, 1)] public partial Node Up { get; }

    [Rescaling(0.2)] public partial Node ScaledUp { get; }

    [Add(nameof(X), nameof(ScaledUp))] public partial Node Sum { get; }

    [Activate(Relu)]
    [Output]
    public partial Node Y { get; }
}
