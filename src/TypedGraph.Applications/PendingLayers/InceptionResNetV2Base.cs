using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// Inception-ResNet-v2 (Szegedy et al., "Inception-v4, Inception-ResNet and the Impact of Residual Connections on
/// Learning", 2016) without its classifier, as Keras's <c>keras.applications.InceptionResNetV2(include_top=False)</c>.
/// Every convolution outside the residual up-projections is Keras's <c>conv2d_bn</c> (no bias, "same" unless stated,
/// BatchNormalization(scale=False), ReLU); numbered nodes follow Keras's order of creation. Stem as Inception-v3 up to
/// the second max pool, mixed_5b (4 branches, 320 channels), 10 × <see cref="InceptionResNetBlock35"/>, mixed_6a
/// (reduction, 1,088 channels), 20 × <see cref="InceptionResNetBlock17"/>, mixed_7a (reduction, 2,080 channels),
/// 9 × <see cref="InceptionResNetBlock8"/>, <see cref="InceptionResNetBlock8Final"/>, and conv_7b (1×1 to 1,536).
/// Channels-first; for a 299×299 image the output is (N, 1536, 8, 8). 54,336,736 parameters, 60,544 of them
/// non-trainable.
/// </summary>
[Model]
public sealed partial class InceptionResNetV2Base
{
    [Input(3, "H", "W")] public partial Node Image { get; }

    // Stem.
    [Conv2d(32, 3, Stride = 2, UseBias = false)] public partial Node Conv1 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn1 { get; }

    [Activate(Relu)] public partial Node Relu1 { get; }

    [Conv2d(32, 3, UseBias = false)] public partial Node Conv2 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn2 { get; }

    [Activate(Relu)] public partial Node Relu2 { get; }

