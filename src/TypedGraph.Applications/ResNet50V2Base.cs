using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// ResNet50V2 (He et al., "Identity Mappings in Deep Residual Networks", 2016) without its classifier, as Keras's
/// <c>keras.applications.ResNet50V2(include_top=False)</c>, declared flat with Keras's layer names: ZeroPadding2D(3) and
/// a 7×7/2 convolution with bias (no batch normalization before the first block: the blocks are pre-activation),
/// ZeroPadding2D(1) + 3×3/2 max pool, then 3, 4, 6 and 3 pre-activation bottleneck blocks (batch normalization and ReLU
/// first; 1×1 and padded 3×3 convolutions without bias, 1×1 ×4 with bias; BatchNormalization epsilon 1.001e-5). The
/// first block of each stage has a 1×1 projection shortcut from the pre-activation; the last block of the first three
/// stages is strided, its shortcut a 1×1/2 max pool. A final batch normalization and ReLU (post_bn, post_relu) close the
/// base. Channels-first; for a 224×224 image the output is (N, 2048, 7, 7). 23,564,800 parameters, 45,440 of them
/// non-trainable.
/// </summary>
[Model]
public sealed partial class ResNet50V2Base
{
    [Input(3, "H", "W")] public partial Node Image { get; }

    // Stem: 7×7/2 convolution with bias, no batch normalization (the blocks are pre-activation).
    [ZeroPadding2d(3, Name = "conv1_pad")] public partial Node Conv1Pad { get; }

    [Conv2d(64, 7, Stride = 2, Name = "conv1_conv")] public partial Node Conv1Conv { get; }

    [ZeroPadding2d(1, Name = "pool1_pad")] public partial Node Pool1Pad { get; }

    [MaxPool2d(3, Stride = 2, Name = "pool1_pool")] public partial Node Pool1Pool { get; }

    // conv2_block1: projection shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block1_preact_bn")] public partial Node Conv2Block1PreactBn { get; }

    [Activate(Relu, Name = "conv2_block1_preact_relu")] public partial Node Conv2Block1PreactRelu { get; }

    [Conv2d(256, 1, Name = "conv2_block1_0_conv")] public partial Node Conv2Block1Conv0 { get; }

    [Conv2d(64, 1, UseBias = false, From = nameof(Conv2Block1PreactRelu), Name = "conv2_block1_1_conv")] public partial Node Conv2Block1Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block1_1_bn")] public partial Node Conv2Block1Bn1 { get; }

    [Activate(Relu, Name = "conv2_block1_1_relu")] public partial Node Conv2Block1Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv2_block1_2_pad")] public partial Node Conv2Block1Pad2 { get; }

    [Conv2d(64, 3, UseBias = false, Name = "conv2_block1_2_conv")] public partial Node Conv2Block1Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block1_2_bn")] public partial Node Conv2Block1Bn2 { get; }

    [Activate(Relu, Name = "conv2_block1_2_relu")] public partial Node Conv2Block1Relu2 { get; }

    [Conv2d(256, 1, Name = "conv2_block1_3_conv")] public partial Node Conv2Block1Conv3 { get; }

    [Add(nameof(Conv2Block1Conv0), nameof(Conv2Block1Conv3), Name = "conv2_block1_out")] public partial Node Conv2Block1Out { get; }

    // conv2_block2: identity shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block2_preact_bn")] public partial Node Conv2Block2PreactBn { get; }

    [Activate(Relu, Name = "conv2_block2_preact_relu")] public partial Node Conv2Block2PreactRelu { get; }

    [Conv2d(64, 1, UseBias = false, Name = "conv2_block2_1_conv")] public partial Node Conv2Block2Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block2_1_bn")] public partial Node Conv2Block2Bn1 { get; }

    [Activate(Relu, Name = "conv2_block2_1_relu")] public partial Node Conv2Block2Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv2_block2_2_pad")] public partial Node Conv2Block2Pad2 { get; }

