using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// ResNet50 (He et al., "Deep Residual Learning for Image Recognition", 2015) without its classifier, as Keras's
/// <c>keras.applications.ResNet50(include_top=False)</c> (pooling=None), declared flat with Keras's layer names: a 7×7/2
/// stem after ZeroPadding2D(3), ZeroPadding2D(1) + 3×3/2 max pool, then 3, 4, 6 and 3 bottleneck blocks (1×1, 3×3 same,
/// 1×1 ×4 convolutions with biases, BatchNormalization epsilon 1.001e-5); the first block of each stage has a 1×1
/// projection shortcut, strided from the second stage on. Channels-first; for a 224×224 image the output is
/// (N, 2048, 7, 7). 23,587,712 parameters, 53,120 of them non-trainable.
/// </summary>
[Model]
public sealed partial class ResNet50Base
{
    [Input(3, "H", "W")] public partial Node Image { get; }

    [ZeroPadding2d(3, Name = "conv1_pad")] public partial Node Conv1Pad { get; }

    [Conv2d(64, 7, Stride = 2, Name = "conv1_conv")] public partial Node Conv1Conv { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv1_bn")] public partial Node Conv1Bn { get; }

    [Activate(Relu, Name = "conv1_relu")] public partial Node Conv1Relu { get; }

    [ZeroPadding2d(1, Name = "pool1_pad")] public partial Node Pool1Pad { get; }

    [MaxPool2d(3, Stride = 2, Name = "pool1_pool")] public partial Node Pool1Pool { get; }

    [Conv2d(256, 1, From = nameof(Pool1Pool), Name = "conv2_block1_0_conv")] public partial Node Conv2Block1Conv0 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block1_0_bn")] public partial Node Conv2Block1Bn0 { get; }

    [Conv2d(64, 1, From = nameof(Pool1Pool), Name = "conv2_block1_1_conv")] public partial Node Conv2Block1Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block1_1_bn")] public partial Node Conv2Block1Bn1 { get; }

    [Activate(Relu, Name = "conv2_block1_1_relu")] public partial Node Conv2Block1Relu1 { get; }

    [Conv2d(64, 3, Padding = Padding.Same, Name = "conv2_block1_2_conv")] public partial Node Conv2Block1Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block1_2_bn")] public partial Node Conv2Block1Bn2 { get; }

    [Activate(Relu, Name = "conv2_block1_2_relu")] public partial Node Conv2Block1Relu2 { get; }

    [Conv2d(256, 1, Name = "conv2_block1_3_conv")] public partial Node Conv2Block1Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block1_3_bn")] public partial Node Conv2Block1Bn3 { get; }

    [Add(nameof(Conv2Block1Bn0), nameof(Conv2Block1Bn3), Name = "conv2_block1_add")] public partial Node Conv2Block1Add { get; }

    [Activate(Relu, Name = "conv2_block1_out")] public partial Node Conv2Block1Out { get; }

    [Conv2d(64, 1, From = nameof(Conv2Block1Out), Name = "conv2_block2_1_conv")] public partial Node Conv2Block2Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block2_1_bn")] public partial Node Conv2Block2Bn1 { get; }

    [Activate(Relu, Name = "conv2_block2_1_relu")] public partial Node Conv2Block2Relu1 { get; }

    [Conv2d(64, 3, Padding = Padding.Same, Name = "conv2_block2_2_conv")] public partial Node Conv2Block2Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block2_2_bn")] public partial Node Conv2Block2Bn2 { get; }

    [Activate(Relu, Name = "conv2_block2_2_relu")] public partial Node Conv2Block2Relu2 { get; }

    [Conv2d(256, 1, Name = "conv2_block2_3_conv")] public partial Node Conv2Block2Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block2_3_bn")] public partial Node Conv2Block2Bn3 { get; }

    [Add(nameof(Conv2Block1Out), nameof(Conv2Block2Bn3), Name = "conv2_block2_add")] public partial Node Conv2Block2Add { get; }

    [Activate(Relu, Name = "conv2_block2_out")] public partial Node Conv2Block2Out { get; }

    [Conv2d(64, 1, From = nameof(Conv2Block2Out), Name = "conv2_block3_1_conv")] public partial Node Conv2Block3Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block3_1_bn")] public partial Node Conv2Block3Bn1 { get; }

    [Activate(Relu, Name = "conv2_block3_1_relu")] public partial Node Conv2Block3Relu1 { get; }

    [Conv2d(64, 3, Padding = Padding.Same, Name = "conv2_block3_2_conv")] public partial Node Conv2Block3Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block3_2_bn")] public partial Node Conv2Block3Bn2 { get; }

    [Activate(Relu, Name = "conv2_block3_2_relu")] public partial Node Conv2Block3Relu2 { get; }

    [Conv2d(256, 1, Name = "conv2_block3_3_conv")] public partial Node Conv2Block3Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv2_block3_3_bn")] public partial Node Conv2Block3Bn3 { get; }

    [Add(nameof(Conv2Block2Out), nameof(Conv2Block3Bn3), Name = "conv2_block3_add")] public partial Node Conv2Block3Add { get; }

    [Activate(Relu, Name = "conv2_block3_out")] public partial Node Conv2Block3Out { get; }

    [Conv2d(512, 1, Stride = 2, From = nameof(Conv2Block3Out), Name = "conv3_block1_0_conv")] public partial Node Conv3Block1Conv0 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block1_0_bn")] public partial Node Conv3Block1Bn0 { get; }

    [Conv2d(128, 1, Stride = 2, From = nameof(Conv2Block3Out), Name = "conv3_block1_1_conv")] public partial Node Conv3Block1Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block1_1_bn")] public partial Node Conv3Block1Bn1 { get; }

    [Activate(Relu, Name = "conv3_block1_1_relu")] public partial Node Conv3Block1Relu1 { get; }

    [Conv2d(128, 3, Padding = Padding.Same, Name = "conv3_block1_2_conv")] public partial Node Conv3Block1Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block1_2_bn")] public partial Node Conv3Block1Bn2 { get; }

    [Activate(Relu, Name = "conv3_block1_2_relu")] public partial Node Conv3Block1Relu2 { get; }

    [Conv2d(512, 1, Name = "conv3_block1_3_conv")] public partial Node Conv3Block1Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block1_3_bn")] public partial Node Conv3Block1Bn3 { get; }

    [Add(nameof(Conv3Block1Bn0), nameof(Conv3Block1Bn3), Name = "conv3_block1_add")] public partial Node Conv3Block1Add { get; }

    [Activate(Relu, Name = "conv3_block1_out")] public partial Node Conv3Block1Out { get; }

    [Conv2d(128, 1, From = nameof(Conv3Block1Out), Name = "conv3_block2_1_conv")] public partial Node Conv3Block2Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block2_1_bn")] public partial Node Conv3Block2Bn1 { get; }

    [Activate(Relu, Name = "conv3_block2_1_relu")] public partial Node Conv3Block2Relu1 { get; }

    [Conv2d(128, 3, Padding = Padding.Same, Name = "conv3_block2_2_conv")] public partial Node Conv3Block2Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block2_2_bn")] public partial Node Conv3Block2Bn2 { get; }

    [Activate(Relu, Name = "conv3_block2_2_relu")] public partial Node Conv3Block2Relu2 { get; }

    [Conv2d(512, 1, Name = "conv3_block2_3_conv")] public partial Node Conv3Block2Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block2_3_bn")] public partial Node Conv3Block2Bn3 { get; }

    [Add(nameof(Conv3Block1Out), nameof(Conv3Block2Bn3), Name = "conv3_block2_add")] public partial Node Conv3Block2Add { get; }

    [Activate(Relu, Name = "conv3_block2_out")] public partial Node Conv3Block2Out { get; }

    [Conv2d(128, 1, From = nameof(Conv3Block2Out), Name = "conv3_block3_1_conv")] public partial Node Conv3Block3Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block3_1_bn")] public partial Node Conv3Block3Bn1 { get; }

    [Activate(Relu, Name = "conv3_block3_1_relu")] public partial Node Conv3Block3Relu1 { get; }

    [Conv2d(128, 3, Padding = Padding.Same, Name = "conv3_block3_2_conv")] public partial Node Conv3Block3Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block3_2_bn")] public partial Node Conv3Block3Bn2 { get; }

    [Activate(Relu, Name = "conv3_block3_2_relu")] public partial Node Conv3Block3Relu2 { get; }

    [Conv2d(512, 1, Name = "conv3_block3_3_conv")] public partial Node Conv3Block3Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block3_3_bn")] public partial Node Conv3Block3Bn3 { get; }

    [Add(nameof(Conv3Block2Out), nameof(Conv3Block3Bn3), Name = "conv3_block3_add")] public partial Node Conv3Block3Add { get; }

    [Activate(Relu, Name = "conv3_block3_out")] public partial Node Conv3Block3Out { get; }

    [Conv2d(128, 1, From = nameof(Conv3Block3Out), Name = "conv3_block4_1_conv")] public partial Node Conv3Block4Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block4_1_bn")] public partial Node Conv3Block4Bn1 { get; }

    [Activate(Relu, Name = "conv3_block4_1_relu")] public partial Node Conv3Block4Relu1 { get; }

    [Conv2d(128, 3, Padding = Padding.Same, Name = "conv3_block4_2_conv")] public partial Node Conv3Block4Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block4_2_bn")] public partial Node Conv3Block4Bn2 { get; }

    [Activate(Relu, Name = "conv3_block4_2_relu")] public partial Node Conv3Block4Relu2 { get; }

    [Conv2d(512, 1, Name = "conv3_block4_3_conv")] public partial Node Conv3Block4Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv3_block4_3_bn")] public partial Node Conv3Block4Bn3 { get; }

    [Add(nameof(Conv3Block3Out), nameof(Conv3Block4Bn3), Name = "conv3_block4_add")] public partial Node Conv3Block4Add { get; }

    [Activate(Relu, Name = "conv3_block4_out")] public partial Node Conv3Block4Out { get; }

    [Conv2d(1024, 1, Stride = 2, From = nameof(Conv3Block4Out), Name = "conv4_block1_0_conv")] public partial Node Conv4Block1Conv0 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block1_0_bn")] public partial Node Conv4Block1Bn0 { get; }

    [Conv2d(256, 1, Stride = 2, From = nameof(Conv3Block4Out), Name = "conv4_block1_1_conv")] public partial Node Conv4Block1Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block1_1_bn")] public partial Node Conv4Block1Bn1 { get; }

    [Activate(Relu, Name = "conv4_block1_1_relu")] public partial Node Conv4Block1Relu1 { get; }

    [Conv2d(256, 3, Padding = Padding.Same, Name = "conv4_block1_2_conv")] public partial Node Conv4Block1Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block1_2_bn")] public partial Node Conv4Block1Bn2 { get; }

    [Activate(Relu, Name = "conv4_block1_2_relu")] public partial Node Conv4Block1Relu2 { get; }

    [Conv2d(1024, 1, Name = "conv4_block1_3_conv")] public partial Node Conv4Block1Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block1_3_bn")] public partial Node Conv4Block1Bn3 { get; }

    [Add(nameof(Conv4Block1Bn0), nameof(Conv4Block1Bn3), Name = "conv4_block1_add")] public partial Node Conv4Block1Add { get; }

    [Activate(Relu, Name = "conv4_block1_out")] public partial Node Conv4Block1Out { get; }

    [Conv2d(256, 1, From = nameof(Conv4Block1Out), Name = "conv4_block2_1_conv")] public partial Node Conv4Block2Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block2_1_bn")] public partial Node Conv4Block2Bn1 { get; }

    [Activate(Relu, Name = "conv4_block2_1_relu")] public partial Node Conv4Block2Relu1 { get; }

    [Conv2d(256, 3, Padding = Padding.Same, Name = "conv4_block2_2_conv")] public partial Node Conv4Block2Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block2_2_bn")] public partial Node Conv4Block2Bn2 { get; }

    [Activate(Relu, Name = "conv4_block2_2_relu")] public partial Node Conv4Block2Relu2 { get; }

    [Conv2d(1024, 1, Name = "conv4_block2_3_conv")] public partial Node Conv4Block2Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block2_3_bn")] public partial Node Conv4Block2Bn3 { get; }

    [Add(nameof(Conv4Block1Out), nameof(Conv4Block2Bn3), Name = "conv4_block2_add")] public partial Node Conv4Block2Add { get; }

    [Activate(Relu, Name = "conv4_block2_out")] public partial Node Conv4Block2Out { get; }

    [Conv2d(256, 1, From = nameof(Conv4Block2Out), Name = "conv4_block3_1_conv")] public partial Node Conv4Block3Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block3_1_bn")] public partial Node Conv4Block3Bn1 { get; }

    [Activate(Relu, Name = "conv4_block3_1_relu")] public partial Node Conv4Block3Relu1 { get; }

    [Conv2d(256, 3, Padding = Padding.Same, Name = "conv4_block3_2_conv")] public partial Node Conv4Block3Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block3_2_bn")] public partial Node Conv4Block3Bn2 { get; }

    [Activate(Relu, Name = "conv4_block3_2_relu")] public partial Node Conv4Block3Relu2 { get; }

    [Conv2d(1024, 1, Name = "conv4_block3_3_conv")] public partial Node Conv4Block3Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block3_3_bn")] public partial Node Conv4Block3Bn3 { get; }

    [Add(nameof(Conv4Block2Out), nameof(Conv4Block3Bn3), Name = "conv4_block3_add")] public partial Node Conv4Block3Add { get; }

    [Activate(Relu, Name = "conv4_block3_out")] public partial Node Conv4Block3Out { get; }

    [Conv2d(256, 1, From = nameof(Conv4Block3Out), Name = "conv4_block4_1_conv")] public partial Node Conv4Block4Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block4_1_bn")] public partial Node Conv4Block4Bn1 { get; }

    [Activate(Relu, Name = "conv4_block4_1_relu")] public partial Node Conv4Block4Relu1 { get; }

    [Conv2d(256, 3, Padding = Padding.Same, Name = "conv4_block4_2_conv")] public partial Node Conv4Block4Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block4_2_bn")] public partial Node Conv4Block4Bn2 { get; }

    [Activate(Relu, Name = "conv4_block4_2_relu")] public partial Node Conv4Block4Relu2 { get; }

    [Conv2d(1024, 1, Name = "conv4_block4_3_conv")] public partial Node Conv4Block4Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block4_3_bn")] public partial Node Conv4Block4Bn3 { get; }

    [Add(nameof(Conv4Block3Out), nameof(Conv4Block4Bn3), Name = "conv4_block4_add")] public partial Node Conv4Block4Add { get; }

    [Activate(Relu, Name = "conv4_block4_out")] public partial Node Conv4Block4Out { get; }

    [Conv2d(256, 1, From = nameof(Conv4Block4Out), Name = "conv4_block5_1_conv")] public partial Node Conv4Block5Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block5_1_bn")] public partial Node Conv4Block5Bn1 { get; }

    [Activate(Relu, Name = "conv4_block5_1_relu")] public partial Node Conv4Block5Relu1 { get; }

    [Conv2d(256, 3, Padding = Padding.Same, Name = "conv4_block5_2_conv")] public partial Node Conv4Block5Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block5_2_bn")] public partial Node Conv4Block5Bn2 { get; }

    [Activate(Relu, Name = "conv4_block5_2_relu")] public partial Node Conv4Block5Relu2 { get; }

    [Conv2d(1024, 1, Name = "conv4_block5_3_conv")] public partial Node Conv4Block5Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block5_3_bn")] public partial Node Conv4Block5Bn3 { get; }

    [Add(nameof(Conv4Block4Out), nameof(Conv4Block5Bn3), Name = "conv4_block5_add")] public partial Node Conv4Block5Add { get; }

    [Activate(Relu, Name = "conv4_block5_out")] public partial Node Conv4Block5Out { get; }

    [Conv2d(256, 1, From = nameof(Conv4Block5Out), Name = "conv4_block6_1_conv")] public partial Node Conv4Block6Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block6_1_bn")] public partial Node Conv4Block6Bn1 { get; }

    [Activate(Relu, Name = "conv4_block6_1_relu")] public partial Node Conv4Block6Relu1 { get; }

    [Conv2d(256, 3, Padding = Padding.Same, Name = "conv4_block6_2_conv")] public partial Node Conv4Block6Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block6_2_bn")] public partial Node Conv4Block6Bn2 { get; }

    [Activate(Relu, Name = "conv4_block6_2_relu")] public partial Node Conv4Block6Relu2 { get; }

    [Conv2d(1024, 1, Name = "conv4_block6_3_conv")] public partial Node Conv4Block6Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv4_block6_3_bn")] public partial Node Conv4Block6Bn3 { get; }

    [Add(nameof(Conv4Block5Out), nameof(Conv4Block6Bn3), Name = "conv4_block6_add")] public partial Node Conv4Block6Add { get; }

    [Activate(Relu, Name = "conv4_block6_out")] public partial Node Conv4Block6Out { get; }

    [Conv2d(2048, 1, Stride = 2, From = nameof(Conv4Block6Out), Name = "conv5_block1_0_conv")] public partial Node Conv5Block1Conv0 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block1_0_bn")] public partial Node Conv5Block1Bn0 { get; }

    [Conv2d(512, 1, Stride = 2, From = nameof(Conv4Block6Out), Name = "conv5_block1_1_conv")] public partial Node Conv5Block1Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block1_1_bn")] public partial Node Conv5Block1Bn1 { get; }

    [Activate(Relu, Name = "conv5_block1_1_relu")] public partial Node Conv5Block1Relu1 { get; }

    [Conv2d(512, 3, Padding = Padding.Same, Name = "conv5_block1_2_conv")] public partial Node Conv5Block1Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block1_2_bn")] public partial Node Conv5Block1Bn2 { get; }

    [Activate(Relu, Name = "conv5_block1_2_relu")] public partial Node Conv5Block1Relu2 { get; }

    [Conv2d(2048, 1, Name = "conv5_block1_3_conv")] public partial Node Conv5Block1Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block1_3_bn")] public partial Node Conv5Block1Bn3 { get; }

    [Add(nameof(Conv5Block1Bn0), nameof(Conv5Block1Bn3), Name = "conv5_block1_add")] public partial Node Conv5Block1Add { get; }

    [Activate(Relu, Name = "conv5_block1_out")] public partial Node Conv5Block1Out { get; }

    [Conv2d(512, 1, From = nameof(Conv5Block1Out), Name = "conv5_block2_1_conv")] public partial Node Conv5Block2Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block2_1_bn")] public partial Node Conv5Block2Bn1 { get; }

    [Activate(Relu, Name = "conv5_block2_1_relu")] public partial Node Conv5Block2Relu1 { get; }

    [Conv2d(512, 3, Padding = Padding.Same, Name = "conv5_block2_2_conv")] public partial Node Conv5Block2Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block2_2_bn")] public partial Node Conv5Block2Bn2 { get; }

    [Activate(Relu, Name = "conv5_block2_2_relu")] public partial Node Conv5Block2Relu2 { get; }

    [Conv2d(2048, 1, Name = "conv5_block2_3_conv")] public partial Node Conv5Block2Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block2_3_bn")] public partial Node Conv5Block2Bn3 { get; }

    [Add(nameof(Conv5Block1Out), nameof(Conv5Block2Bn3), Name = "conv5_block2_add")] public partial Node Conv5Block2Add { get; }

    [Activate(Relu, Name = "conv5_block2_out")] public partial Node Conv5Block2Out { get; }

    [Conv2d(512, 1, From = nameof(Conv5Block2Out), Name = "conv5_block3_1_conv")] public partial Node Conv5Block3Conv1 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block3_1_bn")] public partial Node Conv5Block3Bn1 { get; }

    [Activate(Relu, Name = "conv5_block3_1_relu")] public partial Node Conv5Block3Relu1 { get; }

    [Conv2d(512, 3, Padding = Padding.Same, Name = "conv5_block3_2_conv")] public partial Node Conv5Block3Conv2 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block3_2_bn")] public partial Node Conv5Block3Bn2 { get; }

    [Activate(Relu, Name = "conv5_block3_2_relu")] public partial Node Conv5Block3Relu2 { get; }

    [Conv2d(2048, 1, Name = "conv5_block3_3_conv")] public partial Node Conv5Block3Conv3 { get; }

    [BatchNorm(Epsilon = 1.001e-5, Name = "conv5_block3_3_bn")] public partial Node Conv5Block3Bn3 { get; }

    [Add(nameof(Conv5Block2Out), nameof(Conv5Block3Bn3), Name = "conv5_block3_add")] public partial Node Conv5Block3Add { get; }

    [Activate(Relu, Name = "conv5_block3_out")]
    [Output]
    public partial Node Conv5Block3Out { get; }
}
