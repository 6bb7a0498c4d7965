using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// NASNet-A Mobile (Zoph et al., "Learning Transferable Architectures for Scalable Image Recognition", 2018) without its
/// classifier, as Keras's <c>keras.applications.NASNetMobile(include_top=False)</c> (penultimate filters 1,056, 4 normal
/// cells per stage, stem filters 32, filter multiplier 2, no skip reduction), declared flat. Stem: 3×3/2 "valid" convolution
/// and batch normalization; two stem reduction cells (stem_1, stem_2); 4 normal cells (0–3, 44 filters), reduction cell
/// reduce_4, 4 normal cells (5–8, 88 filters), reduction cell reduce_8, 4 normal cells (9–12, 176 filters) and a ReLU.
/// Each cell follows Keras's <c>_normal_a_cell</c> / <c>_reduction_a_cell</c> with <c>_adjust_block</c> and
/// <c>_separable_conv_block</c> (ReLU, separable convolution, batch normalization, twice; no biases; BatchNormalization
/// momentum 0.9997, epsilon 1e-3); the previous cell's output is adjusted by a factorized reduction (two 1×1/2 average
/// pools, one after ZeroPadding2D(((0, 1), (0, 1))) + Cropping2D(((1, 0), (1, 0))), two 1×1 convolutions, concatenated) or a
/// 1×1 projection where Keras inserts one. Strided separable convolutions and the reduction pools are "valid" after Keras's
/// <c>correct_pad</c> ZeroPadding2D, which depends on the parity of the feature-map size; and Keras's adjust block compares
/// static sizes. The input is therefore fixed at 224×224, the size Keras builds NASNetMobile for. Channels-first; the output
/// is (N, 1056, 7, 7). 4,269,716 parameters, 36,738 of them non-trainable.
/// </summary>
[Model]
public sealed partial class NASNetMobileBase
{
    [Input(3, 224, 224)] public partial Node Image { get; }

