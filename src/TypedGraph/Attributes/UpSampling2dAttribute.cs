using System;

namespace TypedGraph;

/// <summary>Repeats every row and column <c>size</c> times, nearest-neighbour upsampling (Keras <c>UpSampling2D</c>).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class UpSampling2dAttribute : NodeAttribute
{
    /// <summary>Creates the layer.</summary>
    /// <param name="size">How many times each row and column is repeated.</param>
    public UpSampling2dAttribute(int size)
    {
        Size = size;
    }

    /// <summary>
    /// Creates the layer with a hyper-parameter factor: <c>[UpSampling2d(nameof(Factor))]</c>. The compiler picks this
    /// overload only when the argument is not an <c>int</c>, i.e. for <c>nameof</c>.
    /// </summary>
    /// <param name="size">How many times each row and column is repeated: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property).</param>
    public UpSampling2dAttribute(object size)
        : this(SizeOf(size))
    {
    }

    /// <summary>How many times each row and column is repeated.</summary>
    public int Size { get; }
}
