using System;

namespace TypedGraph;

/// <summary>1-D max pooling (Keras <c>MaxPooling1D</c>).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class MaxPool1dAttribute : NodeAttribute
{
    /// <summary>Creates the pooling layer.</summary>
    /// <param name="poolSize">Size of the pooling window.</param>
    public MaxPool1dAttribute(int poolSize)
    {
        PoolSize = poolSize;
    }

    /// <summary>
    /// Creates the layer with a hyper-parameter pool size: <c>[MaxPool1d(nameof(Pool))]</c>. The compiler picks this overload
    /// only when the argument is not an <c>int</c>, i.e. for <c>nameof</c>.
    /// </summary>
    /// <param name="poolSize">Size of the pooling window: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property); the stride defaults to it.</param>
    public MaxPool1dAttribute(object poolSize)
        : this(SizeOf(poolSize))
    {
    }

    /// <summary>Size of the pooling window.</summary>
    public int PoolSize { get; }

    /// <summary>Step between windows; 0 (the default) means <see cref="PoolSize"/>, as in Keras.</summary>
    public int Stride { get; set; }

    /// <summary><see cref="TypedGraph.Padding.Valid"/> (default) or <see cref="TypedGraph.Padding.Same"/> (padded positions are ignored, as in Keras).</summary>
    public Padding Padding { get; set; } = Padding.Valid;
}