    // Stem.
    [Conv2d(32, 3, Stride = 2, UseBias = false, Name = "stem_conv1")] public partial Node StemConv1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "stem_bn1")] public partial Node StemBn1 { get; }

    // Reduction cell stem_1: 11 filters.
    [Activate(Relu)] public partial Node Stem1Relu { get; }

    [Conv2d(11, 1, Padding = Padding.Same, UseBias = false, Name = "reduction_conv_1_stem_1")] public partial Node Stem1Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "reduction_bn_1_stem_1")] public partial Node Stem1Bn { get; }

    [ZeroPadding2d(1, Name = "reduction_pad_1_stem_1")] public partial Node Stem1Pad { get; }

    [Activate(Relu, From = nameof(Stem1Bn))] public partial Node Stem1Left1Relu1 { get; }

    [ZeroPadding2d(2, Name = "separable_conv_1_pad_reduction_left1_stem_1")] public partial Node Stem1Left1Pad { get; }

    [SeparableConv2d(11, 5, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_left1_stem_1")] public partial Node Stem1Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_left1_stem_1")] public partial Node Stem1Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Stem1Left1Relu2 { get; }

    [SeparableConv2d(11, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_left1_stem_1")] public partial Node Stem1Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_left1_stem_1")] public partial Node Stem1Left1Bn2 { get; }

    [Activate(Relu, From = nameof(StemBn1))] public partial Node Stem1Right1Relu1 { get; }

    [ZeroPadding2d(3, Name = "separable_conv_1_pad_reduction_right1_stem_1")] public partial Node Stem1Right1Pad { get; }

    [SeparableConv2d(11, 7, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_right1_stem_1")] public partial Node Stem1Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_right1_stem_1")] public partial Node Stem1Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Stem1Right1Relu2 { get; }

    [SeparableConv2d(11, 7, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_right1_stem_1")] public partial Node Stem1Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_right1_stem_1")] public partial Node Stem1Right1Bn2 { get; }

    [Add(nameof(Stem1Left1Bn2), nameof(Stem1Right1Bn2), Name = "reduction_add_1_stem_1")] public partial Node Stem1Add1 { get; }

    [MaxPool2d(3, Stride = 2, From = nameof(Stem1Pad), Name = "reduction_left2_stem_1")] public partial Node Stem1Left2 { get; }

    [Activate(Relu, From = nameof(StemBn1))] public partial Node Stem1Right2Relu1 { get; }

    [ZeroPadding2d(3, Name = "separable_conv_1_pad_reduction_right2_stem_1")] public partial Node Stem1Right2Pad { get; }

    [SeparableConv2d(11, 7, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_right2_stem_1")] public partial Node Stem1Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_right2_stem_1")] public partial Node Stem1Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Stem1Right2Relu2 { get; }

    [SeparableConv2d(11, 7, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_right2_stem_1")] public partial Node Stem1Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_right2_stem_1")] public partial Node Stem1Right2Bn2 { get; }

    [Add(nameof(Stem1Left2), nameof(Stem1Right2Bn2), Name = "reduction_add_2_stem_1")] public partial Node Stem1Add2 { get; }

    [AvgPool2d(3, Stride = 2, From = nameof(Stem1Pad), Name = "reduction_left3_stem_1")] public partial Node Stem1Left3 { get; }

    [Activate(Relu, From = nameof(StemBn1))] public partial Node Stem1Right3Relu1 { get; }

    [ZeroPadding2d(2, Name = "separable_conv_1_pad_reduction_right3_stem_1")] public partial Node Stem1Right3Pad { get; }

    [SeparableConv2d(11, 5, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_right3_stem_1")] public partial Node Stem1Right3Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_right3_stem_1")] public partial Node Stem1Right3Bn1 { get; }

    [Activate(Relu)] public partial Node Stem1Right3Relu2 { get; }

    [SeparableConv2d(11, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_right3_stem_1")] public partial Node Stem1Right3Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_right3_stem_1")] public partial Node Stem1Right3Bn2 { get; }

    [Add(nameof(Stem1Left3), nameof(Stem1Right3Bn2), Name = "reduction_add3_stem_1")] public partial Node Stem1Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Stem1Add1), Name = "reduction_left4_stem_1")] public partial Node Stem1Left4 { get; }

    [Add(nameof(Stem1Add2), nameof(Stem1Left4))] public partial Node Stem1Add4 { get; }

    [Activate(Relu, From = nameof(Stem1Add1))] public partial Node Stem1Left5Relu1 { get; }

    [SeparableConv2d(11, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_reduction_left4_stem_1")] public partial Node Stem1Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_left4_stem_1")] public partial Node Stem1Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Stem1Left5Relu2 { get; }

    [SeparableConv2d(11, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_left4_stem_1")] public partial Node Stem1Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_left4_stem_1")] public partial Node Stem1Left5Bn2 { get; }

    [MaxPool2d(3, Stride = 2, From = nameof(Stem1Pad), Name = "reduction_right5_stem_1")] public partial Node Stem1Right5 { get; }

    [Add(nameof(Stem1Left5Bn2), nameof(Stem1Right5), Name = "reduction_add4_stem_1")] public partial Node Stem1Add5 { get; }

    [Concatenate(nameof(Stem1Add2), nameof(Stem1Add3), nameof(Stem1Add4), nameof(Stem1Add5), Axis = 1, Name = "reduction_concat_stem_1")] public partial Node Stem1Concat { get; }

    // Reduction cell stem_2: 22 filters.
    [Activate(Relu, From = nameof(StemBn1), Name = "adjust_relu_1_stem_2")] public partial Node Stem2AdjustRelu { get; }

    [AvgPool2d(1, Stride = 2, Name = "adjust_avg_pool_1_stem_2")] public partial Node Stem2AdjustPool1 { get; }

    [Conv2d(11, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_1_stem_2")] public partial Node Stem2AdjustConv1 { get; }

    [ZeroPadding2d(Bottom = 1, Right = 1, From = nameof(Stem2AdjustRelu))] public partial Node Stem2AdjustPad { get; }

    [Cropping2d(Top = 1, Left = 1)] public partial Node Stem2AdjustCrop { get; }

    [AvgPool2d(1, Stride = 2, Name = "adjust_avg_pool_2_stem_2")] public partial Node Stem2AdjustPool2 { get; }

    [Conv2d(11, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_2_stem_2")] public partial Node Stem2AdjustConv2 { get; }

    [Concatenate(nameof(Stem2AdjustConv1), nameof(Stem2AdjustConv2), Axis = 1)] public partial Node Stem2AdjustConcat { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "adjust_bn_stem_2")] public partial Node Stem2AdjustBn { get; }

    [Activate(Relu, From = nameof(Stem1Concat))] public partial Node Stem2Relu { get; }

    [Conv2d(22, 1, Padding = Padding.Same, UseBias = false, Name = "reduction_conv_1_stem_2")] public partial Node Stem2Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "reduction_bn_1_stem_2")] public partial Node Stem2Bn { get; }

    [ZeroPadding2d(Bottom = 1, Right = 1, Name = "reduction_pad_1_stem_2")] public partial Node Stem2Pad { get; }

    [Activate(Relu, From = nameof(Stem2Bn))] public partial Node Stem2Left1Relu1 { get; }

    [ZeroPadding2d(Top = 1, Bottom = 2, Left = 1, Right = 2, Name = "separable_conv_1_pad_reduction_left1_stem_2")] public partial Node Stem2Left1Pad { get; }

    [SeparableConv2d(22, 5, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_left1_stem_2")] public partial Node Stem2Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_left1_stem_2")] public partial Node Stem2Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Stem2Left1Relu2 { get; }

    [SeparableConv2d(22, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_left1_stem_2")] public partial Node Stem2Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_left1_stem_2")] public partial Node Stem2Left1Bn2 { get; }

    [Activate(Relu, From = nameof(Stem2AdjustBn))] public partial Node Stem2Right1Relu1 { get; }

    [ZeroPadding2d(Top = 2, Bottom = 3, Left = 2, Right = 3, Name = "separable_conv_1_pad_reduction_right1_stem_2")] public partial Node Stem2Right1Pad { get; }

    [SeparableConv2d(22, 7, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_right1_stem_2")] public partial Node Stem2Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_right1_stem_2")] public partial Node Stem2Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Stem2Right1Relu2 { get; }

    [SeparableConv2d(22, 7, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_right1_stem_2")] public partial Node Stem2Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_right1_stem_2")] public partial Node Stem2Right1Bn2 { get; }

    [Add(nameof(Stem2Left1Bn2), nameof(Stem2Right1Bn2), Name = "reduction_add_1_stem_2")] public partial Node Stem2Add1 { get; }

    [MaxPool2d(3, Stride = 2, From = nameof(Stem2Pad), Name = "reduction_left2_stem_2")] public partial Node Stem2Left2 { get; }

    [Activate(Relu, From = nameof(Stem2AdjustBn))] public partial Node Stem2Right2Relu1 { get; }

    [ZeroPadding2d(Top = 2, Bottom = 3, Left = 2, Right = 3, Name = "separable_conv_1_pad_reduction_right2_stem_2")] public partial Node Stem2Right2Pad { get; }

    [SeparableConv2d(22, 7, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_right2_stem_2")] public partial Node Stem2Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_right2_stem_2")] public partial Node Stem2Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Stem2Right2Relu2 { get; }

    [SeparableConv2d(22, 7, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_right2_stem_2")] public partial Node Stem2Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_right2_stem_2")] public partial Node Stem2Right2Bn2 { get; }

    [Add(nameof(Stem2Left2), nameof(Stem2Right2Bn2), Name = "reduction_add_2_stem_2")] public partial Node Stem2Add2 { get; }

    [AvgPool2d(3, Stride = 2, From = nameof(Stem2Pad), Name = "reduction_left3_stem_2")] public partial Node Stem2Left3 { get; }

    [Activate(Relu, From = nameof(Stem2AdjustBn))] public partial Node Stem2Right3Relu1 { get; }

    [ZeroPadding2d(Top = 1, Bottom = 2, Left = 1, Right = 2, Name = "separable_conv_1_pad_reduction_right3_stem_2")] public partial Node Stem2Right3Pad { get; }

    [SeparableConv2d(22, 5, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_right3_stem_2")] public partial Node Stem2Right3Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_right3_stem_2")] public partial Node Stem2Right3Bn1 { get; }

    [Activate(Relu)] public partial Node Stem2Right3Relu2 { get; }

    [SeparableConv2d(22, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_right3_stem_2")] public partial Node Stem2Right3Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_right3_stem_2")] public partial Node Stem2Right3Bn2 { get; }

    [Add(nameof(Stem2Left3), nameof(Stem2Right3Bn2), Name = "reduction_add3_stem_2")] public partial Node Stem2Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Stem2Add1), Name = "reduction_left4_stem_2")] public partial Node Stem2Left4 { get; }

    [Add(nameof(Stem2Add2), nameof(Stem2Left4))] public partial Node Stem2Add4 { get; }

    [Activate(Relu, From = nameof(Stem2Add1))] public partial Node Stem2Left5Relu1 { get; }

    [SeparableConv2d(22, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_reduction_left4_stem_2")] public partial Node Stem2Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_left4_stem_2")] public partial Node Stem2Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Stem2Left5Relu2 { get; }

    [SeparableConv2d(22, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_left4_stem_2")] public partial Node Stem2Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_left4_stem_2")] public partial Node Stem2Left5Bn2 { get; }

    [MaxPool2d(3, Stride = 2, From = nameof(Stem2Pad), Name = "reduction_right5_stem_2")] public partial Node Stem2Right5 { get; }

    [Add(nameof(Stem2Left5Bn2), nameof(Stem2Right5), Name = "reduction_add4_stem_2")] public partial Node Stem2Add5 { get; }

    [Concatenate(nameof(Stem2Add2), nameof(Stem2Add3), nameof(Stem2Add4), nameof(Stem2Add5), Axis = 1, Name = "reduction_concat_stem_2")] public partial Node Stem2Concat { get; }

    // Normal cell 0: 44 filters.
    [Activate(Relu, From = nameof(Stem1Concat), Name = "adjust_relu_1_0")] public partial Node Normal0AdjustRelu { get; }

    [AvgPool2d(1, Stride = 2, Name = "adjust_avg_pool_1_0")] public partial Node Normal0AdjustPool1 { get; }

    [Conv2d(22, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_1_0")] public partial Node Normal0AdjustConv1 { get; }

    [ZeroPadding2d(Bottom = 1, Right = 1, From = nameof(Normal0AdjustRelu))] public partial Node Normal0AdjustPad { get; }

    [Cropping2d(Top = 1, Left = 1)] public partial Node Normal0AdjustCrop { get; }

    [AvgPool2d(1, Stride = 2, Name = "adjust_avg_pool_2_0")] public partial Node Normal0AdjustPool2 { get; }

    [Conv2d(22, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_2_0")] public partial Node Normal0AdjustConv2 { get; }

    [Concatenate(nameof(Normal0AdjustConv1), nameof(Normal0AdjustConv2), Axis = 1)] public partial Node Normal0AdjustConcat { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "adjust_bn_0")] public partial Node Normal0AdjustBn { get; }

    [Activate(Relu, From = nameof(Stem2Concat))] public partial Node Normal0Relu { get; }

    [Conv2d(44, 1, Padding = Padding.Same, UseBias = false, Name = "normal_conv_1_0")] public partial Node Normal0Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "normal_bn_1_0")] public partial Node Normal0Bn { get; }

    [Activate(Relu)] public partial Node Normal0Left1Relu1 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left1_0")] public partial Node Normal0Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left1_0")] public partial Node Normal0Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal0Left1Relu2 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left1_0")] public partial Node Normal0Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left1_0")] public partial Node Normal0Left1Bn2 { get; }

    [Activate(Relu, From = nameof(Normal0AdjustBn))] public partial Node Normal0Right1Relu1 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right1_0")] public partial Node Normal0Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right1_0")] public partial Node Normal0Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal0Right1Relu2 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right1_0")] public partial Node Normal0Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right1_0")] public partial Node Normal0Right1Bn2 { get; }

    [Add(nameof(Normal0Left1Bn2), nameof(Normal0Right1Bn2), Name = "normal_add_1_0")] public partial Node Normal0Add1 { get; }

    [Activate(Relu, From = nameof(Normal0AdjustBn))] public partial Node Normal0Left2Relu1 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left2_0")] public partial Node Normal0Left2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left2_0")] public partial Node Normal0Left2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal0Left2Relu2 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left2_0")] public partial Node Normal0Left2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left2_0")] public partial Node Normal0Left2Bn2 { get; }

    [Activate(Relu, From = nameof(Normal0AdjustBn))] public partial Node Normal0Right2Relu1 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right2_0")] public partial Node Normal0Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right2_0")] public partial Node Normal0Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal0Right2Relu2 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right2_0")] public partial Node Normal0Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right2_0")] public partial Node Normal0Right2Bn2 { get; }

    [Add(nameof(Normal0Left2Bn2), nameof(Normal0Right2Bn2), Name = "normal_add_2_0")] public partial Node Normal0Add2 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal0Bn), Name = "normal_left3_0")] public partial Node Normal0Left3 { get; }

    [Add(nameof(Normal0Left3), nameof(Normal0AdjustBn), Name = "normal_add_3_0")] public partial Node Normal0Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal0AdjustBn), Name = "normal_left4_0")] public partial Node Normal0Left4 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal0AdjustBn), Name = "normal_right4_0")] public partial Node Normal0Right4 { get; }

    [Add(nameof(Normal0Left4), nameof(Normal0Right4), Name = "normal_add_4_0")] public partial Node Normal0Add4 { get; }

    [Activate(Relu, From = nameof(Normal0Bn))] public partial Node Normal0Left5Relu1 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left5_0")] public partial Node Normal0Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left5_0")] public partial Node Normal0Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Normal0Left5Relu2 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left5_0")] public partial Node Normal0Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left5_0")] public partial Node Normal0Left5Bn2 { get; }

    [Add(nameof(Normal0Left5Bn2), nameof(Normal0Bn), Name = "normal_add_5_0")] public partial Node Normal0Add5 { get; }

    [Concatenate(nameof(Normal0AdjustBn), nameof(Normal0Add1), nameof(Normal0Add2), nameof(Normal0Add3), nameof(Normal0Add4), nameof(Normal0Add5), Axis = 1, Name = "normal_concat_0")] public partial Node Normal0Concat { get; }

    // Normal cell 1: 44 filters.
    [Activate(Relu, From = nameof(Stem2Concat))] public partial Node Normal1AdjustRelu { get; }

    [Conv2d(44, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_projection_1")] public partial Node Normal1AdjustProjection { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "adjust_bn_1")] public partial Node Normal1AdjustBn { get; }

    [Activate(Relu, From = nameof(Normal0Concat))] public partial Node Normal1Relu { get; }

    [Conv2d(44, 1, Padding = Padding.Same, UseBias = false, Name = "normal_conv_1_1")] public partial Node Normal1Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "normal_bn_1_1")] public partial Node Normal1Bn { get; }

    [Activate(Relu)] public partial Node Normal1Left1Relu1 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left1_1")] public partial Node Normal1Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left1_1")] public partial Node Normal1Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal1Left1Relu2 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left1_1")] public partial Node Normal1Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left1_1")] public partial Node Normal1Left1Bn2 { get; }

    [Activate(Relu, From = nameof(Normal1AdjustBn))] public partial Node Normal1Right1Relu1 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right1_1")] public partial Node Normal1Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right1_1")] public partial Node Normal1Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal1Right1Relu2 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right1_1")] public partial Node Normal1Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right1_1")] public partial Node Normal1Right1Bn2 { get; }

    [Add(nameof(Normal1Left1Bn2), nameof(Normal1Right1Bn2), Name = "normal_add_1_1")] public partial Node Normal1Add1 { get; }

    [Activate(Relu, From = nameof(Normal1AdjustBn))] public partial Node Normal1Left2Relu1 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left2_1")] public partial Node Normal1Left2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left2_1")] public partial Node Normal1Left2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal1Left2Relu2 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left2_1")] public partial Node Normal1Left2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left2_1")] public partial Node Normal1Left2Bn2 { get; }

    [Activate(Relu, From = nameof(Normal1AdjustBn))] public partial Node Normal1Right2Relu1 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right2_1")] public partial Node Normal1Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right2_1")] public partial Node Normal1Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal1Right2Relu2 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right2_1")] public partial Node Normal1Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right2_1")] public partial Node Normal1Right2Bn2 { get; }

    [Add(nameof(Normal1Left2Bn2), nameof(Normal1Right2Bn2), Name = "normal_add_2_1")] public partial Node Normal1Add2 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal1Bn), Name = "normal_left3_1")] public partial Node Normal1Left3 { get; }

    [Add(nameof(Normal1Left3), nameof(Normal1AdjustBn), Name = "normal_add_3_1")] public partial Node Normal1Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal1AdjustBn), Name = "normal_left4_1")] public partial Node Normal1Left4 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal1AdjustBn), Name = "normal_right4_1")] public partial Node Normal1Right4 { get; }

    [Add(nameof(Normal1Left4), nameof(Normal1Right4), Name = "normal_add_4_1")] public partial Node Normal1Add4 { get; }

    [Activate(Relu, From = nameof(Normal1Bn))] public partial Node Normal1Left5Relu1 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left5_1")] public partial Node Normal1Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left5_1")] public partial Node Normal1Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Normal1Left5Relu2 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left5_1")] public partial Node Normal1Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left5_1")] public partial Node Normal1Left5Bn2 { get; }

    [Add(nameof(Normal1Left5Bn2), nameof(Normal1Bn), Name = "normal_add_5_1")] public partial Node Normal1Add5 { get; }

    [Concatenate(nameof(Normal1AdjustBn), nameof(Normal1Add1), nameof(Normal1Add2), nameof(Normal1Add3), nameof(Normal1Add4), nameof(Normal1Add5), Axis = 1, Name = "normal_concat_1")] public partial Node Normal1Concat { get; }

    // Normal cell 2: 44 filters.
    [Activate(Relu, From = nameof(Normal0Concat))] public partial Node Normal2AdjustRelu { get; }

    [Conv2d(44, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_projection_2")] public partial Node Normal2AdjustProjection { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "adjust_bn_2")] public partial Node Normal2AdjustBn { get; }

    [Activate(Relu, From = nameof(Normal1Concat))] public partial Node Normal2Relu { get; }

    [Conv2d(44, 1, Padding = Padding.Same, UseBias = false, Name = "normal_conv_1_2")] public partial Node Normal2Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "normal_bn_1_2")] public partial Node Normal2Bn { get; }

    [Activate(Relu)] public partial Node Normal2Left1Relu1 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left1_2")] public partial Node Normal2Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left1_2")] public partial Node Normal2Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal2Left1Relu2 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left1_2")] public partial Node Normal2Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left1_2")] public partial Node Normal2Left1Bn2 { get; }

    [Activate(Relu, From = nameof(Normal2AdjustBn))] public partial Node Normal2Right1Relu1 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right1_2")] public partial Node Normal2Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right1_2")] public partial Node Normal2Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal2Right1Relu2 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right1_2")] public partial Node Normal2Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right1_2")] public partial Node Normal2Right1Bn2 { get; }

    [Add(nameof(Normal2Left1Bn2), nameof(Normal2Right1Bn2), Name = "normal_add_1_2")] public partial Node Normal2Add1 { get; }

    [Activate(Relu, From = nameof(Normal2AdjustBn))] public partial Node Normal2Left2Relu1 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left2_2")] public partial Node Normal2Left2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left2_2")] public partial Node Normal2Left2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal2Left2Relu2 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left2_2")] public partial Node Normal2Left2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left2_2")] public partial Node Normal2Left2Bn2 { get; }

    [Activate(Relu, From = nameof(Normal2AdjustBn))] public partial Node Normal2Right2Relu1 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right2_2")] public partial Node Normal2Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right2_2")] public partial Node Normal2Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal2Right2Relu2 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right2_2")] public partial Node Normal2Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right2_2")] public partial Node Normal2Right2Bn2 { get; }

    [Add(nameof(Normal2Left2Bn2), nameof(Normal2Right2Bn2), Name = "normal_add_2_2")] public partial Node Normal2Add2 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal2Bn), Name = "normal_left3_2")] public partial Node Normal2Left3 { get; }

    [Add(nameof(Normal2Left3), nameof(Normal2AdjustBn), Name = "normal_add_3_2")] public partial Node Normal2Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal2AdjustBn), Name = "normal_left4_2")] public partial Node Normal2Left4 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal2AdjustBn), Name = "normal_right4_2")] public partial Node Normal2Right4 { get; }

    [Add(nameof(Normal2Left4), nameof(Normal2Right4), Name = "normal_add_4_2")] public partial Node Normal2Add4 { get; }

    [Activate(Relu, From = nameof(Normal2Bn))] public partial Node Normal2Left5Relu1 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left5_2")] public partial Node Normal2Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left5_2")] public partial Node Normal2Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Normal2Left5Relu2 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left5_2")] public partial Node Normal2Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left5_2")] public partial Node Normal2Left5Bn2 { get; }

    [Add(nameof(Normal2Left5Bn2), nameof(Normal2Bn), Name = "normal_add_5_2")] public partial Node Normal2Add5 { get; }

    [Concatenate(nameof(Normal2AdjustBn), nameof(Normal2Add1), nameof(Normal2Add2), nameof(Normal2Add3), nameof(Normal2Add4), nameof(Normal2Add5), Axis = 1, Name = "normal_concat_2")] public partial Node Normal2Concat { get; }

    // Normal cell 3: 44 filters.
    [Activate(Relu, From = nameof(Normal1Concat))] public partial Node Normal3AdjustRelu { get; }

    [Conv2d(44, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_projection_3")] public partial Node Normal3AdjustProjection { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "adjust_bn_3")] public partial Node Normal3AdjustBn { get; }

    [Activate(Relu, From = nameof(Normal2Concat))] public partial Node Normal3Relu { get; }

    [Conv2d(44, 1, Padding = Padding.Same, UseBias = false, Name = "normal_conv_1_3")] public partial Node Normal3Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "normal_bn_1_3")] public partial Node Normal3Bn { get; }

    [Activate(Relu)] public partial Node Normal3Left1Relu1 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left1_3")] public partial Node Normal3Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left1_3")] public partial Node Normal3Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal3Left1Relu2 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left1_3")] public partial Node Normal3Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left1_3")] public partial Node Normal3Left1Bn2 { get; }

    [Activate(Relu, From = nameof(Normal3AdjustBn))] public partial Node Normal3Right1Relu1 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right1_3")] public partial Node Normal3Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right1_3")] public partial Node Normal3Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal3Right1Relu2 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right1_3")] public partial Node Normal3Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right1_3")] public partial Node Normal3Right1Bn2 { get; }

    [Add(nameof(Normal3Left1Bn2), nameof(Normal3Right1Bn2), Name = "normal_add_1_3")] public partial Node Normal3Add1 { get; }

    [Activate(Relu, From = nameof(Normal3AdjustBn))] public partial Node Normal3Left2Relu1 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left2_3")] public partial Node Normal3Left2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left2_3")] public partial Node Normal3Left2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal3Left2Relu2 { get; }

    [SeparableConv2d(44, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left2_3")] public partial Node Normal3Left2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left2_3")] public partial Node Normal3Left2Bn2 { get; }

    [Activate(Relu, From = nameof(Normal3AdjustBn))] public partial Node Normal3Right2Relu1 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right2_3")] public partial Node Normal3Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right2_3")] public partial Node Normal3Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal3Right2Relu2 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right2_3")] public partial Node Normal3Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right2_3")] public partial Node Normal3Right2Bn2 { get; }

    [Add(nameof(Normal3Left2Bn2), nameof(Normal3Right2Bn2), Name = "normal_add_2_3")] public partial Node Normal3Add2 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal3Bn), Name = "normal_left3_3")] public partial Node Normal3Left3 { get; }

    [Add(nameof(Normal3Left3), nameof(Normal3AdjustBn), Name = "normal_add_3_3")] public partial Node Normal3Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal3AdjustBn), Name = "normal_left4_3")] public partial Node Normal3Left4 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal3AdjustBn), Name = "normal_right4_3")] public partial Node Normal3Right4 { get; }

    [Add(nameof(Normal3Left4), nameof(Normal3Right4), Name = "normal_add_4_3")] public partial Node Normal3Add4 { get; }

    [Activate(Relu, From = nameof(Normal3Bn))] public partial Node Normal3Left5Relu1 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left5_3")] public partial Node Normal3Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left5_3")] public partial Node Normal3Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Normal3Left5Relu2 { get; }

    [SeparableConv2d(44, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left5_3")] public partial Node Normal3Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left5_3")] public partial Node Normal3Left5Bn2 { get; }

    [Add(nameof(Normal3Left5Bn2), nameof(Normal3Bn), Name = "normal_add_5_3")] public partial Node Normal3Add5 { get; }

    [Concatenate(nameof(Normal3AdjustBn), nameof(Normal3Add1), nameof(Normal3Add2), nameof(Normal3Add3), nameof(Normal3Add4), nameof(Normal3Add5), Axis = 1, Name = "normal_concat_3")] public partial Node Normal3Concat { get; }

    // Reduction cell reduce_4: 88 filters.
    [Activate(Relu, From = nameof(Normal2Concat))] public partial Node Reduce4AdjustRelu { get; }

    [Conv2d(88, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_projection_reduce_4")] public partial Node Reduce4AdjustProjection { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "adjust_bn_reduce_4")] public partial Node Reduce4AdjustBn { get; }

    [Activate(Relu, From = nameof(Normal3Concat))] public partial Node Reduce4Relu { get; }

    [Conv2d(88, 1, Padding = Padding.Same, UseBias = false, Name = "reduction_conv_1_reduce_4")] public partial Node Reduce4Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "reduction_bn_1_reduce_4")] public partial Node Reduce4Bn { get; }

    [ZeroPadding2d(Bottom = 1, Right = 1, Name = "reduction_pad_1_reduce_4")] public partial Node Reduce4Pad { get; }

    [Activate(Relu, From = nameof(Reduce4Bn))] public partial Node Reduce4Left1Relu1 { get; }

    [ZeroPadding2d(Top = 1, Bottom = 2, Left = 1, Right = 2, Name = "separable_conv_1_pad_reduction_left1_reduce_4")] public partial Node Reduce4Left1Pad { get; }

    [SeparableConv2d(88, 5, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_left1_reduce_4")] public partial Node Reduce4Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_left1_reduce_4")] public partial Node Reduce4Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Reduce4Left1Relu2 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_left1_reduce_4")] public partial Node Reduce4Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_left1_reduce_4")] public partial Node Reduce4Left1Bn2 { get; }

    [Activate(Relu, From = nameof(Reduce4AdjustBn))] public partial Node Reduce4Right1Relu1 { get; }

    [ZeroPadding2d(Top = 2, Bottom = 3, Left = 2, Right = 3, Name = "separable_conv_1_pad_reduction_right1_reduce_4")] public partial Node Reduce4Right1Pad { get; }

    [SeparableConv2d(88, 7, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_right1_reduce_4")] public partial Node Reduce4Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_right1_reduce_4")] public partial Node Reduce4Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Reduce4Right1Relu2 { get; }

    [SeparableConv2d(88, 7, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_right1_reduce_4")] public partial Node Reduce4Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_right1_reduce_4")] public partial Node Reduce4Right1Bn2 { get; }

    [Add(nameof(Reduce4Left1Bn2), nameof(Reduce4Right1Bn2), Name = "reduction_add_1_reduce_4")] public partial Node Reduce4Add1 { get; }

    [MaxPool2d(3, Stride = 2, From = nameof(Reduce4Pad), Name = "reduction_left2_reduce_4")] public partial Node Reduce4Left2 { get; }

    [Activate(Relu, From = nameof(Reduce4AdjustBn))] public partial Node Reduce4Right2Relu1 { get; }

    [ZeroPadding2d(Top = 2, Bottom = 3, Left = 2, Right = 3, Name = "separable_conv_1_pad_reduction_right2_reduce_4")] public partial Node Reduce4Right2Pad { get; }

    [SeparableConv2d(88, 7, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_right2_reduce_4")] public partial Node Reduce4Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_right2_reduce_4")] public partial Node Reduce4Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Reduce4Right2Relu2 { get; }

    [SeparableConv2d(88, 7, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_right2_reduce_4")] public partial Node Reduce4Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_right2_reduce_4")] public partial Node Reduce4Right2Bn2 { get; }

    [Add(nameof(Reduce4Left2), nameof(Reduce4Right2Bn2), Name = "reduction_add_2_reduce_4")] public partial Node Reduce4Add2 { get; }

    [AvgPool2d(3, Stride = 2, From = nameof(Reduce4Pad), Name = "reduction_left3_reduce_4")] public partial Node Reduce4Left3 { get; }

    [Activate(Relu, From = nameof(Reduce4AdjustBn))] public partial Node Reduce4Right3Relu1 { get; }

    [ZeroPadding2d(Top = 1, Bottom = 2, Left = 1, Right = 2, Name = "separable_conv_1_pad_reduction_right3_reduce_4")] public partial Node Reduce4Right3Pad { get; }

    [SeparableConv2d(88, 5, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_right3_reduce_4")] public partial Node Reduce4Right3Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_right3_reduce_4")] public partial Node Reduce4Right3Bn1 { get; }

    [Activate(Relu)] public partial Node Reduce4Right3Relu2 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_right3_reduce_4")] public partial Node Reduce4Right3Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_right3_reduce_4")] public partial Node Reduce4Right3Bn2 { get; }

    [Add(nameof(Reduce4Left3), nameof(Reduce4Right3Bn2), Name = "reduction_add3_reduce_4")] public partial Node Reduce4Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Reduce4Add1), Name = "reduction_left4_reduce_4")] public partial Node Reduce4Left4 { get; }

    [Add(nameof(Reduce4Add2), nameof(Reduce4Left4))] public partial Node Reduce4Add4 { get; }

    [Activate(Relu, From = nameof(Reduce4Add1))] public partial Node Reduce4Left5Relu1 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_reduction_left4_reduce_4")] public partial Node Reduce4Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_left4_reduce_4")] public partial Node Reduce4Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Reduce4Left5Relu2 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_left4_reduce_4")] public partial Node Reduce4Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_left4_reduce_4")] public partial Node Reduce4Left5Bn2 { get; }

    [MaxPool2d(3, Stride = 2, From = nameof(Reduce4Pad), Name = "reduction_right5_reduce_4")] public partial Node Reduce4Right5 { get; }

    [Add(nameof(Reduce4Left5Bn2), nameof(Reduce4Right5), Name = "reduction_add4_reduce_4")] public partial Node Reduce4Add5 { get; }

    [Concatenate(nameof(Reduce4Add2), nameof(Reduce4Add3), nameof(Reduce4Add4), nameof(Reduce4Add5), Axis = 1, Name = "reduction_concat_reduce_4")] public partial Node Reduce4Concat { get; }

    // Normal cell 5: 88 filters.
    [Activate(Relu, From = nameof(Normal3Concat), Name = "adjust_relu_1_5")] public partial Node Normal5AdjustRelu { get; }

    [AvgPool2d(1, Stride = 2, Name = "adjust_avg_pool_1_5")] public partial Node Normal5AdjustPool1 { get; }

    [Conv2d(44, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_1_5")] public partial Node Normal5AdjustConv1 { get; }

    [ZeroPadding2d(Bottom = 1, Right = 1, From = nameof(Normal5AdjustRelu))] public partial Node Normal5AdjustPad { get; }

    [Cropping2d(Top = 1, Left = 1)] public partial Node Normal5AdjustCrop { get; }

    [AvgPool2d(1, Stride = 2, Name = "adjust_avg_pool_2_5")] public partial Node Normal5AdjustPool2 { get; }

    [Conv2d(44, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_2_5")] public partial Node Normal5AdjustConv2 { get; }

    [Concatenate(nameof(Normal5AdjustConv1), nameof(Normal5AdjustConv2), Axis = 1)] public partial Node Normal5AdjustConcat { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "adjust_bn_5")] public partial Node Normal5AdjustBn { get; }

    [Activate(Relu, From = nameof(Reduce4Concat))] public partial Node Normal5Relu { get; }

    [Conv2d(88, 1, Padding = Padding.Same, UseBias = false, Name = "normal_conv_1_5")] public partial Node Normal5Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "normal_bn_1_5")] public partial Node Normal5Bn { get; }

    [Activate(Relu)] public partial Node Normal5Left1Relu1 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left1_5")] public partial Node Normal5Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left1_5")] public partial Node Normal5Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal5Left1Relu2 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left1_5")] public partial Node Normal5Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left1_5")] public partial Node Normal5Left1Bn2 { get; }

    [Activate(Relu, From = nameof(Normal5AdjustBn))] public partial Node Normal5Right1Relu1 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right1_5")] public partial Node Normal5Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right1_5")] public partial Node Normal5Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal5Right1Relu2 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right1_5")] public partial Node Normal5Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right1_5")] public partial Node Normal5Right1Bn2 { get; }

    [Add(nameof(Normal5Left1Bn2), nameof(Normal5Right1Bn2), Name = "normal_add_1_5")] public partial Node Normal5Add1 { get; }

    [Activate(Relu, From = nameof(Normal5AdjustBn))] public partial Node Normal5Left2Relu1 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left2_5")] public partial Node Normal5Left2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left2_5")] public partial Node Normal5Left2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal5Left2Relu2 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left2_5")] public partial Node Normal5Left2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left2_5")] public partial Node Normal5Left2Bn2 { get; }

    [Activate(Relu, From = nameof(Normal5AdjustBn))] public partial Node Normal5Right2Relu1 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right2_5")] public partial Node Normal5Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right2_5")] public partial Node Normal5Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal5Right2Relu2 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right2_5")] public partial Node Normal5Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right2_5")] public partial Node Normal5Right2Bn2 { get; }

    [Add(nameof(Normal5Left2Bn2), nameof(Normal5Right2Bn2), Name = "normal_add_2_5")] public partial Node Normal5Add2 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal5Bn), Name = "normal_left3_5")] public partial Node Normal5Left3 { get; }

    [Add(nameof(Normal5Left3), nameof(Normal5AdjustBn), Name = "normal_add_3_5")] public partial Node Normal5Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal5AdjustBn), Name = "normal_left4_5")] public partial Node Normal5Left4 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal5AdjustBn), Name = "normal_right4_5")] public partial Node Normal5Right4 { get; }

    [Add(nameof(Normal5Left4), nameof(Normal5Right4), Name = "normal_add_4_5")] public partial Node Normal5Add4 { get; }

    [Activate(Relu, From = nameof(Normal5Bn))] public partial Node Normal5Left5Relu1 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left5_5")] public partial Node Normal5Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left5_5")] public partial Node Normal5Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Normal5Left5Relu2 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left5_5")] public partial Node Normal5Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left5_5")] public partial Node Normal5Left5Bn2 { get; }

    [Add(nameof(Normal5Left5Bn2), nameof(Normal5Bn), Name = "normal_add_5_5")] public partial Node Normal5Add5 { get; }

    [Concatenate(nameof(Normal5AdjustBn), nameof(Normal5Add1), nameof(Normal5Add2), nameof(Normal5Add3), nameof(Normal5Add4), nameof(Normal5Add5), Axis = 1, Name = "normal_concat_5")] public partial Node Normal5Concat { get; }

    // Normal cell 6: 88 filters.
    [Activate(Relu, From = nameof(Reduce4Concat))] public partial Node Normal6AdjustRelu { get; }

    [Conv2d(88, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_projection_6")] public partial Node Normal6AdjustProjection { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "adjust_bn_6")] public partial Node Normal6AdjustBn { get; }

    [Activate(Relu, From = nameof(Normal5Concat))] public partial Node Normal6Relu { get; }

    [Conv2d(88, 1, Padding = Padding.Same, UseBias = false, Name = "normal_conv_1_6")] public partial Node Normal6Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "normal_bn_1_6")] public partial Node Normal6Bn { get; }

    [Activate(Relu)] public partial Node Normal6Left1Relu1 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left1_6")] public partial Node Normal6Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left1_6")] public partial Node Normal6Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal6Left1Relu2 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left1_6")] public partial Node Normal6Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left1_6")] public partial Node Normal6Left1Bn2 { get; }

    [Activate(Relu, From = nameof(Normal6AdjustBn))] public partial Node Normal6Right1Relu1 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right1_6")] public partial Node Normal6Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right1_6")] public partial Node Normal6Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal6Right1Relu2 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right1_6")] public partial Node Normal6Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right1_6")] public partial Node Normal6Right1Bn2 { get; }

    [Add(nameof(Normal6Left1Bn2), nameof(Normal6Right1Bn2), Name = "normal_add_1_6")] public partial Node Normal6Add1 { get; }

    [Activate(Relu, From = nameof(Normal6AdjustBn))] public partial Node Normal6Left2Relu1 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left2_6")] public partial Node Normal6Left2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left2_6")] public partial Node Normal6Left2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal6Left2Relu2 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left2_6")] public partial Node Normal6Left2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left2_6")] public partial Node Normal6Left2Bn2 { get; }

    [Activate(Relu, From = nameof(Normal6AdjustBn))] public partial Node Normal6Right2Relu1 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right2_6")] public partial Node Normal6Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right2_6")] public partial Node Normal6Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal6Right2Relu2 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right2_6")] public partial Node Normal6Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right2_6")] public partial Node Normal6Right2Bn2 { get; }

    [Add(nameof(Normal6Left2Bn2), nameof(Normal6Right2Bn2), Name = "normal_add_2_6")] public partial Node Normal6Add2 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal6Bn), Name = "normal_left3_6")] public partial Node Normal6Left3 { get; }

    [Add(nameof(Normal6Left3), nameof(Normal6AdjustBn), Name = "normal_add_3_6")] public partial Node Normal6Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal6AdjustBn), Name = "normal_left4_6")] public partial Node Normal6Left4 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal6AdjustBn), Name = "normal_right4_6")] public partial Node Normal6Right4 { get; }

    [Add(nameof(Normal6Left4), nameof(Normal6Right4), Name = "normal_add_4_6")] public partial Node Normal6Add4 { get; }

    [Activate(Relu, From = nameof(Normal6Bn))] public partial Node Normal6Left5Relu1 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left5_6")] public partial Node Normal6Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left5_6")] public partial Node Normal6Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Normal6Left5Relu2 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left5_6")] public partial Node Normal6Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left5_6")] public partial Node Normal6Left5Bn2 { get; }

    [Add(nameof(Normal6Left5Bn2), nameof(Normal6Bn), Name = "normal_add_5_6")] public partial Node Normal6Add5 { get; }

    [Concatenate(nameof(Normal6AdjustBn), nameof(Normal6Add1), nameof(Normal6Add2), nameof(Normal6Add3), nameof(Normal6Add4), nameof(Normal6Add5), Axis = 1, Name = "normal_concat_6")] public partial Node Normal6Concat { get; }

    // Normal cell 7: 88 filters.
    [Activate(Relu, From = nameof(Normal5Concat))] public partial Node Normal7AdjustRelu { get; }

    [Conv2d(88, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_projection_7")] public partial Node Normal7AdjustProjection { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "adjust_bn_7")] public partial Node Normal7AdjustBn { get; }

    [Activate(Relu, From = nameof(Normal6Concat))] public partial Node Normal7Relu { get; }

    [Conv2d(88, 1, Padding = Padding.Same, UseBias = false, Name = "normal_conv_1_7")] public partial Node Normal7Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "normal_bn_1_7")] public partial Node Normal7Bn { get; }

    [Activate(Relu)] public partial Node Normal7Left1Relu1 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left1_7")] public partial Node Normal7Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left1_7")] public partial Node Normal7Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal7Left1Relu2 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left1_7")] public partial Node Normal7Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left1_7")] public partial Node Normal7Left1Bn2 { get; }

    [Activate(Relu, From = nameof(Normal7AdjustBn))] public partial Node Normal7Right1Relu1 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right1_7")] public partial Node Normal7Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right1_7")] public partial Node Normal7Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal7Right1Relu2 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right1_7")] public partial Node Normal7Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right1_7")] public partial Node Normal7Right1Bn2 { get; }

    [Add(nameof(Normal7Left1Bn2), nameof(Normal7Right1Bn2), Name = "normal_add_1_7")] public partial Node Normal7Add1 { get; }

    [Activate(Relu, From = nameof(Normal7AdjustBn))] public partial Node Normal7Left2Relu1 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left2_7")] public partial Node Normal7Left2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left2_7")] public partial Node Normal7Left2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal7Left2Relu2 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left2_7")] public partial Node Normal7Left2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left2_7")] public partial Node Normal7Left2Bn2 { get; }

    [Activate(Relu, From = nameof(Normal7AdjustBn))] public partial Node Normal7Right2Relu1 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right2_7")] public partial Node Normal7Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right2_7")] public partial Node Normal7Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal7Right2Relu2 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right2_7")] public partial Node Normal7Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right2_7")] public partial Node Normal7Right2Bn2 { get; }

    [Add(nameof(Normal7Left2Bn2), nameof(Normal7Right2Bn2), Name = "normal_add_2_7")] public partial Node Normal7Add2 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal7Bn), Name = "normal_left3_7")] public partial Node Normal7Left3 { get; }

    [Add(nameof(Normal7Left3), nameof(Normal7AdjustBn), Name = "normal_add_3_7")] public partial Node Normal7Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal7AdjustBn), Name = "normal_left4_7")] public partial Node Normal7Left4 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal7AdjustBn), Name = "normal_right4_7")] public partial Node Normal7Right4 { get; }

    [Add(nameof(Normal7Left4), nameof(Normal7Right4), Name = "normal_add_4_7")] public partial Node Normal7Add4 { get; }

    [Activate(Relu, From = nameof(Normal7Bn))] public partial Node Normal7Left5Relu1 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left5_7")] public partial Node Normal7Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left5_7")] public partial Node Normal7Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Normal7Left5Relu2 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left5_7")] public partial Node Normal7Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left5_7")] public partial Node Normal7Left5Bn2 { get; }

    [Add(nameof(Normal7Left5Bn2), nameof(Normal7Bn), Name = "normal_add_5_7")] public partial Node Normal7Add5 { get; }

    [Concatenate(nameof(Normal7AdjustBn), nameof(Normal7Add1), nameof(Normal7Add2), nameof(Normal7Add3), nameof(Normal7Add4), nameof(Normal7Add5), Axis = 1, Name = "normal_concat_7")] public partial Node Normal7Concat { get; }

    // Normal cell 8: 88 filters.
    [Activate(Relu, From = nameof(Normal6Concat))] public partial Node Normal8AdjustRelu { get; }

    [Conv2d(88, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_projection_8")] public partial Node Normal8AdjustProjection { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "adjust_bn_8")] public partial Node Normal8AdjustBn { get; }

    [Activate(Relu, From = nameof(Normal7Concat))] public partial Node Normal8Relu { get; }

    [Conv2d(88, 1, Padding = Padding.Same, UseBias = false, Name = "normal_conv_1_8")] public partial Node Normal8Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "normal_bn_1_8")] public partial Node Normal8Bn { get; }

    [Activate(Relu)] public partial Node Normal8Left1Relu1 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left1_8")] public partial Node Normal8Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left1_8")] public partial Node Normal8Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal8Left1Relu2 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left1_8")] public partial Node Normal8Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left1_8")] public partial Node Normal8Left1Bn2 { get; }

    [Activate(Relu, From = nameof(Normal8AdjustBn))] public partial Node Normal8Right1Relu1 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right1_8")] public partial Node Normal8Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right1_8")] public partial Node Normal8Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal8Right1Relu2 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right1_8")] public partial Node Normal8Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right1_8")] public partial Node Normal8Right1Bn2 { get; }

    [Add(nameof(Normal8Left1Bn2), nameof(Normal8Right1Bn2), Name = "normal_add_1_8")] public partial Node Normal8Add1 { get; }

    [Activate(Relu, From = nameof(Normal8AdjustBn))] public partial Node Normal8Left2Relu1 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left2_8")] public partial Node Normal8Left2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left2_8")] public partial Node Normal8Left2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal8Left2Relu2 { get; }

    [SeparableConv2d(88, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left2_8")] public partial Node Normal8Left2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left2_8")] public partial Node Normal8Left2Bn2 { get; }

    [Activate(Relu, From = nameof(Normal8AdjustBn))] public partial Node Normal8Right2Relu1 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right2_8")] public partial Node Normal8Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right2_8")] public partial Node Normal8Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal8Right2Relu2 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right2_8")] public partial Node Normal8Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right2_8")] public partial Node Normal8Right2Bn2 { get; }

    [Add(nameof(Normal8Left2Bn2), nameof(Normal8Right2Bn2), Name = "normal_add_2_8")] public partial Node Normal8Add2 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal8Bn), Name = "normal_left3_8")] public partial Node Normal8Left3 { get; }

    [Add(nameof(Normal8Left3), nameof(Normal8AdjustBn), Name = "normal_add_3_8")] public partial Node Normal8Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal8AdjustBn), Name = "normal_left4_8")] public partial Node Normal8Left4 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal8AdjustBn), Name = "normal_right4_8")] public partial Node Normal8Right4 { get; }

    [Add(nameof(Normal8Left4), nameof(Normal8Right4), Name = "normal_add_4_8")] public partial Node Normal8Add4 { get; }

    [Activate(Relu, From = nameof(Normal8Bn))] public partial Node Normal8Left5Relu1 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left5_8")] public partial Node Normal8Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left5_8")] public partial Node Normal8Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Normal8Left5Relu2 { get; }

    [SeparableConv2d(88, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left5_8")] public partial Node Normal8Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left5_8")] public partial Node Normal8Left5Bn2 { get; }

    [Add(nameof(Normal8Left5Bn2), nameof(Normal8Bn), Name = "normal_add_5_8")] public partial Node Normal8Add5 { get; }

    [Concatenate(nameof(Normal8AdjustBn), nameof(Normal8Add1), nameof(Normal8Add2), nameof(Normal8Add3), nameof(Normal8Add4), nameof(Normal8Add5), Axis = 1, Name = "normal_concat_8")] public partial Node Normal8Concat { get; }

    // Reduction cell reduce_8: 176 filters.
    [Activate(Relu, From = nameof(Normal7Concat))] public partial Node Reduce8AdjustRelu { get; }

    [Conv2d(176, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_projection_reduce_8")] public partial Node Reduce8AdjustProjection { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "adjust_bn_reduce_8")] public partial Node Reduce8AdjustBn { get; }

    [Activate(Relu, From = nameof(Normal8Concat))] public partial Node Reduce8Relu { get; }

    [Conv2d(176, 1, Padding = Padding.Same, UseBias = false, Name = "reduction_conv_1_reduce_8")] public partial Node Reduce8Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "reduction_bn_1_reduce_8")] public partial Node Reduce8Bn { get; }

    [ZeroPadding2d(Bottom = 1, Right = 1, Name = "reduction_pad_1_reduce_8")] public partial Node Reduce8Pad { get; }

    [Activate(Relu, From = nameof(Reduce8Bn))] public partial Node Reduce8Left1Relu1 { get; }

    [ZeroPadding2d(Top = 1, Bottom = 2, Left = 1, Right = 2, Name = "separable_conv_1_pad_reduction_left1_reduce_8")] public partial Node Reduce8Left1Pad { get; }

    [SeparableConv2d(176, 5, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_left1_reduce_8")] public partial Node Reduce8Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_left1_reduce_8")] public partial Node Reduce8Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Reduce8Left1Relu2 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_left1_reduce_8")] public partial Node Reduce8Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_left1_reduce_8")] public partial Node Reduce8Left1Bn2 { get; }

    [Activate(Relu, From = nameof(Reduce8AdjustBn))] public partial Node Reduce8Right1Relu1 { get; }

    [ZeroPadding2d(Top = 2, Bottom = 3, Left = 2, Right = 3, Name = "separable_conv_1_pad_reduction_right1_reduce_8")] public partial Node Reduce8Right1Pad { get; }

    [SeparableConv2d(176, 7, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_right1_reduce_8")] public partial Node Reduce8Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_right1_reduce_8")] public partial Node Reduce8Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Reduce8Right1Relu2 { get; }

    [SeparableConv2d(176, 7, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_right1_reduce_8")] public partial Node Reduce8Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_right1_reduce_8")] public partial Node Reduce8Right1Bn2 { get; }

    [Add(nameof(Reduce8Left1Bn2), nameof(Reduce8Right1Bn2), Name = "reduction_add_1_reduce_8")] public partial Node Reduce8Add1 { get; }

    [MaxPool2d(3, Stride = 2, From = nameof(Reduce8Pad), Name = "reduction_left2_reduce_8")] public partial Node Reduce8Left2 { get; }

    [Activate(Relu, From = nameof(Reduce8AdjustBn))] public partial Node Reduce8Right2Relu1 { get; }

    [ZeroPadding2d(Top = 2, Bottom = 3, Left = 2, Right = 3, Name = "separable_conv_1_pad_reduction_right2_reduce_8")] public partial Node Reduce8Right2Pad { get; }

    [SeparableConv2d(176, 7, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_right2_reduce_8")] public partial Node Reduce8Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_right2_reduce_8")] public partial Node Reduce8Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Reduce8Right2Relu2 { get; }

    [SeparableConv2d(176, 7, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_right2_reduce_8")] public partial Node Reduce8Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_right2_reduce_8")] public partial Node Reduce8Right2Bn2 { get; }

    [Add(nameof(Reduce8Left2), nameof(Reduce8Right2Bn2), Name = "reduction_add_2_reduce_8")] public partial Node Reduce8Add2 { get; }

    [AvgPool2d(3, Stride = 2, From = nameof(Reduce8Pad), Name = "reduction_left3_reduce_8")] public partial Node Reduce8Left3 { get; }

    [Activate(Relu, From = nameof(Reduce8AdjustBn))] public partial Node Reduce8Right3Relu1 { get; }

    [ZeroPadding2d(Top = 1, Bottom = 2, Left = 1, Right = 2, Name = "separable_conv_1_pad_reduction_right3_reduce_8")] public partial Node Reduce8Right3Pad { get; }

    [SeparableConv2d(176, 5, Stride = 2, UseBias = false, Name = "separable_conv_1_reduction_right3_reduce_8")] public partial Node Reduce8Right3Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_right3_reduce_8")] public partial Node Reduce8Right3Bn1 { get; }

    [Activate(Relu)] public partial Node Reduce8Right3Relu2 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_right3_reduce_8")] public partial Node Reduce8Right3Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_right3_reduce_8")] public partial Node Reduce8Right3Bn2 { get; }

    [Add(nameof(Reduce8Left3), nameof(Reduce8Right3Bn2), Name = "reduction_add3_reduce_8")] public partial Node Reduce8Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Reduce8Add1), Name = "reduction_left4_reduce_8")] public partial Node Reduce8Left4 { get; }

    [Add(nameof(Reduce8Add2), nameof(Reduce8Left4))] public partial Node Reduce8Add4 { get; }

    [Activate(Relu, From = nameof(Reduce8Add1))] public partial Node Reduce8Left5Relu1 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_reduction_left4_reduce_8")] public partial Node Reduce8Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_reduction_left4_reduce_8")] public partial Node Reduce8Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Reduce8Left5Relu2 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_reduction_left4_reduce_8")] public partial Node Reduce8Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_reduction_left4_reduce_8")] public partial Node Reduce8Left5Bn2 { get; }

    [MaxPool2d(3, Stride = 2, From = nameof(Reduce8Pad), Name = "reduction_right5_reduce_8")] public partial Node Reduce8Right5 { get; }

    [Add(nameof(Reduce8Left5Bn2), nameof(Reduce8Right5), Name = "reduction_add4_reduce_8")] public partial Node Reduce8Add5 { get; }

    [Concatenate(nameof(Reduce8Add2), nameof(Reduce8Add3), nameof(Reduce8Add4), nameof(Reduce8Add5), Axis = 1, Name = "reduction_concat_reduce_8")] public partial Node Reduce8Concat { get; }

    // Normal cell 9: 176 filters.
    [Activate(Relu, From = nameof(Normal8Concat), Name = "adjust_relu_1_9")] public partial Node Normal9AdjustRelu { get; }

    [AvgPool2d(1, Stride = 2, Name = "adjust_avg_pool_1_9")] public partial Node Normal9AdjustPool1 { get; }

    [Conv2d(88, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_1_9")] public partial Node Normal9AdjustConv1 { get; }

    [ZeroPadding2d(Bottom = 1, Right = 1, From = nameof(Normal9AdjustRelu))] public partial Node Normal9AdjustPad { get; }

    [Cropping2d(Top = 1, Left = 1)] public partial Node Normal9AdjustCrop { get; }

    [AvgPool2d(1, Stride = 2, Name = "adjust_avg_pool_2_9")] public partial Node Normal9AdjustPool2 { get; }

    [Conv2d(88, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_2_9")] public partial Node Normal9AdjustConv2 { get; }

    [Concatenate(nameof(Normal9AdjustConv1), nameof(Normal9AdjustConv2), Axis = 1)] public partial Node Normal9AdjustConcat { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "adjust_bn_9")] public partial Node Normal9AdjustBn { get; }

    [Activate(Relu, From = nameof(Reduce8Concat))] public partial Node Normal9Relu { get; }

    [Conv2d(176, 1, Padding = Padding.Same, UseBias = false, Name = "normal_conv_1_9")] public partial Node Normal9Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "normal_bn_1_9")] public partial Node Normal9Bn { get; }

    [Activate(Relu)] public partial Node Normal9Left1Relu1 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left1_9")] public partial Node Normal9Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left1_9")] public partial Node Normal9Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal9Left1Relu2 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left1_9")] public partial Node Normal9Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left1_9")] public partial Node Normal9Left1Bn2 { get; }

    [Activate(Relu, From = nameof(Normal9AdjustBn))] public partial Node Normal9Right1Relu1 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right1_9")] public partial Node Normal9Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right1_9")] public partial Node Normal9Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal9Right1Relu2 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right1_9")] public partial Node Normal9Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right1_9")] public partial Node Normal9Right1Bn2 { get; }

    [Add(nameof(Normal9Left1Bn2), nameof(Normal9Right1Bn2), Name = "normal_add_1_9")] public partial Node Normal9Add1 { get; }

    [Activate(Relu, From = nameof(Normal9AdjustBn))] public partial Node Normal9Left2Relu1 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left2_9")] public partial Node Normal9Left2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left2_9")] public partial Node Normal9Left2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal9Left2Relu2 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left2_9")] public partial Node Normal9Left2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left2_9")] public partial Node Normal9Left2Bn2 { get; }

    [Activate(Relu, From = nameof(Normal9AdjustBn))] public partial Node Normal9Right2Relu1 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right2_9")] public partial Node Normal9Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right2_9")] public partial Node Normal9Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal9Right2Relu2 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right2_9")] public partial Node Normal9Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right2_9")] public partial Node Normal9Right2Bn2 { get; }

    [Add(nameof(Normal9Left2Bn2), nameof(Normal9Right2Bn2), Name = "normal_add_2_9")] public partial Node Normal9Add2 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal9Bn), Name = "normal_left3_9")] public partial Node Normal9Left3 { get; }

    [Add(nameof(Normal9Left3), nameof(Normal9AdjustBn), Name = "normal_add_3_9")] public partial Node Normal9Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal9AdjustBn), Name = "normal_left4_9")] public partial Node Normal9Left4 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal9AdjustBn), Name = "normal_right4_9")] public partial Node Normal9Right4 { get; }

    [Add(nameof(Normal9Left4), nameof(Normal9Right4), Name = "normal_add_4_9")] public partial Node Normal9Add4 { get; }

    [Activate(Relu, From = nameof(Normal9Bn))] public partial Node Normal9Left5Relu1 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left5_9")] public partial Node Normal9Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left5_9")] public partial Node Normal9Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Normal9Left5Relu2 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left5_9")] public partial Node Normal9Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left5_9")] public partial Node Normal9Left5Bn2 { get; }

    [Add(nameof(Normal9Left5Bn2), nameof(Normal9Bn), Name = "normal_add_5_9")] public partial Node Normal9Add5 { get; }

    [Concatenate(nameof(Normal9AdjustBn), nameof(Normal9Add1), nameof(Normal9Add2), nameof(Normal9Add3), nameof(Normal9Add4), nameof(Normal9Add5), Axis = 1, Name = "normal_concat_9")] public partial Node Normal9Concat { get; }

    // Normal cell 10: 176 filters.
    [Activate(Relu, From = nameof(Reduce8Concat))] public partial Node Normal10AdjustRelu { get; }

    [Conv2d(176, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_projection_10")] public partial Node Normal10AdjustProjection { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "adjust_bn_10")] public partial Node Normal10AdjustBn { get; }

    [Activate(Relu, From = nameof(Normal9Concat))] public partial Node Normal10Relu { get; }

    [Conv2d(176, 1, Padding = Padding.Same, UseBias = false, Name = "normal_conv_1_10")] public partial Node Normal10Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "normal_bn_1_10")] public partial Node Normal10Bn { get; }

    [Activate(Relu)] public partial Node Normal10Left1Relu1 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left1_10")] public partial Node Normal10Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left1_10")] public partial Node Normal10Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal10Left1Relu2 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left1_10")] public partial Node Normal10Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left1_10")] public partial Node Normal10Left1Bn2 { get; }

    [Activate(Relu, From = nameof(Normal10AdjustBn))] public partial Node Normal10Right1Relu1 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right1_10")] public partial Node Normal10Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right1_10")] public partial Node Normal10Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal10Right1Relu2 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right1_10")] public partial Node Normal10Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right1_10")] public partial Node Normal10Right1Bn2 { get; }

    [Add(nameof(Normal10Left1Bn2), nameof(Normal10Right1Bn2), Name = "normal_add_1_10")] public partial Node Normal10Add1 { get; }

    [Activate(Relu, From = nameof(Normal10AdjustBn))] public partial Node Normal10Left2Relu1 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left2_10")] public partial Node Normal10Left2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left2_10")] public partial Node Normal10Left2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal10Left2Relu2 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left2_10")] public partial Node Normal10Left2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left2_10")] public partial Node Normal10Left2Bn2 { get; }

    [Activate(Relu, From = nameof(Normal10AdjustBn))] public partial Node Normal10Right2Relu1 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right2_10")] public partial Node Normal10Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right2_10")] public partial Node Normal10Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal10Right2Relu2 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right2_10")] public partial Node Normal10Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right2_10")] public partial Node Normal10Right2Bn2 { get; }

    [Add(nameof(Normal10Left2Bn2), nameof(Normal10Right2Bn2), Name = "normal_add_2_10")] public partial Node Normal10Add2 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal10Bn), Name = "normal_left3_10")] public partial Node Normal10Left3 { get; }

    [Add(nameof(Normal10Left3), nameof(Normal10AdjustBn), Name = "normal_add_3_10")] public partial Node Normal10Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal10AdjustBn), Name = "normal_left4_10")] public partial Node Normal10Left4 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal10AdjustBn), Name = "normal_right4_10")] public partial Node Normal10Right4 { get; }

    [Add(nameof(Normal10Left4), nameof(Normal10Right4), Name = "normal_add_4_10")] public partial Node Normal10Add4 { get; }

    [Activate(Relu, From = nameof(Normal10Bn))] public partial Node Normal10Left5Relu1 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left5_10")] public partial Node Normal10Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left5_10")] public partial Node Normal10Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Normal10Left5Relu2 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left5_10")] public partial Node Normal10Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left5_10")] public partial Node Normal10Left5Bn2 { get; }

    [Add(nameof(Normal10Left5Bn2), nameof(Normal10Bn), Name = "normal_add_5_10")] public partial Node Normal10Add5 { get; }

    [Concatenate(nameof(Normal10AdjustBn), nameof(Normal10Add1), nameof(Normal10Add2), nameof(Normal10Add3), nameof(Normal10Add4), nameof(Normal10Add5), Axis = 1, Name = "normal_concat_10")] public partial Node Normal10Concat { get; }

    // Normal cell 11: 176 filters.
    [Activate(Relu, From = nameof(Normal9Concat))] public partial Node Normal11AdjustRelu { get; }

    [Conv2d(176, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_projection_11")] public partial Node Normal11AdjustProjection { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "adjust_bn_11")] public partial Node Normal11AdjustBn { get; }

    [Activate(Relu, From = nameof(Normal10Concat))] public partial Node Normal11Relu { get; }

    [Conv2d(176, 1, Padding = Padding.Same, UseBias = false, Name = "normal_conv_1_11")] public partial Node Normal11Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "normal_bn_1_11")] public partial Node Normal11Bn { get; }

    [Activate(Relu)] public partial Node Normal11Left1Relu1 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left1_11")] public partial Node Normal11Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left1_11")] public partial Node Normal11Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal11Left1Relu2 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left1_11")] public partial Node Normal11Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left1_11")] public partial Node Normal11Left1Bn2 { get; }

    [Activate(Relu, From = nameof(Normal11AdjustBn))] public partial Node Normal11Right1Relu1 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right1_11")] public partial Node Normal11Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right1_11")] public partial Node Normal11Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal11Right1Relu2 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right1_11")] public partial Node Normal11Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right1_11")] public partial Node Normal11Right1Bn2 { get; }

    [Add(nameof(Normal11Left1Bn2), nameof(Normal11Right1Bn2), Name = "normal_add_1_11")] public partial Node Normal11Add1 { get; }

    [Activate(Relu, From = nameof(Normal11AdjustBn))] public partial Node Normal11Left2Relu1 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left2_11")] public partial Node Normal11Left2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left2_11")] public partial Node Normal11Left2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal11Left2Relu2 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left2_11")] public partial Node Normal11Left2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left2_11")] public partial Node Normal11Left2Bn2 { get; }

    [Activate(Relu, From = nameof(Normal11AdjustBn))] public partial Node Normal11Right2Relu1 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right2_11")] public partial Node Normal11Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right2_11")] public partial Node Normal11Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal11Right2Relu2 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right2_11")] public partial Node Normal11Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right2_11")] public partial Node Normal11Right2Bn2 { get; }

    [Add(nameof(Normal11Left2Bn2), nameof(Normal11Right2Bn2), Name = "normal_add_2_11")] public partial Node Normal11Add2 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal11Bn), Name = "normal_left3_11")] public partial Node Normal11Left3 { get; }

    [Add(nameof(Normal11Left3), nameof(Normal11AdjustBn), Name = "normal_add_3_11")] public partial Node Normal11Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal11AdjustBn), Name = "normal_left4_11")] public partial Node Normal11Left4 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal11AdjustBn), Name = "normal_right4_11")] public partial Node Normal11Right4 { get; }

    [Add(nameof(Normal11Left4), nameof(Normal11Right4), Name = "normal_add_4_11")] public partial Node Normal11Add4 { get; }

    [Activate(Relu, From = nameof(Normal11Bn))] public partial Node Normal11Left5Relu1 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left5_11")] public partial Node Normal11Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left5_11")] public partial Node Normal11Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Normal11Left5Relu2 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left5_11")] public partial Node Normal11Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left5_11")] public partial Node Normal11Left5Bn2 { get; }

    [Add(nameof(Normal11Left5Bn2), nameof(Normal11Bn), Name = "normal_add_5_11")] public partial Node Normal11Add5 { get; }

    [Concatenate(nameof(Normal11AdjustBn), nameof(Normal11Add1), nameof(Normal11Add2), nameof(Normal11Add3), nameof(Normal11Add4), nameof(Normal11Add5), Axis = 1, Name = "normal_concat_11")] public partial Node Normal11Concat { get; }

    // Normal cell 12: 176 filters.
    [Activate(Relu, From = nameof(Normal10Concat))] public partial Node Normal12AdjustRelu { get; }

    [Conv2d(176, 1, Padding = Padding.Same, UseBias = false, Name = "adjust_conv_projection_12")] public partial Node Normal12AdjustProjection { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "adjust_bn_12")] public partial Node Normal12AdjustBn { get; }

    [Activate(Relu, From = nameof(Normal11Concat))] public partial Node Normal12Relu { get; }

    [Conv2d(176, 1, Padding = Padding.Same, UseBias = false, Name = "normal_conv_1_12")] public partial Node Normal12Conv { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "normal_bn_1_12")] public partial Node Normal12Bn { get; }

    [Activate(Relu)] public partial Node Normal12Left1Relu1 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left1_12")] public partial Node Normal12Left1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left1_12")] public partial Node Normal12Left1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal12Left1Relu2 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left1_12")] public partial Node Normal12Left1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left1_12")] public partial Node Normal12Left1Bn2 { get; }

    [Activate(Relu, From = nameof(Normal12AdjustBn))] public partial Node Normal12Right1Relu1 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right1_12")] public partial Node Normal12Right1Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right1_12")] public partial Node Normal12Right1Bn1 { get; }

    [Activate(Relu)] public partial Node Normal12Right1Relu2 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right1_12")] public partial Node Normal12Right1Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right1_12")] public partial Node Normal12Right1Bn2 { get; }

    [Add(nameof(Normal12Left1Bn2), nameof(Normal12Right1Bn2), Name = "normal_add_1_12")] public partial Node Normal12Add1 { get; }

    [Activate(Relu, From = nameof(Normal12AdjustBn))] public partial Node Normal12Left2Relu1 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left2_12")] public partial Node Normal12Left2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left2_12")] public partial Node Normal12Left2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal12Left2Relu2 { get; }

    [SeparableConv2d(176, 5, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left2_12")] public partial Node Normal12Left2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left2_12")] public partial Node Normal12Left2Bn2 { get; }

    [Activate(Relu, From = nameof(Normal12AdjustBn))] public partial Node Normal12Right2Relu1 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_right2_12")] public partial Node Normal12Right2Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_right2_12")] public partial Node Normal12Right2Bn1 { get; }

    [Activate(Relu)] public partial Node Normal12Right2Relu2 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_right2_12")] public partial Node Normal12Right2Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_right2_12")] public partial Node Normal12Right2Bn2 { get; }

    [Add(nameof(Normal12Left2Bn2), nameof(Normal12Right2Bn2), Name = "normal_add_2_12")] public partial Node Normal12Add2 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal12Bn), Name = "normal_left3_12")] public partial Node Normal12Left3 { get; }

    [Add(nameof(Normal12Left3), nameof(Normal12AdjustBn), Name = "normal_add_3_12")] public partial Node Normal12Add3 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal12AdjustBn), Name = "normal_left4_12")] public partial Node Normal12Left4 { get; }

    [AvgPool2d(3, Stride = 1, Padding = Padding.Same, From = nameof(Normal12AdjustBn), Name = "normal_right4_12")] public partial Node Normal12Right4 { get; }

    [Add(nameof(Normal12Left4), nameof(Normal12Right4), Name = "normal_add_4_12")] public partial Node Normal12Add4 { get; }

    [Activate(Relu, From = nameof(Normal12Bn))] public partial Node Normal12Left5Relu1 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_1_normal_left5_12")] public partial Node Normal12Left5Sep1 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_1_bn_normal_left5_12")] public partial Node Normal12Left5Bn1 { get; }

    [Activate(Relu)] public partial Node Normal12Left5Relu2 { get; }

    [SeparableConv2d(176, 3, Padding = Padding.Same, UseBias = false, Name = "separable_conv_2_normal_left5_12")] public partial Node Normal12Left5Sep2 { get; }

    [BatchNorm(Momentum = 0.9997, Epsilon = 0.001, Name = "separable_conv_2_bn_normal_left5_12")] public partial Node Normal12Left5Bn2 { get; }

    [Add(nameof(Normal12Left5Bn2), nameof(Normal12Bn), Name = "normal_add_5_12")] public partial Node Normal12Add5 { get; }

    [Concatenate(nameof(Normal12AdjustBn), nameof(Normal12Add1), nameof(Normal12Add2), nameof(Normal12Add3), nameof(Normal12Add4), nameof(Normal12Add5), Axis = 1, Name = "normal_concat_12")] public partial Node Normal12Concat { get; }

    [Activate(Relu)]
    [Output]
    public partial Node FinalRelu { get; }
}