    [Conv2d(64, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv3 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn3 { get; }

    [Activate(Relu)] public partial Node Relu3 { get; }

    [MaxPool2d(3, Stride = 2)] public partial Node Pool1 { get; }

    [Conv2d(80, 1, UseBias = false)] public partial Node Conv4 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn4 { get; }

    [Activate(Relu)] public partial Node Relu4 { get; }

    [Conv2d(192, 3, UseBias = false)] public partial Node Conv5 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn5 { get; }

    [Activate(Relu)] public partial Node Relu5 { get; }

    [MaxPool2d(3, Stride = 2)] public partial Node Pool2 { get; }

    // mixed_5b: 1×1 | 1×1 → 5×5 | 1×1 → 3×3 → 3×3 | 3×3 average pool → 1×1.
    [Conv2d(96, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv6 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn6 { get; }

    [Activate(Relu)] public partial Node Relu6 { get; }

    [Conv2d(48, 1, Padding = Padding.Same, UseBias = false, From = nameof(Pool2))] public partial Node Conv7 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn7 { get; }

    [Activate(Relu)] public partial Node Relu7 { get; }

    [Conv2d(64, 5, Padding = Padding.Same, UseBias = false)] public partial Node Conv8 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn8 { get; }

    [Activate(Relu)] public partial Node Relu8 { get; }

    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false, From = nameof(Pool2))] public partial Node Conv9 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn9 { get; }

    [Activate(Relu)] public partial Node Relu9 { get; }

    [Conv2d(96, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv10 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn10 { get; }

    [Activate(Relu)] public partial Node Relu10 { get; }

    [Conv2d(96, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv11 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn11 { get; }

    [Activate(Relu)] public partial Node Relu11 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Pool2))] public partial Node Mixed5bPool { get; }

    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv12 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn12 { get; }

    [Activate(Relu)] public partial Node Relu12 { get; }

    [Concatenate(nameof(Relu6), nameof(Relu8), nameof(Relu11), nameof(Relu12), Axis = 1, Name = "mixed_5b")] public partial Node Mixed5b { get; }

    // block35_1 … block35_10.
    [Submodel(typeof(InceptionResNetBlock35), Repeat = 10)] public partial Node Block35 { get; }

    // mixed_6a (reduction): 3×3/2 | 1×1 → 3×3 → 3×3/2 | 3×3/2 max pool.
    [Conv2d(384, 3, Stride = 2, UseBias = false)] public partial Node Conv13 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn13 { get; }

    [Activate(Relu)] public partial Node Relu13 { get; }

    [Conv2d(256, 1, Padding = Padding.Same, UseBias = false, From = nameof(Block35))] public partial Node Conv14 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn14 { get; }

    [Activate(Relu)] public partial Node Relu14 { get; }

    [Conv2d(256, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv15 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn15 { get; }

    [Activate(Relu)] public partial Node Relu15 { get; }

    [Conv2d(384, 3, Stride = 2, UseBias = false)] public partial Node Conv16 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn16 { get; }

    [Activate(Relu)] public partial Node Relu16 { get; }

    [MaxPool2d(3, Stride = 2, From = nameof(Block35))] public partial Node Mixed6aPool { get; }

    [Concatenate(nameof(Relu13), nameof(Relu16), nameof(Mixed6aPool), Axis = 1, Name = "mixed_6a")] public partial Node Mixed6a { get; }

    // block17_1 … block17_20.
    [Submodel(typeof(InceptionResNetBlock17), Repeat = 20)] public partial Node Block17 { get; }

    // mixed_7a (reduction): 1×1 → 3×3/2 | 1×1 → 3×3/2 | 1×1 → 3×3 → 3×3/2 | 3×3/2 max pool.
    [Conv2d(256, 1, Padding = Padding.Same, UseBias = false)] public partial Node Conv17 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn17 { get; }

    [Activate(Relu)] public partial Node Relu17 { get; }

    [Conv2d(384, 3, Stride = 2, UseBias = false)] public partial Node Conv18 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn18 { get; }

    [Activate(Relu)] public partial Node Relu18 { get; }

    [Conv2d(256, 1, Padding = Padding.Same, UseBias = false, From = nameof(Block17))] public partial Node Conv19 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn19 { get; }

    [Activate(Relu)] public partial Node Relu19 { get; }

    [Conv2d(288, 3, Stride = 2, UseBias = false)] public partial Node Conv20 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn20 { get; }

    [Activate(Relu)] public partial Node Relu20 { get; }

    [Conv2d(256, 1, Padding = Padding.Same, UseBias = false, From = nameof(Block17))] public partial Node Conv21 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn21 { get; }

    [Activate(Relu)] public partial Node Relu21 { get; }

    [Conv2d(288, 3, Padding = Padding.Same, UseBias = false)] public partial Node Conv22 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn22 { get; }

    [Activate(Relu)] public partial Node Relu22 { get; }

    [Conv2d(320, 3, Stride = 2, UseBias = false)] public partial Node Conv23 { get; }

    [BatchNorm(Scale = false)] public partial Node Bn23 { get; }

    [Activate(Relu)] public partial Node Relu23 { get; }

    [MaxPool2d(3, Stride = 2, From = nameof(Block17))] public partial Node Mixed7aPool { get; }

    [Concatenate(nameof(Relu18), nameof(Relu20), nameof(Relu23), nameof(Mixed7aPool), Axis = 1, Name = "mixed_7a")] public partial Node Mixed7a { get; }

    // block8_1 … block8_9, then block8_10.
    [Submodel(typeof(InceptionResNetBlock8), Repeat = 9)] public partial Node Block8 { get; }

    [Submodel(typeof(InceptionResNetBlock8Final))] public partial Node Block8Final { get; }

    // conv_7b.
    [Conv2d(1536, 1, Padding = Padding.Same, UseBias = false, Name = "conv_7b")] public partial Node Conv7b { get; }

    [BatchNorm(Scale = false, Name = "conv_7b_bn")] public partial Node Conv7bBn { get; }

    [Activate(Relu, Name = "conv_7b_ac")]
    [Output]
    public partial Node Conv7bAc { get; }
}
