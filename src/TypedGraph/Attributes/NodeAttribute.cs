using System;

namespace TypedGraph;

/// <summary>Base class of the attributes that declare one node of a model graph. A node property carries exactly one.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
abstract class NodeAttribute : Attribute
{
    /// <summary>
    /// Name of the node this node reads. When omitted, a single-input node reads the node declared just above it.
    /// </summary>
    public string? From { get; set; }

    /// <summary>Name shown in the model summary when it must differ from the property name.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Whether training updates the node's weights (Keras <c>layer.trainable</c>). <see langword="false"/> freezes them:
    /// no gradient, counted as non-trainable parameters, and a frozen BatchNorm normalizes with its moving statistics.
    /// Defaults to <see langword="true"/>.
    /// </summary>
    public bool Trainable { get; set; } = true;


    /// <summary>
    /// A size given to a constructor overload that also accepts <c>nameof(hyper-parameter)</c>: the <c>int</c> itself, or 0
    /// for a hyper-parameter reference (the generator reads the reference; the model reads the value at run time).
    /// </summary>
    /// <param name="value">The argument as written.</param>
    /// <returns>The size, or 0.</returns>
    protected static int SizeOf(object? value) => value is int size ? size : 0;

    /// <summary>A kernel or window per spatial axis given as an <c>int</c>, an <c>int[]</c> or a hyper-parameter reference (zeros).</summary>
    /// <param name="value">The argument as written.</param>
    /// <param name="rank">The number of spatial axes.</param>
    /// <returns>One size per axis.</returns>
    protected static int[] ShapeOf(object? value, int rank)
    {
        if (value is int[] shape)
        {
            return shape;
        }

        var filled = new int[rank];
        for (var i = 0; i < rank; i++)
        {
            filled[i] = SizeOf(value);
        }

        return filled;
    }
}
