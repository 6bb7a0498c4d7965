using System;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.Layers;

/// <summary>
/// Depthwise-separable 2-D convolution (Keras <c>SeparableConv2D</c>), which TorchSharp lacks: a depthwise convolution
/// (one kernel per input channel, <c>depthMultiplier</c> outputs each, no bias) followed by a 1×1 pointwise convolution.
/// Parameters: in·dm·k² + in·dm·filters (+ filters with bias), as Keras counts them. Padding is the caller's (see
/// <see cref="KerasPadding"/>); the module itself convolves without padding.
/// </summary>
public sealed class SeparableConv2d : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d depthwise;
    private readonly Conv2d pointwise;

    /// <summary>Creates the layer.</summary>
    /// <param name="inChannels">Input channels.</param>
    /// <param name="filters">Output channels.</param>
    /// <param name="kernelSize">Depthwise kernel size.</param>
    /// <param name="stride">Depthwise stride.</param>
    /// <param name="padding">Symmetric zero padding of the depthwise convolution.</param>
    /// <param name="dilation">Depthwise dilation.</param>
    /// <param name="depthMultiplier">Depthwise outputs per input channel.</param>
    /// <param name="useBias">Whether the pointwise convolution has a bias.</param>
    public SeparableConv2d(long inChannels, long filters, long kernelSize, long stride = 1, long padding = 0, long dilation = 1, long depthMultiplier = 1, bool useBias = true)
        : this(inChannels, filters, (kernelSize, kernelSize), stride, (padding, padding), dilation, depthMultiplier, useBias)
    {
    }

    /// <summary>Creates the layer with a [rows, cols] kernel.</summary>
    /// <param name="inChannels">Input channels.</param>
    /// <param name="filters">Output channels of the pointwise step.</param>
    /// <param name="kernelSize">Depthwise kernel rows and columns.</param>
    /// <param name="stride">Depthwise stride on both axes.</param>
    /// <param name="padding">Symmetric depthwise padding (rows, cols).</param>
    /// <param name="dilation">Depthwise dilation on both axes.</param>
    /// <param name="depthMultiplier">Depthwise output channels per input channel.</param>
    /// <param name="useBias">Whether the pointwise step adds a bias.</param>
    public SeparableConv2d(long inChannels, long filters, (long Rows, long Cols) kernelSize, long stride, (long Rows, long Cols) padding, long dilation = 1, long depthMultiplier = 1, bool useBias = true)
        : base(nameof(SeparableConv2d))
    {
        depthwise = nn.Conv2d(inChannels, inChannels * depthMultiplier, kernelSize, stride: (stride, stride), padding: padding, dilation: (dilation, dilation), groups: inChannels, bias: false);
        pointwise = nn.Conv2d(inChannels * depthMultiplier, filters, 1, bias: useBias);
        nn.init.xavier_uniform_(depthwise.weight);
        nn.init.xavier_uniform_(pointwise.weight);
        if (useBias)
        {
            nn.init.zeros_(pointwise.bias);
        }

        register_module(nameof(depthwise), depthwise);
        register_module(nameof(pointwise), pointwise);
    }

    /// <summary>The depthwise convolution.</summary>
    public Conv2d Depthwise => depthwise;

    /// <summary>The pointwise (1×1) convolution.</summary>
    public Conv2d Pointwise => pointwise;

    /// <summary>The pointwise convolution of the depthwise convolution of <paramref name="input"/> (N, C, H, W).</summary>
    /// <remarks>
    /// The depthwise step reads a contiguous copy of an input that is not contiguous: libtorch 2.10's grouped convolution
    /// computes wrong values on a map whose memory is laid out channels-last (a channels-first view permuted from an
    /// (N, H, W, C) map, or what padding and pooling of one return). A contiguous input is used as it is.
    /// </remarks>
    public override Tensor forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return pointwise.forward(depthwise.forward(input.is_contiguous() ? input : input.contiguous()));
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            depthwise.Dispose();
            pointwise.Dispose();
        }

        base.Dispose(disposing);
    }
}