    [Conv2d(64, 3, UseBias = false, Name = "conv2_block2_2_conv")] public partial Node Conv2Block2Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block2_2_bn")] public partial Node Conv2Block2Bn2 { get; }

    [Activate(Relu, Name = "conv2_block2_2_relu")] public partial Node Conv2Block2Relu2 { get; }

    [Conv2d(256, 1, Name = "conv2_block2_3_conv")] public partial Node Conv2Block2Conv3 { get; }

    [Add(nameof(Conv2Block1Out), nameof(Conv2Block2Conv3), Name = "conv2_block2_out")] public partial Node Conv2Block2Out { get; }

    // conv2_block3: strided, 1×1/2 max-pool shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block3_preact_bn")] public partial Node Conv2Block3PreactBn { get; }

    [Activate(Relu, Name = "conv2_block3_preact_relu")] public partial Node Conv2Block3PreactRelu { get; }

    [MaxPool2d(1, Stride = 2, From = nameof(Conv2Block2Out))] public partial Node Conv2Block3ShortcutPool { get; }

    [Conv2d(64, 1, UseBias = false, From = nameof(Conv2Block3PreactRelu), Name = "conv2_block3_1_conv")] public partial Node Conv2Block3Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block3_1_bn")] public partial Node Conv2Block3Bn1 { get; }

    [Activate(Relu, Name = "conv2_block3_1_relu")] public partial Node Conv2Block3Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv2_block3_2_pad")] public partial Node Conv2Block3Pad2 { get; }

    [Conv2d(64, 3, Stride = 2, UseBias = false, Name = "conv2_block3_2_conv")] public partial Node Conv2Block3Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block3_2_bn")] public partial Node Conv2Block3Bn2 { get; }

    [Activate(Relu, Name = "conv2_block3_2_relu")] public partial Node Conv2Block3Relu2 { get; }

    [Conv2d(256, 1, Name = "conv2_block3_3_conv")] public partial Node Conv2Block3Conv3 { get; }

    [Add(nameof(Conv2Block3ShortcutPool), nameof(Conv2Block3Conv3), Name = "conv2_block3_out")] public partial Node Conv2Block3Out { get; }

    // conv3_block1: projection shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block1_preact_bn")] public partial Node Conv3Block1PreactBn { get; }

    [Activate(Relu, Name = "conv3_block1_preact_relu")] public partial Node Conv3Block1PreactRelu { get; }

    [Conv2d(512, 1, Name = "conv3_block1_0_conv")] public partial Node Conv3Block1Conv0 { get; }

    [Conv2d(128, 1, UseBias = false, From = nameof(Conv3Block1PreactRelu), Name = "conv3_block1_1_conv")] public partial Node Conv3Block1Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block1_1_bn")] public partial Node Conv3Block1Bn1 { get; }

    [Activate(Relu, Name = "conv3_block1_1_relu")] public partial Node Conv3Block1Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv3_block1_2_pad")] public partial Node Conv3Block1Pad2 { get; }

    [Conv2d(128, 3, UseBias = false, Name = "conv3_block1_2_conv")] public partial Node Conv3Block1Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block1_2_bn")] public partial Node Conv3Block1Bn2 { get; }

    [Activate(Relu, Name = "conv3_block1_2_relu")] public partial Node Conv3Block1Relu2 { get; }

    [Conv2d(512, 1, Name = "conv3_block1_3_conv")] public partial Node Conv3Block1Conv3 { get; }

    [Add(nameof(Conv3Block1Conv0), nameof(Conv3Block1Conv3), Name = "conv3_block1_out")] public partial Node Conv3Block1Out { get; }

    // conv3_block2: identity shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block2_preact_bn")] public partial Node Conv3Block2PreactBn { get; }

