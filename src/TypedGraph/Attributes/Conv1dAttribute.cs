using System;

namespace TypedGraph;

/// <summary>1-D convolution (Keras <c>Conv1D</c>). Channels-first by default: (N, C, L).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class Conv1dAttribute : NodeAttribute
{
    /// <summary>Creates the convolution.</summary>
    /// <param name="filters">Number of output channels.</param>
    /// <param name="kernelSize">Size of the (square) kernel.</param>
    public Conv1dAttribute(int filters, int kernelSize)
    {
        Filters = filters;
        KernelSize = kernelSize;
    }

    /// <summary>
    /// Creates the convolution with hyper-parameter arguments: <c>[Conv1d(nameof(Filters), nameof(Kernel))]</c>. The
    /// compiler picks this overload only when an argument is not an <c>int</c>.
    /// </summary>
    /// <param name="filters">Number of output channels: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property).</param>
    /// <param name="kernelSize">Size of the kernel: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property).</param>
    public Conv1dAttribute(object filters, object kernelSize)
        : this(SizeOf(filters), SizeOf(kernelSize))
    {
    }

    /// <summary>Number of output channels.</summary>
    public int Filters { get; }

    /// <summary>Size of the kernel.</summary>
    public int KernelSize { get; }

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
