using System;

namespace TypedGraph;

/// <summary>
/// Transposed 2-D convolution (Keras <c>Conv2DTranspose</c>) with Keras's output sizes: <c>in·stride + max(kernel − stride, 0)</c>
/// for <see cref="TypedGraph.Padding.Valid"/>, <c>in·stride</c> for <see cref="TypedGraph.Padding.Same"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class Conv2dTransposeAttribute : NodeAttribute
{
    /// <summary>Creates the layer.</summary>
    /// <param name="filters">Number of output channels.</param>
    /// <param name="kernelSize">Size of the square kernel.</param>
    public Conv2dTransposeAttribute(int filters, int kernelSize)
    {
        Filters = filters;
        KernelSize = kernelSize;
    }

    /// <summary>
    /// Creates the layer with hyper-parameter arguments: <c>[Conv2dTranspose(nameof(Filters), nameof(Kernel))]</c>. The
    /// compiler picks this overload only when an argument is not an <c>int</c>, i.e. for <c>nameof</c>.
    /// </summary>
    /// <param name="filters">Number of output channels: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property).</param>
    /// <param name="kernelSize">Size of the square kernel: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter.</param>
    public Conv2dTransposeAttribute(object filters, object kernelSize)
        : this(SizeOf(filters), SizeOf(kernelSize))
    {
    }

    /// <summary>Number of output channels.</summary>
    public int Filters { get; }

    /// <summary>Size of the square kernel.</summary>
    public int KernelSize { get; }

    /// <summary>Upsampling factor. Defaults to 1.</summary>
    public int Stride { get; set; } = 1;

    /// <summary><see cref="TypedGraph.Padding.Valid"/> (the default) or <see cref="TypedGraph.Padding.Same"/>.</summary>
    public Padding Padding { get; set; } = Padding.Valid;

    /// <summary>Activation applied to the output. Defaults to <see cref="TypedGraph.Activation.None"/>.</summary>
    public Activation Activation { get; set; } = Activation.None;

    /// <summary>Whether the layer adds a bias vector. Defaults to <see langword="true"/>.</summary>
    public bool UseBias { get; set; } = true;
}
