using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// MobileNet (Howard et al., "MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications", 2017)
/// without its classifier, as Keras's <c>keras.applications.MobileNet(include_top=False)</c> with alpha 1 and depth
/// multiplier 1, declared flat with Keras's layer names: a 3×3/2 "same" convolution (conv1) and 13 depthwise-separable
/// blocks (3×3 depthwise, batch normalization, ReLU6, 1×1 pointwise, batch normalization, ReLU6; no biases; Keras's default
/// BatchNormalization momentum 0.99, epsilon 1e-3). Strided blocks (2, 4, 6, 12) pad one row and column after the input
/// (ZeroPadding2D(((0, 1), (0, 1)))) and use a "valid" depthwise convolution, as Keras. Channels-first; for a 224×224 image
/// the output is (N, 1024, 7, 7). 3,228,864 parameters, 21,888 of them non-trainable.
/// </summary>
[Model]
public sealed partial class MobileNetBase
{
    [Input(3, "H", "W")] public partial Node Image { get; }

    // Stem.
    [Conv2d(32, 3, Stride = 2, Padding = Padding.Same, UseBias = false, Name = "conv1")] public partial Node Conv1 { get; }

    [BatchNorm(Name = "conv1_bn")] public partial Node Conv1Bn { get; }

    [Activate(Relu6, Name = "conv1_relu")] public partial Node Conv1Relu { get; }

