using System;

namespace TypedGraph;

/// <summary>Depthwise 2-D convolution (Keras <c>DepthwiseConv2D</c>): one kernel per input channel.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class DepthwiseConv2dAttribute : NodeAttribute
{
    /// <summary>Creates the depthwise convolution.</summary>
    /// <param name="kernelSize">Size of the kernel.</param>
    public DepthwiseConv2dAttribute(int kernelSize)
    {
        KernelSize = kernelSize;
        KernelShape = [kernelSize, kernelSize];
    }

    /// <summary>Creates the layer with a [rows, cols] kernel (Keras <c>(rows, cols)</c>, e.g. <c>[1, 7]</c>).</summary>
    public DepthwiseConv2dAttribute(int[] kernelSize)
    {
        KernelShape = kernelSize ?? [];
        KernelSize = KernelShape.Length == 2 && KernelShape[0] == KernelShape[1] ? KernelShape[0] : 0;
    }

    /// <summary>
    /// Creates the layer with a hyper-parameter kernel: <c>[DepthwiseConv2d(nameof(Kernel))]</c>. The compiler picks this
    /// overload only for an argument that is neither <c>int</c> nor <c>int[]</c>.
    /// </summary>
    /// <param name="kernelSize">The kernel: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property).</param>
    public DepthwiseConv2dAttribute(object kernelSize)
        : this(ShapeOf(kernelSize, 2))
    {
    }

    /// <summary>Size of a square kernel; 0 when a [rows, cols] kernel is not square (see <see cref="KernelShape"/>).</summary>
    public int KernelSize { get; }

    /// <summary>The kernel per spatial axis, [rows, cols] (both equal for a square kernel).</summary>
    public int[] KernelShape { get; }

    /// <summary>Output channels per input channel. Defaults to 1.</summary>
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
