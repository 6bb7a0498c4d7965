using System;

namespace TypedGraph;

/// <summary>Depthwise-separable 2-D convolution (Keras <c>SeparableConv2D</c>): a depthwise convolution (no bias) followed by a 1×1 pointwise convolution.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class SeparableConv2dAttribute : NodeAttribute
{
    /// <summary>Creates the separable convolution.</summary>
    /// <param name="filters">Number of output channels.</param>
    /// <param name="kernelSize">Size of the depthwise kernel.</param>
    public SeparableConv2dAttribute(int filters, int kernelSize)
    {
        Filters = filters;
        KernelSize = kernelSize;
        KernelShape = [kernelSize, kernelSize];
    }

    /// <summary>Creates the layer with a [rows, cols] kernel (Keras <c>(rows, cols)</c>, e.g. <c>[1, 7]</c>).</summary>
    public SeparableConv2dAttribute(int filters, int[] kernelSize)
    {
        Filters = filters;
        KernelShape = kernelSize ?? [];
        KernelSize = KernelShape.Length == 2 && KernelShape[0] == KernelShape[1] ? KernelShape[0] : 0;
    }

    /// <summary>
    /// Creates the layer with hyper-parameter arguments: <c>[SeparableConv2d(nameof(Filters), nameof(Kernel))]</c>. The compiler picks
    /// this overload only when an argument is not an <c>int</c> (the kernel not an <c>int</c> or <c>int[]</c>), i.e. for <c>nameof</c>.
    /// </summary>
    /// <param name="filters">Number of output channels: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property).</param>
    /// <param name="kernelSize">The kernel: an <c>int</c>, an <c>int[]</c> [rows, cols], or <c>nameof</c> of an <c>int</c> hyper-parameter.</param>
    public SeparableConv2dAttribute(object filters, object kernelSize)
        : this(SizeOf(filters), ShapeOf(kernelSize, 2))
    {
    }

    /// <summary>Number of output channels.</summary>
    public int Filters { get; }

    /// <summary>Size of the depthwise kernel.</summary>
    public int KernelSize { get; }

    /// <summary>The kernel per spatial axis, [rows, cols] (both equal for a square kernel).</summary>
    public int[] KernelShape { get; }

    /// <summary>Depthwise output channels per input channel. Defaults to 1.</summary>
    public int DepthMultiplier { get; set; } = 1;

    /// <summary>Step between applications of the kernel. Defaults to 1.</summary>
    public int Stride { get; set; } = 1;

    /// <summary><see cref="TypedGraph.Padding.Valid"/> (no padding, the default) or <see cref="TypedGraph.Padding.Same"/> (Keras semantics: output size ceil(input / stride), padding split with the extra element after).</summary>
    public Padding Padding { get; set; } = Padding.Valid;

    /// <summary>Spacing between kernel elements. Defaults to 1.</summary>
    public int Dilation { get; set; } = 1;

    /// <summary>Activation applied to the output. Defaults to <see cref="TypedGraph.Activation.None"/>.</summary>
    public Activation Activation { get; set; } = Activation.None;

    /// <summary>Whether the layer adds a bias vector. Defaults to <see langword="true"/>.</summary>
    public bool UseBias { get; set; } = true;
}
