using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// MobileNetV2 (Sandler et al., "MobileNetV2: Inverted Residuals and Linear Bottlenecks", 2018) without its classifier, as
/// Keras's <c>keras.applications.MobileNetV2(include_top=False)</c> with alpha 1, declared flat with Keras's layer names:
/// a 3×3/2 "same" convolution (Conv1), 17 inverted residual blocks (1×1 expansion ×6 except block 0, 3×3 depthwise, 1×1
/// linear projection; identity added where the block keeps shape and stride 1) and a 1×1 convolution to 1,280 channels
/// (Conv_1). No biases; every BatchNormalization has momentum 0.999 and epsilon 1e-3. Strided depthwise convolutions are
/// "valid" after Keras's <c>correct_pad</c> ZeroPadding2D, which is ((0, 1), (0, 1)) for an input of unknown or even size
/// (this declaration) and ((1, 1), (1, 1)) only when Keras knows the size is odd. Channels-first; for a 224×224 image the
/// output is (N, 1280, 7, 7). 2,257,984 parameters, 34,112 of them non-trainable.
/// </summary>
[Model]
public sealed partial class MobileNetV2Base
{
    [Input(3, "H", "W")] public partial Node Image { get; }

    // Stem.
    [Conv2d(32, 3, Stride = 2, Padding = Padding.Same, UseBias = false, Name = "Conv1")] public partial Node Conv1 { get; }

    [BatchNorm(Momentum = 0.999, Name = "bn_Conv1")] public partial Node BnConv1 { get; }

    [Activate(Relu6, Name = "Conv1_relu")] public partial Node Conv1Relu { get; }