    [Activate(Relu, Name = "conv3_block2_preact_relu")] public partial Node Conv3Block2PreactRelu { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv3_block2_1_conv")] public partial Node Conv3Block2Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block2_1_bn")] public partial Node Conv3Block2Bn1 { get; }

    [Activate(Relu, Name = "conv3_block2_1_relu")] public partial Node Conv3Block2Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv3_block2_2_pad")] public partial Node Conv3Block2Pad2 { get; }

    [Conv2d(128, 3, UseBias = false, Name = "conv3_block2_2_conv")] public partial Node Conv3Block2Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block2_2_bn")] public partial Node Conv3Block2Bn2 { get; }

    [Activate(Relu, Name = "conv3_block2_2_relu")] public partial Node Conv3Block2Relu2 { get; }

    [Conv2d(512, 1, Name = "conv3_block2_3_conv")] public partial Node Conv3Block2Conv3 { get; }

    [Add(nameof(Conv3Block1Out), nameof(Conv3Block2Conv3), Name = "conv3_block2_out")] public partial Node Conv3Block2Out { get; }

    // conv3_block3: identity shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block3_preact_bn")] public partial Node Conv3Block3PreactBn { get; }

    [Activate(Relu, Name = "conv3_block3_preact_relu")] public partial Node Conv3Block3PreactRelu { get; }

    [Conv2d(128, 1, UseBias = false, Name = "conv3_block3_1_conv")] public partial Node Conv3Block3Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block3_1_bn")] public partial Node Conv3Block3Bn1 { get; }

    [Activate(Relu, Name = "conv3_block3_1_relu")] public partial Node Conv3Block3Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv3_block3_2_pad")] public partial Node Conv3Block3Pad2 { get; }

    [Conv2d(128, 3, UseBias = false, Name = "conv3_block3_2_conv")] public partial Node Conv3Block3Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block3_2_bn")] public partial Node Conv3Block3Bn2 { get; }

    [Activate(Relu, Name = "conv3_block3_2_relu")] public partial Node Conv3Block3Relu2 { get; }

    [Conv2d(512, 1, Name = "conv3_block3_3_conv")] public partial Node Conv3Block3Conv3 { get; }

    [Add(nameof(Conv3Block2Out), nameof(Conv3Block3Conv3), Name = "conv3_block3_out")] public partial Node Conv3Block3Out { get; }

    // conv3_block4: strided, 1×1/2 max-pool shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block4_preact_bn")] public partial Node Conv3Block4PreactBn { get; }

    [Activate(Relu, Name = "conv3_block4_preact_relu")] public partial Node Conv3Block4PreactRelu { get; }

    [MaxPool2d(1, Stride = 2, From = nameof(Conv3Block3Out))] public partial Node Conv3Block4ShortcutPool { get; }

    [Conv2d(128, 1, UseBias = false, From = nameof(Conv3Block4PreactRelu), Name = "conv3_block4_1_conv")] public partial Node Conv3Block4Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block4_1_bn")] public partial Node Conv3Block4Bn1 { get; }

    [Activate(Relu, Name = "conv3_block4_1_relu")] public partial Node Conv3Block4Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv3_block4_2_pad")] public partial Node Conv3Block4Pad2 { get; }

    [Conv2d(128, 3, Stride = 2, UseBias = false, Name = "conv3_block4_2_conv")] public partial Node Conv3Block4Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block4_2_bn")] public partial Node Conv3Block4Bn2 { get; }

    [Activate(Relu, Name = "conv3_block4_2_relu")] public partial Node Conv3Block4Relu2 { get; }

    [Conv2d(512, 1, Name = "conv3_block4_3_conv")] public partial Node Conv3Block4Conv3 { get; }

    [Add(nameof(Conv3Block4ShortcutPool), nameof(Conv3Block4Conv3), Name = "conv3_block4_out")] public partial Node Conv3Block4Out { get; }

    // conv4_block1: projection shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block1_preact_bn")] public partial Node Conv4Block1PreactBn { get; }

    [Activate(Relu, Name = "conv4_block1_preact_relu")] public partial Node Conv4Block1PreactRelu { get; }

    [Conv2d(1024, 1, Name = "conv4_block1_0_conv")] public partial Node Conv4Block1Conv0 { get; }

    [Conv2d(256, 1, UseBias = false, From = nameof(Conv4Block1PreactRelu), Name = "conv4_block1_1_conv")] public partial Node Conv4Block1Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block1_1_bn")] public partial Node Conv4Block1Bn1 { get; }

    [Activate(Relu, Name = "conv4_block1_1_relu")] public partial Node Conv4Block1Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv4_block1_2_pad")] public partial Node Conv4Block1Pad2 { get; }

    [Conv2d(256, 3, UseBias = false, Name = "conv4_block1_2_conv")] public partial Node Conv4Block1Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block1_2_bn")] public partial Node Conv4Block1Bn2 { get; }

    [Activate(Relu, Name = "conv4_block1_2_relu")] public partial Node Conv4Block1Relu2 { get; }

    [Conv2d(1024, 1, Name = "conv4_block1_3_conv")] public partial Node Conv4Block1Conv3 { get; }

    [Add(nameof(Conv4Block1Conv0), nameof(Conv4Block1Conv3), Name = "conv4_block1_out")] public partial Node Conv4Block1Out { get; }

    // conv4_block2: identity shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block2_preact_bn")] public partial Node Conv4Block2PreactBn { get; }

    [Activate(Relu, Name = "conv4_block2_preact_relu")] public partial Node Conv4Block2PreactRelu { get; }

    [Conv2d(256, 1, UseBias = false, Name = "conv4_block2_1_conv")] public partial Node Conv4Block2Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block2_1_bn")] public partial Node Conv4Block2Bn1 { get; }

    [Activate(Relu, Name = "conv4_block2_1_relu")] public partial Node Conv4Block2Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv4_block2_2_pad")] public partial Node Conv4Block2Pad2 { get; }

    [Conv2d(256, 3, UseBias = false, Name = "conv4_block2_2_conv")] public partial Node Conv4Block2Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block2_2_bn")] public partial Node Conv4Block2Bn2 { get; }

    [Activate(Relu, Name = "conv4_block2_2_relu")] public partial Node Conv4Block2Relu2 { get; }

    [Conv2d(1024, 1, Name = "conv4_block2_3_conv")] public partial Node Conv4Block2Conv3 { get; }

    [Add(nameof(Conv4Block1Out), nameof(Conv4Block2Conv3), Name = "conv4_block2_out")] public partial Node Conv4Block2Out { get; }

    // conv4_block3: identity shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block3_preact_bn")] public partial Node Conv4Block3PreactBn { get; }

    [Activate(Relu, Name = "conv4_block3_preact_relu")] public partial Node Conv4Block3PreactRelu { get; }

    [Conv2d(256, 1, UseBias = false, Name = "conv4_block3_1_conv")] public partial Node Conv4Block3Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block3_1_bn")] public partial Node Conv4Block3Bn1 { get; }

    [Activate(Relu, Name = "conv4_block3_1_relu")] public partial Node Conv4Block3Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv4_block3_2_pad")] public partial Node Conv4Block3Pad2 { get; }

    [Conv2d(256, 3, UseBias = false, Name = "conv4_block3_2_conv")] public partial Node Conv4Block3Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block3_2_bn")] public partial Node Conv4Block3Bn2 { get; }

    [Activate(Relu, Name = "conv4_block3_2_relu")] public partial Node Conv4Block3Relu2 { get; }

    [Conv2d(1024, 1, Name = "conv4_block3_3_conv")] public partial Node Conv4Block3Conv3 { get; }

    [Add(nameof(Conv4Block2Out), nameof(Conv4Block3Conv3), Name = "conv4_block3_out")] public partial Node Conv4Block3Out { get; }

    // conv4_block4: identity shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block4_preact_bn")] public partial Node Conv4Block4PreactBn { get; }

    [Activate(Relu, Name = "conv4_block4_preact_relu")] public partial Node Conv4Block4PreactRelu { get; }

    [Conv2d(256, 1, UseBias = false, Name = "conv4_block4_1_conv")] public partial Node Conv4Block4Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block4_1_bn")] public partial Node Conv4Block4Bn1 { get; }

    [Activate(Relu, Name = "conv4_block4_1_relu")] public partial Node Conv4Block4Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv4_block4_2_pad")] public partial Node Conv4Block4Pad2 { get; }

    [Conv2d(256, 3, UseBias = false, Name = "conv4_block4_2_conv")] public partial Node Conv4Block4Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block4_2_bn")] public partial Node Conv4Block4Bn2 { get; }

    [Activate(Relu, Name = "conv4_block4_2_relu")] public partial Node Conv4Block4Relu2 { get; }

    [Conv2d(1024, 1, Name = "conv4_block4_3_conv")] public partial Node Conv4Block4Conv3 { get; }

    [Add(nameof(Conv4Block3Out), nameof(Conv4Block4Conv3), Name = "conv4_block4_out")] public partial Node Conv4Block4Out { get; }

    // conv4_block5: identity shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block5_preact_bn")] public partial Node Conv4Block5PreactBn { get; }

    [Activate(Relu, Name = "conv4_block5_preact_relu")] public partial Node Conv4Block5PreactRelu { get; }

    [Conv2d(256, 1, UseBias = false, Name = "conv4_block5_1_conv")] public partial Node Conv4Block5Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block5_1_bn")] public partial Node Conv4Block5Bn1 { get; }

    [Activate(Relu, Name = "conv4_block5_1_relu")] public partial Node Conv4Block5Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv4_block5_2_pad")] public partial Node Conv4Block5Pad2 { get; }

    [Conv2d(256, 3, UseBias = false, Name = "conv4_block5_2_conv")] public partial Node Conv4Block5Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block5_2_bn")] public partial Node Conv4Block5Bn2 { get; }

    [Activate(Relu, Name = "conv4_block5_2_relu")] public partial Node Conv4Block5Relu2 { get; }

    [Conv2d(1024, 1, Name = "conv4_block5_3_conv")] public partial Node Conv4Block5Conv3 { get; }

    [Add(nameof(Conv4Block4Out), nameof(Conv4Block5Conv3), Name = "conv4_block5_out")] public partial Node Conv4Block5Out { get; }

    // conv4_block6: strided, 1×1/2 max-pool shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block6_preact_bn")] public partial Node Conv4Block6PreactBn { get; }

    [Activate(Relu, Name = "conv4_block6_preact_relu")] public partial Node Conv4Block6PreactRelu { get; }

    [MaxPool2d(1, Stride = 2, From = nameof(Conv4Block5Out))] public partial Node Conv4Block6ShortcutPool { get; }

    [Conv2d(256, 1, UseBias = false, From = nameof(Conv4Block6PreactRelu), Name = "conv4_block6_1_conv")] public partial Node Conv4Block6Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block6_1_bn")] public partial Node Conv4Block6Bn1 { get; }

    [Activate(Relu, Name = "conv4_block6_1_relu")] public partial Node Conv4Block6Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv4_block6_2_pad")] public partial Node Conv4Block6Pad2 { get; }

    [Conv2d(256, 3, Stride = 2, UseBias = false, Name = "conv4_block6_2_conv")] public partial Node Conv4Block6Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block6_2_bn")] public partial Node Conv4Block6Bn2 { get; }

    [Activate(Relu, Name = "conv4_block6_2_relu")] public partial Node Conv4Block6Relu2 { get; }

    [Conv2d(1024, 1, Name = "conv4_block6_3_conv")] public partial Node Conv4Block6Conv3 { get; }

    [Add(nameof(Conv4Block6ShortcutPool), nameof(Conv4Block6Conv3), Name = "conv4_block6_out")] public partial Node Conv4Block6Out { get; }

    // conv5_block1: projection shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block1_preact_bn")] public partial Node Conv5Block1PreactBn { get; }

    [Activate(Relu, Name = "conv5_block1_preact_relu")] public partial Node Conv5Block1PreactRelu { get; }

    [Conv2d(2048, 1, Name = "conv5_block1_0_conv")] public partial Node Conv5Block1Conv0 { get; }

    [Conv2d(512, 1, UseBias = false, From = nameof(Conv5Block1PreactRelu), Name = "conv5_block1_1_conv")] public partial Node Conv5Block1Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block1_1_bn")] public partial Node Conv5Block1Bn1 { get; }

    [Activate(Relu, Name = "conv5_block1_1_relu")] public partial Node Conv5Block1Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv5_block1_2_pad")] public partial Node Conv5Block1Pad2 { get; }

    [Conv2d(512, 3, UseBias = false, Name = "conv5_block1_2_conv")] public partial Node Conv5Block1Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block1_2_bn")] public partial Node Conv5Block1Bn2 { get; }

    [Activate(Relu, Name = "conv5_block1_2_relu")] public partial Node Conv5Block1Relu2 { get; }

    [Conv2d(2048, 1, Name = "conv5_block1_3_conv")] public partial Node Conv5Block1Conv3 { get; }

    [Add(nameof(Conv5Block1Conv0), nameof(Conv5Block1Conv3), Name = "conv5_block1_out")] public partial Node Conv5Block1Out { get; }

    // conv5_block2: identity shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block2_preact_bn")] public partial Node Conv5Block2PreactBn { get; }

    [Activate(Relu, Name = "conv5_block2_preact_relu")] public partial Node Conv5Block2PreactRelu { get; }

    [Conv2d(512, 1, UseBias = false, Name = "conv5_block2_1_conv")] public partial Node Conv5Block2Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block2_1_bn")] public partial Node Conv5Block2Bn1 { get; }

    [Activate(Relu, Name = "conv5_block2_1_relu")] public partial Node Conv5Block2Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv5_block2_2_pad")] public partial Node Conv5Block2Pad2 { get; }

    [Conv2d(512, 3, UseBias = false, Name = "conv5_block2_2_conv")] public partial Node Conv5Block2Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block2_2_bn")] public partial Node Conv5Block2Bn2 { get; }

    [Activate(Relu, Name = "conv5_block2_2_relu")] public partial Node Conv5Block2Relu2 { get; }

    [Conv2d(2048, 1, Name = "conv5_block2_3_conv")] public partial Node Conv5Block2Conv3 { get; }

    [Add(nameof(Conv5Block1Out), nameof(Conv5Block2Conv3), Name = "conv5_block2_out")] public partial Node Conv5Block2Out { get; }

    // conv5_block3: identity shortcut.
    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block3_preact_bn")] public partial Node Conv5Block3PreactBn { get; }

    [Activate(Relu, Name = "conv5_block3_preact_relu")] public partial Node Conv5Block3PreactRelu { get; }

    [Conv2d(512, 1, UseBias = false, Name = "conv5_block3_1_conv")] public partial Node Conv5Block3Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block3_1_bn")] public partial Node Conv5Block3Bn1 { get; }

    [Activate(Relu, Name = "conv5_block3_1_relu")] public partial Node Conv5Block3Relu1 { get; }

    [ZeroPadding2d(1, Name = "conv5_block3_2_pad")] public partial Node Conv5Block3Pad2 { get; }

    [Conv2d(512, 3, UseBias = false, Name = "conv5_block3_2_conv")] public partial Node Conv5Block3Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block3_2_bn")] public partial Node Conv5Block3Bn2 { get; }

    [Activate(Relu, Name = "conv5_block3_2_relu")] public partial Node Conv5Block3Relu2 { get; }

    [Conv2d(2048, 1, Name = "conv5_block3_3_conv")] public partial Node Conv5Block3Conv3 { get; }

    [Add(nameof(Conv5Block2Out), nameof(Conv5Block3Conv3), Name = "conv5_block3_out")] public partial Node Conv5Block3Out { get; }

    // Final batch normalization and ReLU.
    [BatchNorm(Epsilon = 1.001e-5, Name = "post_bn")] public partial Node PostBn { get; }

    [Activate(Relu, Name = "post_relu")]
    [Output]
    public partial Node PostRelu { get; }
}
