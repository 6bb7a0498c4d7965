using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// DenseNet-121 (Huang et al., "Densely Connected Convolutional Networks", 2017) without its classifier, as Keras's
/// <c>keras.applications.DenseNet121(include_top=False)</c>, declared flat with Keras's layer names: ZeroPadding2D(3),
/// a 7×7/2 convolution without bias, batch normalization and ReLU, ZeroPadding2D(1) + 3×3/2 max pool; four dense blocks
/// of 6, 12, 24 and 16 conv blocks (batch normalization, ReLU, 1×1 convolution to 128 channels, batch normalization,
/// ReLU, 3×3 "same" convolution to 32 channels, concatenated after the block's input), separated by transition blocks
/// (batch normalization, ReLU, 1×1 convolution halving the channels, 2×2 average pool); a final batch normalization and
/// ReLU. No convolution has a bias; BatchNormalization epsilon 1.001e-5. Channels-first; for a 224×224 image the output is
/// (N, 1024, 7, 7). 7,037,504 parameters, 83,648 of them non-trainable.
/// </summary>
[Model]
public sealed partial class DenseNet121Base
{
    [Input(3, "H", "W")] public partial Node Image { get; }

    // Stem.
    [ZeroPadding2d(3)] public partial Node ZeroPadding1 { get; }