    // Block 0: expansion ×1, stride 1, 16 filters.
    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "expanded_conv_depthwise")] public partial Node ExpandedConvDepthwise { get; }

    [BatchNorm(Momentum = 0.999, Name = "expanded_conv_depthwise_BN")] public partial Node ExpandedConvDepthwiseBN { get; }

    [Activate(Relu6, Name = "expanded_conv_depthwise_relu")] public partial Node ExpandedConvDepthwiseRelu { get; }

    [Conv2d(16, 1, Padding = Padding.Same, UseBias = false, Name = "expanded_conv_project")] public partial Node ExpandedConvProject { get; }

    [BatchNorm(Momentum = 0.999, Name = "expanded_conv_project_BN")] public partial Node ExpandedConvProjectBN { get; }

    // Block 1: expansion ×6, stride 2, 24 filters.
    [Conv2d(96, 1, Padding = Padding.Same, UseBias = false, Name = "block_1_expand")] public partial Node BlockExpand1 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_1_expand_BN")] public partial Node BlockExpand1BN { get; }

    [Activate(Relu6, Name = "block_1_expand_relu")] public partial Node BlockExpand1Relu { get; }

    [ZeroPadding2d(Bottom = 1, Right = 1, Name = "block_1_pad")] public partial Node BlockPad1 { get; }

    [DepthwiseConv2d(3, Stride = 2, UseBias = false, Name = "block_1_depthwise")] public partial Node BlockDepthwise1 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_1_depthwise_BN")] public partial Node BlockDepthwise1BN { get; }

    [Activate(Relu6, Name = "block_1_depthwise_relu")] public partial Node BlockDepthwise1Relu { get; }

    [Conv2d(24, 1, Padding = Padding.Same, UseBias = false, Name = "block_1_project")] public partial Node BlockProject1 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_1_project_BN")] public partial Node BlockProject1BN { get; }

    // Block 2: expansion ×6, stride 1, 24 filters, residual.
    [Conv2d(144, 1, Padding = Padding.Same, UseBias = false, Name = "block_2_expand")] public partial Node BlockExpand2 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_2_expand_BN")] public partial Node BlockExpand2BN { get; }

    [Activate(Relu6, Name = "block_2_expand_relu")] public partial Node BlockExpand2Relu { get; }

    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "block_2_depthwise")] public partial Node BlockDepthwise2 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_2_depthwise_BN")] public partial Node BlockDepthwise2BN { get; }

    [Activate(Relu6, Name = "block_2_depthwise_relu")] public partial Node BlockDepthwise2Relu { get; }

    [Conv2d(24, 1, Padding = Padding.Same, UseBias = false, Name = "block_2_project")] public partial Node BlockProject2 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_2_project_BN")] public partial Node BlockProject2BN { get; }

    [Add(nameof(BlockProject1BN), nameof(BlockProject2BN), Name = "block_2_add")] public partial Node BlockAdd2 { get; }

    // Block 3: expansion ×6, stride 2, 32 filters.
    [Conv2d(144, 1, Padding = Padding.Same, UseBias = false, Name = "block_3_expand")] public partial Node BlockExpand3 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_3_expand_BN")] public partial Node BlockExpand3BN { get; }

    [Activate(Relu6, Name = "block_3_expand_relu")] public partial Node BlockExpand3Relu { get; }

    [ZeroPadding2d(Bottom = 1, Right = 1, Name = "block_3_pad")] public partial Node BlockPad3 { get; }

    [DepthwiseConv2d(3, Stride = 2, UseBias = false, Name = "block_3_depthwise")] public partial Node BlockDepthwise3 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_3_depthwise_BN")] public partial Node BlockDepthwise3BN { get; }

    [Activate(Relu6, Name = "block_3_depthwise_relu")] public partial Node BlockDepthwise3Relu { get; }

    [Conv2d(32, 1, Padding = Padding.Same, UseBias = false, Name = "block_3_project")] public partial Node BlockProject3 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_3_project_BN")] public partial Node BlockProject3BN { get; }

    // Block 4: expansion ×6, stride 1, 32 filters, residual.
    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false, Name = "block_4_expand")] public partial Node BlockExpand4 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_4_expand_BN")] public partial Node BlockExpand4BN { get; }

    [Activate(Relu6, Name = "block_4_expand_relu")] public partial Node BlockExpand4Relu { get; }

    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "block_4_depthwise")] public partial Node BlockDepthwise4 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_4_depthwise_BN")] public partial Node BlockDepthwise4BN { get; }

    [Activate(Relu6, Name = "block_4_depthwise_relu")] public partial Node BlockDepthwise4Relu { get; }

    [Conv2d(32, 1, Padding = Padding.Same, UseBias = false, Name = "block_4_project")] public partial Node BlockProject4 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_4_project_BN")] public partial Node BlockProject4BN { get; }

    [Add(nameof(BlockProject3BN), nameof(BlockProject4BN), Name = "block_4_add")] public partial Node BlockAdd4 { get; }

    // Block 5: expansion ×6, stride 1, 32 filters, residual.
    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false, Name = "block_5_expand")] public partial Node BlockExpand5 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_5_expand_BN")] public partial Node BlockExpand5BN { get; }

    [Activate(Relu6, Name = "block_5_expand_relu")] public partial Node BlockExpand5Relu { get; }

    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "block_5_depthwise")] public partial Node BlockDepthwise5 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_5_depthwise_BN")] public partial Node BlockDepthwise5BN { get; }

    [Activate(Relu6, Name = "block_5_depthwise_relu")] public partial Node BlockDepthwise5Relu { get; }

    [Conv2d(32, 1, Padding = Padding.Same, UseBias = false, Name = "block_5_project")] public partial Node BlockProject5 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_5_project_BN")] public partial Node BlockProject5BN { get; }

    [Add(nameof(BlockAdd4), nameof(BlockProject5BN), Name = "block_5_add")] public partial Node BlockAdd5 { get; }

    // Block 6: expansion ×6, stride 2, 64 filters.
    [Conv2d(192, 1, Padding = Padding.Same, UseBias = false, Name = "block_6_expand")] public partial Node BlockExpand6 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_6_expand_BN")] public partial Node BlockExpand6BN { get; }

    [Activate(Relu6, Name = "block_6_expand_relu")] public partial Node BlockExpand6Relu { get; }

    [ZeroPadding2d(Bottom = 1, Right = 1, Name = "block_6_pad")] public partial Node BlockPad6 { get; }

    [DepthwiseConv2d(3, Stride = 2, UseBias = false, Name = "block_6_depthwise")] public partial Node BlockDepthwise6 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_6_depthwise_BN")] public partial Node BlockDepthwise6BN { get; }

    [Activate(Relu6, Name = "block_6_depthwise_relu")] public partial Node BlockDepthwise6Relu { get; }

    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false, Name = "block_6_project")] public partial Node BlockProject6 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_6_project_BN")] public partial Node BlockProject6BN { get; }

    // Block 7: expansion ×6, stride 1, 64 filters, residual.
    [Conv2d(384, 1, Padding = Padding.Same, UseBias = false, Name = "block_7_expand")] public partial Node BlockExpand7 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_7_expand_BN")] public partial Node BlockExpand7BN { get; }

    [Activate(Relu6, Name = "block_7_expand_relu")] public partial Node BlockExpand7Relu { get; }

    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "block_7_depthwise")] public partial Node BlockDepthwise7 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_7_depthwise_BN")] public partial Node BlockDepthwise7BN { get; }

    [Activate(Relu6, Name = "block_7_depthwise_relu")] public partial Node BlockDepthwise7Relu { get; }

    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false, Name = "block_7_project")] public partial Node BlockProject7 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_7_project_BN")] public partial Node BlockProject7BN { get; }

    [Add(nameof(BlockProject6BN), nameof(BlockProject7BN), Name = "block_7_add")] public partial Node BlockAdd7 { get; }

    // Block 8: expansion ×6, stride 1, 64 filters, residual.
    [Conv2d(384, 1, Padding = Padding.Same, UseBias = false, Name = "block_8_expand")] public partial Node BlockExpand8 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_8_expand_BN")] public partial Node BlockExpand8BN { get; }

    [Activate(Relu6, Name = "block_8_expand_relu")] public partial Node BlockExpand8Relu { get; }

    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "block_8_depthwise")] public partial Node BlockDepthwise8 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_8_depthwise_BN")] public partial Node BlockDepthwise8BN { get; }

    [Activate(Relu6, Name = "block_8_depthwise_relu")] public partial Node BlockDepthwise8Relu { get; }

    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false, Name = "block_8_project")] public partial Node BlockProject8 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_8_project_BN")] public partial Node BlockProject8BN { get; }

    [Add(nameof(BlockAdd7), nameof(BlockProject8BN), Name = "block_8_add")] public partial Node BlockAdd8 { get; }

    // Block 9: expansion ×6, stride 1, 64 filters, residual.
    [Conv2d(384, 1, Padding = Padding.Same, UseBias = false, Name = "block_9_expand")] public partial Node BlockExpand9 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_9_expand_BN")] public partial Node BlockExpand9BN { get; }

    [Activate(Relu6, Name = "block_9_expand_relu")] public partial Node BlockExpand9Relu { get; }

    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "block_9_depthwise")] public partial Node BlockDepthwise9 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_9_depthwise_BN")] public partial Node BlockDepthwise9BN { get; }

    [Activate(Relu6, Name = "block_9_depthwise_relu")] public partial Node BlockDepthwise9Relu { get; }

    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false, Name = "block_9_project")] public partial Node BlockProject9 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_9_project_BN")] public partial Node BlockProject9BN { get; }

    [Add(nameof(BlockAdd8), nameof(BlockProject9BN), Name = "block_9_add")] public partial Node BlockAdd9 { get; }

    // Block 10: expansion ×6, stride 1, 96 filters.
    [Conv2d(384, 1, Padding = Padding.Same, UseBias = false, Name = "block_10_expand")] public partial Node BlockExpand10 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_10_expand_BN")] public partial Node BlockExpand10BN { get; }

    [Activate(Relu6, Name = "block_10_expand_relu")] public partial Node BlockExpand10Relu { get; }

    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "block_10_depthwise")] public partial Node BlockDepthwise10 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_10_depthwise_BN")] public partial Node BlockDepthwise10BN { get; }

    [Activate(Relu6, Name = "block_10_depthwise_relu")] public partial Node BlockDepthwise10Relu { get; }

    [Conv2d(96, 1, Padding = Padding.Same, UseBias = false, Name = "block_10_project")] public partial Node BlockProject10 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_10_project_BN")] public partial Node BlockProject10BN { get; }

    // Block 11: expansion ×6, stride 1, 96 filters, residual.
    [Conv2d(576, 1, Padding = Padding.Same, UseBias = false, Name = "block_11_expand")] public partial Node BlockExpand11 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_11_expand_BN")] public partial Node BlockExpand11BN { get; }

    [Activate(Relu6, Name = "block_11_expand_relu")] public partial Node BlockExpand11Relu { get; }

    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "block_11_depthwise")] public partial Node BlockDepthwise11 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_11_depthwise_BN")] public partial Node BlockDepthwise11BN { get; }

    [Activate(Relu6, Name = "block_11_depthwise_relu")] public partial Node BlockDepthwise11Relu { get; }

    [Conv2d(96, 1, Padding = Padding.Same, UseBias = false, Name = "block_11_project")] public partial Node BlockProject11 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_11_project_BN")] public partial Node BlockProject11BN { get; }

    [Add(nameof(BlockProject10BN), nameof(BlockProject11BN), Name = "block_11_add")] public partial Node BlockAdd11 { get; }

    // Block 12: expansion ×6, stride 1, 96 filters, residual.
    [Conv2d(576, 1, Padding = Padding.Same, UseBias = false, Name = "block_12_expand")] public partial Node BlockExpand12 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_12_expand_BN")] public partial Node BlockExpand12BN { get; }

    [Activate(Relu6, Name = "block_12_expand_relu")] public partial Node BlockExpand12Relu { get; }

    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "block_12_depthwise")] public partial Node BlockDepthwise12 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_12_depthwise_BN")] public partial Node BlockDepthwise12BN { get; }

    [Activate(Relu6, Name = "block_12_depthwise_relu")] public partial Node BlockDepthwise12Relu { get; }

    [Conv2d(96, 1, Padding = Padding.Same, UseBias = false, Name = "block_12_project")] public partial Node BlockProject12 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_12_project_BN")] public partial Node BlockProject12BN { get; }

    [Add(nameof(BlockAdd11), nameof(BlockProject12BN), Name = "block_12_add")] public partial Node BlockAdd12 { get; }

    // Block 13: expansion ×6, stride 2, 160 filters.
    [Conv2d(576, 1, Padding = Padding.Same, UseBias = false, Name = "block_13_expand")] public partial Node BlockExpand13 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_13_expand_BN")] public partial Node BlockExpand13BN { get; }

    [Activate(Relu6, Name = "block_13_expand_relu")] public partial Node BlockExpand13Relu { get; }

    [ZeroPadding2d(Bottom = 1, Right = 1, Name = "block_13_pad")] public partial Node BlockPad13 { get; }

    [DepthwiseConv2d(3, Stride = 2, UseBias = false, Name = "block_13_depthwise")] public partial Node BlockDepthwise13 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_13_depthwise_BN")] public partial Node BlockDepthwise13BN { get; }

    [Activate(Relu6, Name = "block_13_depthwise_relu")] public partial Node BlockDepthwise13Relu { get; }

    [Conv2d(160, 1, Padding = Padding.Same, UseBias = false, Name = "block_13_project")] public partial Node BlockProject13 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_13_project_BN")] public partial Node BlockProject13BN { get; }

    // Block 14: expansion ×6, stride 1, 160 filters, residual.
    [Conv2d(960, 1, Padding = Padding.Same, UseBias = false, Name = "block_14_expand")] public partial Node BlockExpand14 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_14_expand_BN")] public partial Node BlockExpand14BN { get; }

    [Activate(Relu6, Name = "block_14_expand_relu")] public partial Node BlockExpand14Relu { get; }

    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "block_14_depthwise")] public partial Node BlockDepthwise14 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_14_depthwise_BN")] public partial Node BlockDepthwise14BN { get; }

    [Activate(Relu6, Name = "block_14_depthwise_relu")] public partial Node BlockDepthwise14Relu { get; }

    [Conv2d(160, 1, Padding = Padding.Same, UseBias = false, Name = "block_14_project")] public partial Node BlockProject14 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_14_project_BN")] public partial Node BlockProject14BN { get; }

    [Add(nameof(BlockProject13BN), nameof(BlockProject14BN), Name = "block_14_add")] public partial Node BlockAdd14 { get; }

    // Block 15: expansion ×6, stride 1, 160 filters, residual.
    [Conv2d(960, 1, Padding = Padding.Same, UseBias = false, Name = "block_15_expand")] public partial Node BlockExpand15 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_15_expand_BN")] public partial Node BlockExpand15BN { get; }

    [Activate(Relu6, Name = "block_15_expand_relu")] public partial Node BlockExpand15Relu { get; }

    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "block_15_depthwise")] public partial Node BlockDepthwise15 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_15_depthwise_BN")] public partial Node BlockDepthwise15BN { get; }

    [Activate(Relu6, Name = "block_15_depthwise_relu")] public partial Node BlockDepthwise15Relu { get; }

    [Conv2d(160, 1, Padding = Padding.Same, UseBias = false, Name = "block_15_project")] public partial Node BlockProject15 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_15_project_BN")] public partial Node BlockProject15BN { get; }

    [Add(nameof(BlockAdd14), nameof(BlockProject15BN), Name = "block_15_add")] public partial Node BlockAdd15 { get; }

    // Block 16: expansion ×6, stride 1, 320 filters.
    [Conv2d(960, 1, Padding = Padding.Same, UseBias = false, Name = "block_16_expand")] public partial Node BlockExpand16 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_16_expand_BN")] public partial Node BlockExpand16BN { get; }

    [Activate(Relu6, Name = "block_16_expand_relu")] public partial Node BlockExpand16Relu { get; }

    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "block_16_depthwise")] public partial Node BlockDepthwise16 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_16_depthwise_BN")] public partial Node BlockDepthwise16BN { get; }

    [Activate(Relu6, Name = "block_16_depthwise_relu")] public partial Node BlockDepthwise16Relu { get; }

    [Conv2d(320, 1, Padding = Padding.Same, UseBias = false, Name = "block_16_project")] public partial Node BlockProject16 { get; }

    [BatchNorm(Momentum = 0.999, Name = "block_16_project_BN")] public partial Node BlockProject16BN { get; }

    // Last 1×1 convolution to 1,280 channels.
    [Conv2d(1280, 1, UseBias = false, Name = "Conv_1")] public partial Node Conv1x1 { get; }

    [BatchNorm(Momentum = 0.999, Name = "Conv_1_bn")] public partial Node Conv1x1Bn { get; }

    [Activate(Relu6, Name = "out_relu")]
    [Output]
    public partial Node OutRelu { get; }
}
