using System;

namespace TypedGraph;

/// <summary>Depthwise 2-D convolution (Keras <c>DepthwiseConv2D</c>): one kernel per input channel.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class DepthwiseConv2dAttribute : NodeAttribute
{
    /// <summary>Creates the depthwise convolution.</summary>
    /// <param name="kernelSize">Size of the kernel.</param>
    public DepthwiseConv2dAttribute(int kernelSize)
    {
        KernelSize = kernelSize;
    }

    /// <summary>Size of the kernel.</summary>
    public int KernelSize { get; }

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