    // Block 1: depthwise 3×3, pointwise to 64.
    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "conv_dw_1")] public partial Node ConvDw1 { get; }

    [BatchNorm(Name = "conv_dw_1_bn")] public partial Node ConvDwBn1 { get; }

    [Activate(Relu6, Name = "conv_dw_1_relu")] public partial Node ConvDwRelu1 { get; }

    [Conv2d(64, 1, Padding = Padding.Same, UseBias = false, Name = "conv_pw_1")] public partial Node ConvPw1 { get; }

    [BatchNorm(Name = "conv_pw_1_bn")] public partial Node ConvPwBn1 { get; }

    [Activate(Relu6, Name = "conv_pw_1_relu")] public partial Node ConvPwRelu1 { get; }

    // Block 2: depthwise 3×3/2, pointwise to 128.
    [ZeroPadding2d(Bottom = 1, Right = 1, Name = "conv_pad_2")] public partial Node ConvPad2 { get; }

    [DepthwiseConv2d(3, Stride = 2, UseBias = false, Name = "conv_dw_2")] public partial Node ConvDw2 { get; }

    [BatchNorm(Name = "conv_dw_2_bn")] public partial Node ConvDwBn2 { get; }

    [Activate(Relu6, Name = "conv_dw_2_relu")] public partial Node ConvDwRelu2 { get; }

    [Conv2d(128, 1, Padding = Padding.Same, UseBias = false, Name = "conv_pw_2")] public partial Node ConvPw2 { get; }

    [BatchNorm(Name = "conv_pw_2_bn")] public partial Node ConvPwBn2 { get; }

    [Activate(Relu6, Name = "conv_pw_2_relu")] public partial Node ConvPwRelu2 { get; }

    // Block 3: depthwise 3×3, pointwise to 128.
    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "conv_dw_3")] public partial Node ConvDw3 { get; }

    [BatchNorm(Name = "conv_dw_3_bn")] public partial Node ConvDwBn3 { get; }

    [Activate(Relu6, Name = "conv_dw_3_relu")] public partial Node ConvDwRelu3 { get; }

    [Conv2d(128, 1, Padding = Padding.Same, UseBias = false, Name = "conv_pw_3")] public partial Node ConvPw3 { get; }

    [BatchNorm(Name = "conv_pw_3_bn")] public partial Node ConvPwBn3 { get; }

    [Activate(Relu6, Name = "conv_pw_3_relu")] public partial Node ConvPwRelu3 { get; }

    // Block 4: depthwise 3×3/2, pointwise to 256.
    [ZeroPadding2d(Bottom = 1, Right = 1, Name = "conv_pad_4")] public partial Node ConvPad4 { get; }

    [DepthwiseConv2d(3, Stride = 2, UseBias = false, Name = "conv_dw_4")] public partial Node ConvDw4 { get; }

    [BatchNorm(Name = "conv_dw_4_bn")] public partial Node ConvDwBn4 { get; }

    [Activate(Relu6, Name = "conv_dw_4_relu")] public partial Node ConvDwRelu4 { get; }

    [Conv2d(256, 1, Padding = Padding.Same, UseBias = false, Name = "conv_pw_4")] public partial Node ConvPw4 { get; }

    [BatchNorm(Name = "conv_pw_4_bn")] public partial Node ConvPwBn4 { get; }

    [Activate(Relu6, Name = "conv_pw_4_relu")] public partial Node ConvPwRelu4 { get; }

    // Block 5: depthwise 3×3, pointwise to 256.
    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "conv_dw_5")] public partial Node ConvDw5 { get; }

    [BatchNorm(Name = "conv_dw_5_bn")] public partial Node ConvDwBn5 { get; }

    [Activate(Relu6, Name = "conv_dw_5_relu")] public partial Node ConvDwRelu5 { get; }

    [Conv2d(256, 1, Padding = Padding.Same, UseBias = false, Name = "conv_pw_5")] public partial Node ConvPw5 { get; }

    [BatchNorm(Name = "conv_pw_5_bn")] public partial Node ConvPwBn5 { get; }

    [Activate(Relu6, Name = "conv_pw_5_relu")] public partial Node ConvPwRelu5 { get; }

    // Block 6: depthwise 3×3/2, pointwise to 512.
    [ZeroPadding2d(Bottom = 1, Right = 1, Name = "conv_pad_6")] public partial Node ConvPad6 { get; }

    [DepthwiseConv2d(3, Stride = 2, UseBias = false, Name = "conv_dw_6")] public partial Node ConvDw6 { get; }

    [BatchNorm(Name = "conv_dw_6_bn")] public partial Node ConvDwBn6 { get; }

    [Activate(Relu6, Name = "conv_dw_6_relu")] public partial Node ConvDwRelu6 { get; }

    [Conv2d(512, 1, Padding = Padding.Same, UseBias = false, Name = "conv_pw_6")] public partial Node ConvPw6 { get; }

    [BatchNorm(Name = "conv_pw_6_bn")] public partial Node ConvPwBn6 { get; }

    [Activate(Relu6, Name = "conv_pw_6_relu")] public partial Node ConvPwRelu6 { get; }

    // Block 7: depthwise 3×3, pointwise to 512.
    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "conv_dw_7")] public partial Node ConvDw7 { get; }

    [BatchNorm(Name = "conv_dw_7_bn")] public partial Node ConvDwBn7 { get; }

    [Activate(Relu6, Name = "conv_dw_7_relu")] public partial Node ConvDwRelu7 { get; }

    [Conv2d(512, 1, Padding = Padding.Same, UseBias = false, Name = "conv_pw_7")] public partial Node ConvPw7 { get; }

    [BatchNorm(Name = "conv_pw_7_bn")] public partial Node ConvPwBn7 { get; }

    [Activate(Relu6, Name = "conv_pw_7_relu")] public partial Node ConvPwRelu7 { get; }

    // Block 8: depthwise 3×3, pointwise to 512.
    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "conv_dw_8")] public partial Node ConvDw8 { get; }

    [BatchNorm(Name = "conv_dw_8_bn")] public partial Node ConvDwBn8 { get; }

    [Activate(Relu6, Name = "conv_dw_8_relu")] public partial Node ConvDwRelu8 { get; }

    [Conv2d(512, 1, Padding = Padding.Same, UseBias = false, Name = "conv_pw_8")] public partial Node ConvPw8 { get; }

    [BatchNorm(Name = "conv_pw_8_bn")] public partial Node ConvPwBn8 { get; }

    [Activate(Relu6, Name = "conv_pw_8_relu")] public partial Node ConvPwRelu8 { get; }

    // Block 9: depthwise 3×3, pointwise to 512.
    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "conv_dw_9")] public partial Node ConvDw9 { get; }

    [BatchNorm(Name = "conv_dw_9_bn")] public partial Node ConvDwBn9 { get; }

    [Activate(Relu6, Name = "conv_dw_9_relu")] public partial Node ConvDwRelu9 { get; }

    [Conv2d(512, 1, Padding = Padding.Same, UseBias = false, Name = "conv_pw_9")] public partial Node ConvPw9 { get; }

    [BatchNorm(Name = "conv_pw_9_bn")] public partial Node ConvPwBn9 { get; }

    [Activate(Relu6, Name = "conv_pw_9_relu")] public partial Node ConvPwRelu9 { get; }

    // Block 10: depthwise 3×3, pointwise to 512.
    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "conv_dw_10")] public partial Node ConvDw10 { get; }

    [BatchNorm(Name = "conv_dw_10_bn")] public partial Node ConvDwBn10 { get; }

    [Activate(Relu6, Name = "conv_dw_10_relu")] public partial Node ConvDwRelu10 { get; }

    [Conv2d(512, 1, Padding = Padding.Same, UseBias = false, Name = "conv_pw_10")] public partial Node ConvPw10 { get; }

    [BatchNorm(Name = "conv_pw_10_bn")] public partial Node ConvPwBn10 { get; }

    [Activate(Relu6, Name = "conv_pw_10_relu")] public partial Node ConvPwRelu10 { get; }

    // Block 11: depthwise 3×3, pointwise to 512.
    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "conv_dw_11")] public partial Node ConvDw11 { get; }

    [BatchNorm(Name = "conv_dw_11_bn")] public partial Node ConvDwBn11 { get; }

    [Activate(Relu6, Name = "conv_dw_11_relu")] public partial Node ConvDwRelu11 { get; }

    [Conv2d(512, 1, Padding = Padding.Same, UseBias = false, Name = "conv_pw_11")] public partial Node ConvPw11 { get; }

    [BatchNorm(Name = "conv_pw_11_bn")] public partial Node ConvPwBn11 { get; }

    [Activate(Relu6, Name = "conv_pw_11_relu")] public partial Node ConvPwRelu11 { get; }

    // Block 12: depthwise 3×3/2, pointwise to 1024.
    [ZeroPadding2d(Bottom = 1, Right = 1, Name = "conv_pad_12")] public partial Node ConvPad12 { get; }

    [DepthwiseConv2d(3, Stride = 2, UseBias = false, Name = "conv_dw_12")] public partial Node ConvDw12 { get; }

    [BatchNorm(Name = "conv_dw_12_bn")] public partial Node ConvDwBn12 { get; }

    [Activate(Relu6, Name = "conv_dw_12_relu")] public partial Node ConvDwRelu12 { get; }

    [Conv2d(1024, 1, Padding = Padding.Same, UseBias = false, Name = "conv_pw_12")] public partial Node ConvPw12 { get; }

    [BatchNorm(Name = "conv_pw_12_bn")] public partial Node ConvPwBn12 { get; }

    [Activate(Relu6, Name = "conv_pw_12_relu")] public partial Node ConvPwRelu12 { get; }

    // Block 13: depthwise 3×3, pointwise to 1024.
    [DepthwiseConv2d(3, Padding = Padding.Same, UseBias = false, Name = "conv_dw_13")] public partial Node ConvDw13 { get; }

    [BatchNorm(Name = "conv_dw_13_bn")] public partial Node ConvDwBn13 { get; }

    [Activate(Relu6, Name = "conv_dw_13_relu")] public partial Node ConvDwRelu13 { get; }

    [Conv2d(1024, 1, Padding = Padding.Same, UseBias = false, Name = "conv_pw_13")] public partial Node ConvPw13 { get; }

    [BatchNorm(Name = "conv_pw_13_bn")] public partial Node ConvPwBn13 { get; }

    [Activate(Relu6, Name = "conv_pw_13_relu")]
    [Output]
    public partial Node ConvPwRelu13 { get; }
}
