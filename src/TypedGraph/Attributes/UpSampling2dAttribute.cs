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

    /// <summary>How many times each row and column is repeated.</summary>
    public int Size { get; }
}