    [Conv2d(64, 7, Stride = 2, UseBias = false, Name = "conv1_conv")] public partial Node Conv1Conv { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv1_bn")] public partial Node Conv1Bn { get; }

    [Activate(Relu, Name = "conv1_relu")] public partial Node Conv1Relu { get; }

    [ZeroPadding2d(1)] public partial Node ZeroPadding2 { get; }

    [MaxPool2d(3, Stride = 2, Name = "pool1")] public partial Node Pool1 { get; }

    // Dense block conv2: 6 conv blocks, 64 → 256 channels.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block1_0_bn")] public partial Node Conv2Block1Bn0 { get; }

    [Activate(Relu, Name = "conv2_block1_0_relu")] public partial Node Conv2Block1Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv2_block1_1_conv")] public partial Node Conv2Block1Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block1_1_bn")] public partial Node Conv2Block1Bn1 { get; }

    [Activate(Relu, Name = "conv2_block1_1_relu")] public partial Node Conv2Block1Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv2_block1_2_conv")] public partial Node Conv2Block1Conv2 { get; }

    [Concatenate(nameof(Pool1), nameof(Conv2Block1Conv2), Axis = 1, Name = "conv2_block1_concat")] public partial Node Conv2Block1Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block2_0_bn")] public partial Node Conv2Block2Bn0 { get; }

    [Activate(Relu, Name = "conv2_block2_0_relu")] public partial Node Conv2Block2Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv2_block2_1_conv")] public partial Node Conv2Block2Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block2_1_bn")] public partial Node Conv2Block2Bn1 { get; }

    [Activate(Relu, Name = "conv2_block2_1_relu")] public partial Node Conv2Block2Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv2_block2_2_conv")] public partial Node Conv2Block2Conv2 { get; }

    [Concatenate(nameof(Conv2Block1Concat), nameof(Conv2Block2Conv2), Axis = 1, Name = "conv2_block2_concat")] public partial Node Conv2Block2Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block3_0_bn")] public partial Node Conv2Block3Bn0 { get; }

    [Activate(Relu, Name = "conv2_block3_0_relu")] public partial Node Conv2Block3Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv2_block3_1_conv")] public partial Node Conv2Block3Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block3_1_bn")] public partial Node Conv2Block3Bn1 { get; }

    [Activate(Relu, Name = "conv2_block3_1_relu")] public partial Node Conv2Block3Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv2_block3_2_conv")] public partial Node Conv2Block3Conv2 { get; }

    [Concatenate(nameof(Conv2Block2Concat), nameof(Conv2Block3Conv2), Axis = 1, Name = "conv2_block3_concat")] public partial Node Conv2Block3Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block4_0_bn")] public partial Node Conv2Block4Bn0 { get; }

    [Activate(Relu, Name = "conv2_block4_0_relu")] public partial Node Conv2Block4Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv2_block4_1_conv")] public partial Node Conv2Block4Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block4_1_bn")] public partial Node Conv2Block4Bn1 { get; }

    [Activate(Relu, Name = "conv2_block4_1_relu")] public partial Node Conv2Block4Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv2_block4_2_conv")] public partial Node Conv2Block4Conv2 { get; }

    [Concatenate(nameof(Conv2Block3Concat), nameof(Conv2Block4Conv2), Axis = 1, Name = "conv2_block4_concat")] public partial Node Conv2Block4Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block5_0_bn")] public partial Node Conv2Block5Bn0 { get; }

    [Activate(Relu, Name = "conv2_block5_0_relu")] public partial Node Conv2Block5Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv2_block5_1_conv")] public partial Node Conv2Block5Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block5_1_bn")] public partial Node Conv2Block5Bn1 { get; }

    [Activate(Relu, Name = "conv2_block5_1_relu")] public partial Node Conv2Block5Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv2_block5_2_conv")] public partial Node Conv2Block5Conv2 { get; }

    [Concatenate(nameof(Conv2Block4Concat), nameof(Conv2Block5Conv2), Axis = 1, Name = "conv2_block5_concat")] public partial Node Conv2Block5Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block6_0_bn")] public partial Node Conv2Block6Bn0 { get; }

    [Activate(Relu, Name = "conv2_block6_0_relu")] public partial Node Conv2Block6Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv2_block6_1_conv")] public partial Node Conv2Block6Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block6_1_bn")] public partial Node Conv2Block6Bn1 { get; }

    [Activate(Relu, Name = "conv2_block6_1_relu")] public partial Node Conv2Block6Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv2_block6_2_conv")] public partial Node Conv2Block6Conv2 { get; }

    [Concatenate(nameof(Conv2Block5Concat), nameof(Conv2Block6Conv2), Axis = 1, Name = "conv2_block6_concat")] public partial Node Conv2Block6Concat { get; }

    // Transition pool2: 256 → 128 channels, half the size.
    [BatchNorm(Epsilon = 1.001e-5, Name = "pool2_bn")] public partial Node Pool2Bn { get; }

    [Activate(Relu, Name = "pool2_relu")] public partial Node Pool2Relu { get; }

    [Conv2d(128, 1, UseBias = false, Name = "pool2_conv")] public partial Node Pool2Conv { get; }

    [AvgPool2d(2, Name = "pool2_pool")] public partial Node Pool2Pool { get; }

    // Dense block conv3: 12 conv blocks, 128 → 512 channels.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block1_0_bn")] public partial Node Conv3Block1Bn0 { get; }

    [Activate(Relu, Name = "conv3_block1_0_relu")] public partial Node Conv3Block1Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv3_block1_1_conv")] public partial Node Conv3Block1Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block1_1_bn")] public partial Node Conv3Block1Bn1 { get; }

    [Activate(Relu, Name = "conv3_block1_1_relu")] public partial Node Conv3Block1Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv3_block1_2_conv")] public partial Node Conv3Block1Conv2 { get; }

    [Concatenate(nameof(Pool2Pool), nameof(Conv3Block1Conv2), Axis = 1, Name = "conv3_block1_concat")] public partial Node Conv3Block1Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block2_0_bn")] public partial Node Conv3Block2Bn0 { get; }

    [Activate(Relu, Name = "conv3_block2_0_relu")] public partial Node Conv3Block2Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv3_block2_1_conv")] public partial Node Conv3Block2Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block2_1_bn")] public partial Node Conv3Block2Bn1 { get; }

    [Activate(Relu, Name = "conv3_block2_1_relu")] public partial Node Conv3Block2Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv3_block2_2_conv")] public partial Node Conv3Block2Conv2 { get; }

    [Concatenate(nameof(Conv3Block1Concat), nameof(Conv3Block2Conv2), Axis = 1, Name = "conv3_block2_concat")] public partial Node Conv3Block2Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block3_0_bn")] public partial Node Conv3Block3Bn0 { get; }

    [Activate(Relu, Name = "conv3_block3_0_relu")] public partial Node Conv3Block3Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv3_block3_1_conv")] public partial Node Conv3Block3Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block3_1_bn")] public partial Node Conv3Block3Bn1 { get; }

    [Activate(Relu, Name = "conv3_block3_1_relu")] public partial Node Conv3Block3Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv3_block3_2_conv")] public partial Node Conv3Block3Conv2 { get; }

    [Concatenate(nameof(Conv3Block2Concat), nameof(Conv3Block3Conv2), Axis = 1, Name = "conv3_block3_concat")] public partial Node Conv3Block3Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block4_0_bn")] public partial Node Conv3Block4Bn0 { get; }

    [Activate(Relu, Name = "conv3_block4_0_relu")] public partial Node Conv3Block4Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv3_block4_1_conv")] public partial Node Conv3Block4Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block4_1_bn")] public partial Node Conv3Block4Bn1 { get; }

    [Activate(Relu, Name = "conv3_block4_1_relu")] public partial Node Conv3Block4Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv3_block4_2_conv")] public partial Node Conv3Block4Conv2 { get; }

    [Concatenate(nameof(Conv3Block3Concat), nameof(Conv3Block4Conv2), Axis = 1, Name = "conv3_block4_concat")] public partial Node Conv3Block4Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block5_0_bn")] public partial Node Conv3Block5Bn0 { get; }

    [Activate(Relu, Name = "conv3_block5_0_relu")] public partial Node Conv3Block5Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv3_block5_1_conv")] public partial Node Conv3Block5Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block5_1_bn")] public partial Node Conv3Block5Bn1 { get; }

    [Activate(Relu, Name = "conv3_block5_1_relu")] public partial Node Conv3Block5Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv3_block5_2_conv")] public partial Node Conv3Block5Conv2 { get; }

    [Concatenate(nameof(Conv3Block4Concat), nameof(Conv3Block5Conv2), Axis = 1, Name = "conv3_block5_concat")] public partial Node Conv3Block5Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block6_0_bn")] public partial Node Conv3Block6Bn0 { get; }

    [Activate(Relu, Name = "conv3_block6_0_relu")] public partial Node Conv3Block6Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv3_block6_1_conv")] public partial Node Conv3Block6Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block6_1_bn")] public partial Node Conv3Block6Bn1 { get; }

    [Activate(Relu, Name = "conv3_block6_1_relu")] public partial Node Conv3Block6Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv3_block6_2_conv")] public partial Node Conv3Block6Conv2 { get; }

    [Concatenate(nameof(Conv3Block5Concat), nameof(Conv3Block6Conv2), Axis = 1, Name = "conv3_block6_concat")] public partial Node Conv3Block6Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block7_0_bn")] public partial Node Conv3Block7Bn0 { get; }

    [Activate(Relu, Name = "conv3_block7_0_relu")] public partial Node Conv3Block7Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv3_block7_1_conv")] public partial Node Conv3Block7Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block7_1_bn")] public partial Node Conv3Block7Bn1 { get; }

    [Activate(Relu, Name = "conv3_block7_1_relu")] public partial Node Conv3Block7Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv3_block7_2_conv")] public partial Node Conv3Block7Conv2 { get; }

    [Concatenate(nameof(Conv3Block6Concat), nameof(Conv3Block7Conv2), Axis = 1, Name = "conv3_block7_concat")] public partial Node Conv3Block7Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block8_0_bn")] public partial Node Conv3Block8Bn0 { get; }

    [Activate(Relu, Name = "conv3_block8_0_relu")] public partial Node Conv3Block8Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv3_block8_1_conv")] public partial Node Conv3Block8Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block8_1_bn")] public partial Node Conv3Block8Bn1 { get; }

    [Activate(Relu, Name = "conv3_block8_1_relu")] public partial Node Conv3Block8Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv3_block8_2_conv")] public partial Node Conv3Block8Conv2 { get; }

    [Concatenate(nameof(Conv3Block7Concat), nameof(Conv3Block8Conv2), Axis = 1, Name = "conv3_block8_concat")] public partial Node Conv3Block8Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block9_0_bn")] public partial Node Conv3Block9Bn0 { get; }

    [Activate(Relu, Name = "conv3_block9_0_relu")] public partial Node Conv3Block9Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv3_block9_1_conv")] public partial Node Conv3Block9Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block9_1_bn")] public partial Node Conv3Block9Bn1 { get; }

    [Activate(Relu, Name = "conv3_block9_1_relu")] public partial Node Conv3Block9Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv3_block9_2_conv")] public partial Node Conv3Block9Conv2 { get; }

    [Concatenate(nameof(Conv3Block8Concat), nameof(Conv3Block9Conv2), Axis = 1, Name = "conv3_block9_concat")] public partial Node Conv3Block9Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block10_0_bn")] public partial Node Conv3Block10Bn0 { get; }

    [Activate(Relu, Name = "conv3_block10_0_relu")] public partial Node Conv3Block10Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv3_block10_1_conv")] public partial Node Conv3Block10Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block10_1_bn")] public partial Node Conv3Block10Bn1 { get; }

    [Activate(Relu, Name = "conv3_block10_1_relu")] public partial Node Conv3Block10Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv3_block10_2_conv")] public partial Node Conv3Block10Conv2 { get; }

    [Concatenate(nameof(Conv3Block9Concat), nameof(Conv3Block10Conv2), Axis = 1, Name = "conv3_block10_concat")] public partial Node Conv3Block10Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block11_0_bn")] public partial Node Conv3Block11Bn0 { get; }

    [Activate(Relu, Name = "conv3_block11_0_relu")] public partial Node Conv3Block11Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv3_block11_1_conv")] public partial Node Conv3Block11Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block11_1_bn")] public partial Node Conv3Block11Bn1 { get; }

    [Activate(Relu, Name = "conv3_block11_1_relu")] public partial Node Conv3Block11Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv3_block11_2_conv")] public partial Node Conv3Block11Conv2 { get; }

    [Concatenate(nameof(Conv3Block10Concat), nameof(Conv3Block11Conv2), Axis = 1, Name = "conv3_block11_concat")] public partial Node Conv3Block11Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block12_0_bn")] public partial Node Conv3Block12Bn0 { get; }

    [Activate(Relu, Name = "conv3_block12_0_relu")] public partial Node Conv3Block12Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv3_block12_1_conv")] public partial Node Conv3Block12Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block12_1_bn")] public partial Node Conv3Block12Bn1 { get; }

    [Activate(Relu, Name = "conv3_block12_1_relu")] public partial Node Conv3Block12Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv3_block12_2_conv")] public partial Node Conv3Block12Conv2 { get; }

    [Concatenate(nameof(Conv3Block11Concat), nameof(Conv3Block12Conv2), Axis = 1, Name = "conv3_block12_concat")] public partial Node Conv3Block12Concat { get; }

    // Transition pool3: 512 → 256 channels, half the size.
    [BatchNorm(Epsilon = 1.001e-5, Name = "pool3_bn")] public partial Node Pool3Bn { get; }

    [Activate(Relu, Name = "pool3_relu")] public partial Node Pool3Relu { get; }

    [Conv2d(256, 1, UseBias = false, Name = "pool3_conv")] public partial Node Pool3Conv { get; }

    [AvgPool2d(2, Name = "pool3_pool")] public partial Node Pool3Pool { get; }

    // Dense block conv4: 24 conv blocks, 256 → 1024 channels.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block1_0_bn")] public partial Node Conv4Block1Bn0 { get; }

    [Activate(Relu, Name = "conv4_block1_0_relu")] public partial Node Conv4Block1Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block1_1_conv")] public partial Node Conv4Block1Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block1_1_bn")] public partial Node Conv4Block1Bn1 { get; }

    [Activate(Relu, Name = "conv4_block1_1_relu")] public partial Node Conv4Block1Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block1_2_conv")] public partial Node Conv4Block1Conv2 { get; }

    [Concatenate(nameof(Pool3Pool), nameof(Conv4Block1Conv2), Axis = 1, Name = "conv4_block1_concat")] public partial Node Conv4Block1Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block2_0_bn")] public partial Node Conv4Block2Bn0 { get; }

    [Activate(Relu, Name = "conv4_block2_0_relu")] public partial Node Conv4Block2Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block2_1_conv")] public partial Node Conv4Block2Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block2_1_bn")] public partial Node Conv4Block2Bn1 { get; }

    [Activate(Relu, Name = "conv4_block2_1_relu")] public partial Node Conv4Block2Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block2_2_conv")] public partial Node Conv4Block2Conv2 { get; }

    [Concatenate(nameof(Conv4Block1Concat), nameof(Conv4Block2Conv2), Axis = 1, Name = "conv4_block2_concat")] public partial Node Conv4Block2Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block3_0_bn")] public partial Node Conv4Block3Bn0 { get; }

    [Activate(Relu, Name = "conv4_block3_0_relu")] public partial Node Conv4Block3Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block3_1_conv")] public partial Node Conv4Block3Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block3_1_bn")] public partial Node Conv4Block3Bn1 { get; }

    [Activate(Relu, Name = "conv4_block3_1_relu")] public partial Node Conv4Block3Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block3_2_conv")] public partial Node Conv4Block3Conv2 { get; }

    [Concatenate(nameof(Conv4Block2Concat), nameof(Conv4Block3Conv2), Axis = 1, Name = "conv4_block3_concat")] public partial Node Conv4Block3Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block4_0_bn")] public partial Node Conv4Block4Bn0 { get; }

    [Activate(Relu, Name = "conv4_block4_0_relu")] public partial Node Conv4Block4Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block4_1_conv")] public partial Node Conv4Block4Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block4_1_bn")] public partial Node Conv4Block4Bn1 { get; }

    [Activate(Relu, Name = "conv4_block4_1_relu")] public partial Node Conv4Block4Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block4_2_conv")] public partial Node Conv4Block4Conv2 { get; }

    [Concatenate(nameof(Conv4Block3Concat), nameof(Conv4Block4Conv2), Axis = 1, Name = "conv4_block4_concat")] public partial Node Conv4Block4Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block5_0_bn")] public partial Node Conv4Block5Bn0 { get; }

    [Activate(Relu, Name = "conv4_block5_0_relu")] public partial Node Conv4Block5Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block5_1_conv")] public partial Node Conv4Block5Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block5_1_bn")] public partial Node Conv4Block5Bn1 { get; }

    [Activate(Relu, Name = "conv4_block5_1_relu")] public partial Node Conv4Block5Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block5_2_conv")] public partial Node Conv4Block5Conv2 { get; }

    [Concatenate(nameof(Conv4Block4Concat), nameof(Conv4Block5Conv2), Axis = 1, Name = "conv4_block5_concat")] public partial Node Conv4Block5Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block6_0_bn")] public partial Node Conv4Block6Bn0 { get; }

    [Activate(Relu, Name = "conv4_block6_0_relu")] public partial Node Conv4Block6Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block6_1_conv")] public partial Node Conv4Block6Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block6_1_bn")] public partial Node Conv4Block6Bn1 { get; }

    [Activate(Relu, Name = "conv4_block6_1_relu")] public partial Node Conv4Block6Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block6_2_conv")] public partial Node Conv4Block6Conv2 { get; }

    [Concatenate(nameof(Conv4Block5Concat), nameof(Conv4Block6Conv2), Axis = 1, Name = "conv4_block6_concat")] public partial Node Conv4Block6Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block7_0_bn")] public partial Node Conv4Block7Bn0 { get; }

    [Activate(Relu, Name = "conv4_block7_0_relu")] public partial Node Conv4Block7Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block7_1_conv")] public partial Node Conv4Block7Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block7_1_bn")] public partial Node Conv4Block7Bn1 { get; }

    [Activate(Relu, Name = "conv4_block7_1_relu")] public partial Node Conv4Block7Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block7_2_conv")] public partial Node Conv4Block7Conv2 { get; }

    [Concatenate(nameof(Conv4Block6Concat), nameof(Conv4Block7Conv2), Axis = 1, Name = "conv4_block7_concat")] public partial Node Conv4Block7Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block8_0_bn")] public partial Node Conv4Block8Bn0 { get; }

    [Activate(Relu, Name = "conv4_block8_0_relu")] public partial Node Conv4Block8Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block8_1_conv")] public partial Node Conv4Block8Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block8_1_bn")] public partial Node Conv4Block8Bn1 { get; }

    [Activate(Relu, Name = "conv4_block8_1_relu")] public partial Node Conv4Block8Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block8_2_conv")] public partial Node Conv4Block8Conv2 { get; }

    [Concatenate(nameof(Conv4Block7Concat), nameof(Conv4Block8Conv2), Axis = 1, Name = "conv4_block8_concat")] public partial Node Conv4Block8Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block9_0_bn")] public partial Node Conv4Block9Bn0 { get; }

    [Activate(Relu, Name = "conv4_block9_0_relu")] public partial Node Conv4Block9Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block9_1_conv")] public partial Node Conv4Block9Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block9_1_bn")] public partial Node Conv4Block9Bn1 { get; }

    [Activate(Relu, Name = "conv4_block9_1_relu")] public partial Node Conv4Block9Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block9_2_conv")] public partial Node Conv4Block9Conv2 { get; }

    [Concatenate(nameof(Conv4Block8Concat), nameof(Conv4Block9Conv2), Axis = 1, Name = "conv4_block9_concat")] public partial Node Conv4Block9Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block10_0_bn")] public partial Node Conv4Block10Bn0 { get; }

    [Activate(Relu, Name = "conv4_block10_0_relu")] public partial Node Conv4Block10Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block10_1_conv")] public partial Node Conv4Block10Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block10_1_bn")] public partial Node Conv4Block10Bn1 { get; }

    [Activate(Relu, Name = "conv4_block10_1_relu")] public partial Node Conv4Block10Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block10_2_conv")] public partial Node Conv4Block10Conv2 { get; }

    [Concatenate(nameof(Conv4Block9Concat), nameof(Conv4Block10Conv2), Axis = 1, Name = "conv4_block10_concat")] public partial Node Conv4Block10Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block11_0_bn")] public partial Node Conv4Block11Bn0 { get; }

    [Activate(Relu, Name = "conv4_block11_0_relu")] public partial Node Conv4Block11Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block11_1_conv")] public partial Node Conv4Block11Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block11_1_bn")] public partial Node Conv4Block11Bn1 { get; }

    [Activate(Relu, Name = "conv4_block11_1_relu")] public partial Node Conv4Block11Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block11_2_conv")] public partial Node Conv4Block11Conv2 { get; }

    [Concatenate(nameof(Conv4Block10Concat), nameof(Conv4Block11Conv2), Axis = 1, Name = "conv4_block11_concat")] public partial Node Conv4Block11Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block12_0_bn")] public partial Node Conv4Block12Bn0 { get; }

    [Activate(Relu, Name = "conv4_block12_0_relu")] public partial Node Conv4Block12Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block12_1_conv")] public partial Node Conv4Block12Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block12_1_bn")] public partial Node Conv4Block12Bn1 { get; }

    [Activate(Relu, Name = "conv4_block12_1_relu")] public partial Node Conv4Block12Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block12_2_conv")] public partial Node Conv4Block12Conv2 { get; }

    [Concatenate(nameof(Conv4Block11Concat), nameof(Conv4Block12Conv2), Axis = 1, Name = "conv4_block12_concat")] public partial Node Conv4Block12Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block13_0_bn")] public partial Node Conv4Block13Bn0 { get; }

    [Activate(Relu, Name = "conv4_block13_0_relu")] public partial Node Conv4Block13Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block13_1_conv")] public partial Node Conv4Block13Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block13_1_bn")] public partial Node Conv4Block13Bn1 { get; }

    [Activate(Relu, Name = "conv4_block13_1_relu")] public partial Node Conv4Block13Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block13_2_conv")] public partial Node Conv4Block13Conv2 { get; }

    [Concatenate(nameof(Conv4Block12Concat), nameof(Conv4Block13Conv2), Axis = 1, Name = "conv4_block13_concat")] public partial Node Conv4Block13Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block14_0_bn")] public partial Node Conv4Block14Bn0 { get; }

    [Activate(Relu, Name = "conv4_block14_0_relu")] public partial Node Conv4Block14Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block14_1_conv")] public partial Node Conv4Block14Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block14_1_bn")] public partial Node Conv4Block14Bn1 { get; }

    [Activate(Relu, Name = "conv4_block14_1_relu")] public partial Node Conv4Block14Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block14_2_conv")] public partial Node Conv4Block14Conv2 { get; }

    [Concatenate(nameof(Conv4Block13Concat), nameof(Conv4Block14Conv2), Axis = 1, Name = "conv4_block14_concat")] public partial Node Conv4Block14Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block15_0_bn")] public partial Node Conv4Block15Bn0 { get; }

    [Activate(Relu, Name = "conv4_block15_0_relu")] public partial Node Conv4Block15Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block15_1_conv")] public partial Node Conv4Block15Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block15_1_bn")] public partial Node Conv4Block15Bn1 { get; }

    [Activate(Relu, Name = "conv4_block15_1_relu")] public partial Node Conv4Block15Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block15_2_conv")] public partial Node Conv4Block15Conv2 { get; }

    [Concatenate(nameof(Conv4Block14Concat), nameof(Conv4Block15Conv2), Axis = 1, Name = "conv4_block15_concat")] public partial Node Conv4Block15Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block16_0_bn")] public partial Node Conv4Block16Bn0 { get; }

    [Activate(Relu, Name = "conv4_block16_0_relu")] public partial Node Conv4Block16Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block16_1_conv")] public partial Node Conv4Block16Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block16_1_bn")] public partial Node Conv4Block16Bn1 { get; }

    [Activate(Relu, Name = "conv4_block16_1_relu")] public partial Node Conv4Block16Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block16_2_conv")] public partial Node Conv4Block16Conv2 { get; }

    [Concatenate(nameof(Conv4Block15Concat), nameof(Conv4Block16Conv2), Axis = 1, Name = "conv4_block16_concat")] public partial Node Conv4Block16Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block17_0_bn")] public partial Node Conv4Block17Bn0 { get; }

    [Activate(Relu, Name = "conv4_block17_0_relu")] public partial Node Conv4Block17Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block17_1_conv")] public partial Node Conv4Block17Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block17_1_bn")] public partial Node Conv4Block17Bn1 { get; }

    [Activate(Relu, Name = "conv4_block17_1_relu")] public partial Node Conv4Block17Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block17_2_conv")] public partial Node Conv4Block17Conv2 { get; }

    [Concatenate(nameof(Conv4Block16Concat), nameof(Conv4Block17Conv2), Axis = 1, Name = "conv4_block17_concat")] public partial Node Conv4Block17Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block18_0_bn")] public partial Node Conv4Block18Bn0 { get; }

    [Activate(Relu, Name = "conv4_block18_0_relu")] public partial Node Conv4Block18Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block18_1_conv")] public partial Node Conv4Block18Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block18_1_bn")] public partial Node Conv4Block18Bn1 { get; }

    [Activate(Relu, Name = "conv4_block18_1_relu")] public partial Node Conv4Block18Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block18_2_conv")] public partial Node Conv4Block18Conv2 { get; }

    [Concatenate(nameof(Conv4Block17Concat), nameof(Conv4Block18Conv2), Axis = 1, Name = "conv4_block18_concat")] public partial Node Conv4Block18Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block19_0_bn")] public partial Node Conv4Block19Bn0 { get; }

    [Activate(Relu, Name = "conv4_block19_0_relu")] public partial Node Conv4Block19Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block19_1_conv")] public partial Node Conv4Block19Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block19_1_bn")] public partial Node Conv4Block19Bn1 { get; }

    [Activate(Relu, Name = "conv4_block19_1_relu")] public partial Node Conv4Block19Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block19_2_conv")] public partial Node Conv4Block19Conv2 { get; }

    [Concatenate(nameof(Conv4Block18Concat), nameof(Conv4Block19Conv2), Axis = 1, Name = "conv4_block19_concat")] public partial Node Conv4Block19Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block20_0_bn")] public partial Node Conv4Block20Bn0 { get; }

    [Activate(Relu, Name = "conv4_block20_0_relu")] public partial Node Conv4Block20Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block20_1_conv")] public partial Node Conv4Block20Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block20_1_bn")] public partial Node Conv4Block20Bn1 { get; }

    [Activate(Relu, Name = "conv4_block20_1_relu")] public partial Node Conv4Block20Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block20_2_conv")] public partial Node Conv4Block20Conv2 { get; }

    [Concatenate(nameof(Conv4Block19Concat), nameof(Conv4Block20Conv2), Axis = 1, Name = "conv4_block20_concat")] public partial Node Conv4Block20Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block21_0_bn")] public partial Node Conv4Block21Bn0 { get; }

    [Activate(Relu, Name = "conv4_block21_0_relu")] public partial Node Conv4Block21Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block21_1_conv")] public partial Node Conv4Block21Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block21_1_bn")] public partial Node Conv4Block21Bn1 { get; }

    [Activate(Relu, Name = "conv4_block21_1_relu")] public partial Node Conv4Block21Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block21_2_conv")] public partial Node Conv4Block21Conv2 { get; }

    [Concatenate(nameof(Conv4Block20Concat), nameof(Conv4Block21Conv2), Axis = 1, Name = "conv4_block21_concat")] public partial Node Conv4Block21Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block22_0_bn")] public partial Node Conv4Block22Bn0 { get; }

    [Activate(Relu, Name = "conv4_block22_0_relu")] public partial Node Conv4Block22Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block22_1_conv")] public partial Node Conv4Block22Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block22_1_bn")] public partial Node Conv4Block22Bn1 { get; }

    [Activate(Relu, Name = "conv4_block22_1_relu")] public partial Node Conv4Block22Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block22_2_conv")] public partial Node Conv4Block22Conv2 { get; }

    [Concatenate(nameof(Conv4Block21Concat), nameof(Conv4Block22Conv2), Axis = 1, Name = "conv4_block22_concat")] public partial Node Conv4Block22Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block23_0_bn")] public partial Node Conv4Block23Bn0 { get; }

    [Activate(Relu, Name = "conv4_block23_0_relu")] public partial Node Conv4Block23Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block23_1_conv")] public partial Node Conv4Block23Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block23_1_bn")] public partial Node Conv4Block23Bn1 { get; }

    [Activate(Relu, Name = "conv4_block23_1_relu")] public partial Node Conv4Block23Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block23_2_conv")] public partial Node Conv4Block23Conv2 { get; }

    [Concatenate(nameof(Conv4Block22Concat), nameof(Conv4Block23Conv2), Axis = 1, Name = "conv4_block23_concat")] public partial Node Conv4Block23Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block24_0_bn")] public partial Node Conv4Block24Bn0 { get; }

    [Activate(Relu, Name = "conv4_block24_0_relu")] public partial Node Conv4Block24Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv4_block24_1_conv")] public partial Node Conv4Block24Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block24_1_bn")] public partial Node Conv4Block24Bn1 { get; }

    [Activate(Relu, Name = "conv4_block24_1_relu")] public partial Node Conv4Block24Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv4_block24_2_conv")] public partial Node Conv4Block24Conv2 { get; }

    [Concatenate(nameof(Conv4Block23Concat), nameof(Conv4Block24Conv2), Axis = 1, Name = "conv4_block24_concat")] public partial Node Conv4Block24Concat { get; }

    // Transition pool4: 1024 → 512 channels, half the size.
    [BatchNorm(Epsilon = 1.001e-5, Name = "pool4_bn")] public partial Node Pool4Bn { get; }

    [Activate(Relu, Name = "pool4_relu")] public partial Node Pool4Relu { get; }

    [Conv2d(512, 1, UseBias = false, Name = "pool4_conv")] public partial Node Pool4Conv { get; }

    [AvgPool2d(2, Name = "pool4_pool")] public partial Node Pool4Pool { get; }

    // Dense block conv5: 16 conv blocks, 512 → 1024 channels.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block1_0_bn")] public partial Node Conv5Block1Bn0 { get; }

    [Activate(Relu, Name = "conv5_block1_0_relu")] public partial Node Conv5Block1Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block1_1_conv")] public partial Node Conv5Block1Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block1_1_bn")] public partial Node Conv5Block1Bn1 { get; }

    [Activate(Relu, Name = "conv5_block1_1_relu")] public partial Node Conv5Block1Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block1_2_conv")] public partial Node Conv5Block1Conv2 { get; }

    [Concatenate(nameof(Pool4Pool), nameof(Conv5Block1Conv2), Axis = 1, Name = "conv5_block1_concat")] public partial Node Conv5Block1Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block2_0_bn")] public partial Node Conv5Block2Bn0 { get; }

    [Activate(Relu, Name = "conv5_block2_0_relu")] public partial Node Conv5Block2Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block2_1_conv")] public partial Node Conv5Block2Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block2_1_bn")] public partial Node Conv5Block2Bn1 { get; }

    [Activate(Relu, Name = "conv5_block2_1_relu")] public partial Node Conv5Block2Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block2_2_conv")] public partial Node Conv5Block2Conv2 { get; }

    [Concatenate(nameof(Conv5Block1Concat), nameof(Conv5Block2Conv2), Axis = 1, Name = "conv5_block2_concat")] public partial Node Conv5Block2Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block3_0_bn")] public partial Node Conv5Block3Bn0 { get; }

    [Activate(Relu, Name = "conv5_block3_0_relu")] public partial Node Conv5Block3Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block3_1_conv")] public partial Node Conv5Block3Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block3_1_bn")] public partial Node Conv5Block3Bn1 { get; }

    [Activate(Relu, Name = "conv5_block3_1_relu")] public partial Node Conv5Block3Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block3_2_conv")] public partial Node Conv5Block3Conv2 { get; }

    [Concatenate(nameof(Conv5Block2Concat), nameof(Conv5Block3Conv2), Axis = 1, Name = "conv5_block3_concat")] public partial Node Conv5Block3Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block4_0_bn")] public partial Node Conv5Block4Bn0 { get; }

    [Activate(Relu, Name = "conv5_block4_0_relu")] public partial Node Conv5Block4Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block4_1_conv")] public partial Node Conv5Block4Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block4_1_bn")] public partial Node Conv5Block4Bn1 { get; }

    [Activate(Relu, Name = "conv5_block4_1_relu")] public partial Node Conv5Block4Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block4_2_conv")] public partial Node Conv5Block4Conv2 { get; }

    [Concatenate(nameof(Conv5Block3Concat), nameof(Conv5Block4Conv2), Axis = 1, Name = "conv5_block4_concat")] public partial Node Conv5Block4Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block5_0_bn")] public partial Node Conv5Block5Bn0 { get; }

    [Activate(Relu, Name = "conv5_block5_0_relu")] public partial Node Conv5Block5Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block5_1_conv")] public partial Node Conv5Block5Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block5_1_bn")] public partial Node Conv5Block5Bn1 { get; }

    [Activate(Relu, Name = "conv5_block5_1_relu")] public partial Node Conv5Block5Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block5_2_conv")] public partial Node Conv5Block5Conv2 { get; }

    [Concatenate(nameof(Conv5Block4Concat), nameof(Conv5Block5Conv2), Axis = 1, Name = "conv5_block5_concat")] public partial Node Conv5Block5Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block6_0_bn")] public partial Node Conv5Block6Bn0 { get; }

    [Activate(Relu, Name = "conv5_block6_0_relu")] public partial Node Conv5Block6Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block6_1_conv")] public partial Node Conv5Block6Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block6_1_bn")] public partial Node Conv5Block6Bn1 { get; }

    [Activate(Relu, Name = "conv5_block6_1_relu")] public partial Node Conv5Block6Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block6_2_conv")] public partial Node Conv5Block6Conv2 { get; }

    [Concatenate(nameof(Conv5Block5Concat), nameof(Conv5Block6Conv2), Axis = 1, Name = "conv5_block6_concat")] public partial Node Conv5Block6Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block7_0_bn")] public partial Node Conv5Block7Bn0 { get; }

    [Activate(Relu, Name = "conv5_block7_0_relu")] public partial Node Conv5Block7Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block7_1_conv")] public partial Node Conv5Block7Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block7_1_bn")] public partial Node Conv5Block7Bn1 { get; }

    [Activate(Relu, Name = "conv5_block7_1_relu")] public partial Node Conv5Block7Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block7_2_conv")] public partial Node Conv5Block7Conv2 { get; }

    [Concatenate(nameof(Conv5Block6Concat), nameof(Conv5Block7Conv2), Axis = 1, Name = "conv5_block7_concat")] public partial Node Conv5Block7Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block8_0_bn")] public partial Node Conv5Block8Bn0 { get; }

    [Activate(Relu, Name = "conv5_block8_0_relu")] public partial Node Conv5Block8Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block8_1_conv")] public partial Node Conv5Block8Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block8_1_bn")] public partial Node Conv5Block8Bn1 { get; }

    [Activate(Relu, Name = "conv5_block8_1_relu")] public partial Node Conv5Block8Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block8_2_conv")] public partial Node Conv5Block8Conv2 { get; }

    [Concatenate(nameof(Conv5Block7Concat), nameof(Conv5Block8Conv2), Axis = 1, Name = "conv5_block8_concat")] public partial Node Conv5Block8Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block9_0_bn")] public partial Node Conv5Block9Bn0 { get; }

    [Activate(Relu, Name = "conv5_block9_0_relu")] public partial Node Conv5Block9Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block9_1_conv")] public partial Node Conv5Block9Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block9_1_bn")] public partial Node Conv5Block9Bn1 { get; }

    [Activate(Relu, Name = "conv5_block9_1_relu")] public partial Node Conv5Block9Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block9_2_conv")] public partial Node Conv5Block9Conv2 { get; }

    [Concatenate(nameof(Conv5Block8Concat), nameof(Conv5Block9Conv2), Axis = 1, Name = "conv5_block9_concat")] public partial Node Conv5Block9Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block10_0_bn")] public partial Node Conv5Block10Bn0 { get; }

    [Activate(Relu, Name = "conv5_block10_0_relu")] public partial Node Conv5Block10Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block10_1_conv")] public partial Node Conv5Block10Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block10_1_bn")] public partial Node Conv5Block10Bn1 { get; }

    [Activate(Relu, Name = "conv5_block10_1_relu")] public partial Node Conv5Block10Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block10_2_conv")] public partial Node Conv5Block10Conv2 { get; }

    [Concatenate(nameof(Conv5Block9Concat), nameof(Conv5Block10Conv2), Axis = 1, Name = "conv5_block10_concat")] public partial Node Conv5Block10Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block11_0_bn")] public partial Node Conv5Block11Bn0 { get; }

    [Activate(Relu, Name = "conv5_block11_0_relu")] public partial Node Conv5Block11Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block11_1_conv")] public partial Node Conv5Block11Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block11_1_bn")] public partial Node Conv5Block11Bn1 { get; }

    [Activate(Relu, Name = "conv5_block11_1_relu")] public partial Node Conv5Block11Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block11_2_conv")] public partial Node Conv5Block11Conv2 { get; }

    [Concatenate(nameof(Conv5Block10Concat), nameof(Conv5Block11Conv2), Axis = 1, Name = "conv5_block11_concat")] public partial Node Conv5Block11Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block12_0_bn")] public partial Node Conv5Block12Bn0 { get; }

    [Activate(Relu, Name = "conv5_block12_0_relu")] public partial Node Conv5Block12Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block12_1_conv")] public partial Node Conv5Block12Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block12_1_bn")] public partial Node Conv5Block12Bn1 { get; }

    [Activate(Relu, Name = "conv5_block12_1_relu")] public partial Node Conv5Block12Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block12_2_conv")] public partial Node Conv5Block12Conv2 { get; }

    [Concatenate(nameof(Conv5Block11Concat), nameof(Conv5Block12Conv2), Axis = 1, Name = "conv5_block12_concat")] public partial Node Conv5Block12Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block13_0_bn")] public partial Node Conv5Block13Bn0 { get; }

    [Activate(Relu, Name = "conv5_block13_0_relu")] public partial Node Conv5Block13Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block13_1_conv")] public partial Node Conv5Block13Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block13_1_bn")] public partial Node Conv5Block13Bn1 { get; }

    [Activate(Relu, Name = "conv5_block13_1_relu")] public partial Node Conv5Block13Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block13_2_conv")] public partial Node Conv5Block13Conv2 { get; }

    [Concatenate(nameof(Conv5Block12Concat), nameof(Conv5Block13Conv2), Axis = 1, Name = "conv5_block13_concat")] public partial Node Conv5Block13Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block14_0_bn")] public partial Node Conv5Block14Bn0 { get; }

    [Activate(Relu, Name = "conv5_block14_0_relu")] public partial Node Conv5Block14Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block14_1_conv")] public partial Node Conv5Block14Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block14_1_bn")] public partial Node Conv5Block14Bn1 { get; }

    [Activate(Relu, Name = "conv5_block14_1_relu")] public partial Node Conv5Block14Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block14_2_conv")] public partial Node Conv5Block14Conv2 { get; }

    [Concatenate(nameof(Conv5Block13Concat), nameof(Conv5Block14Conv2), Axis = 1, Name = "conv5_block14_concat")] public partial Node Conv5Block14Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block15_0_bn")] public partial Node Conv5Block15Bn0 { get; }

    [Activate(Relu, Name = "conv5_block15_0_relu")] public partial Node Conv5Block15Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block15_1_conv")] public partial Node Conv5Block15Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block15_1_bn")] public partial Node Conv5Block15Bn1 { get; }

    [Activate(Relu, Name = "conv5_block15_1_relu")] public partial Node Conv5Block15Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block15_2_conv")] public partial Node Conv5Block15Conv2 { get; }

    [Concatenate(nameof(Conv5Block14Concat), nameof(Conv5Block15Conv2), Axis = 1, Name = "conv5_block15_concat")] public partial Node Conv5Block15Concat { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block16_0_bn")] public partial Node Conv5Block16Bn0 { get; }

    [Activate(Relu, Name = "conv5_block16_0_relu")] public partial Node Conv5Block16Relu0 { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv5_block16_1_conv")] public partial Node Conv5Block16Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block16_1_bn")] public partial Node Conv5Block16Bn1 { get; }

    [Activate(Relu, Name = "conv5_block16_1_relu")] public partial Node Conv5Block16Relu1 { get; }

    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false, Name = "conv5_block16_2_conv")] public partial Node Conv5Block16Conv2 { get; }

    [Concatenate(nameof(Conv5Block15Concat), nameof(Conv5Block16Conv2), Axis = 1, Name = "conv5_block16_concat")] public partial Node Conv5Block16Concat { get; }

    // Final batch normalization and ReLU.
    [BatchNorm(Epsilon = 1.001e-5, Name = "bn")] public partial Node FinalBn { get; }

    [Activate(Relu, Name = "relu")]
    [Output]
    public partial Node FinalRelu { get; }
}
