using System;

namespace TypedGraph;

/// <summary>2-D average pooling (Keras <c>AveragePooling2D</c>).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class AvgPool2dAttribute : NodeAttribute
{
    /// <summary>Creates the pooling layer.</summary>
    /// <param name="poolSize">Size of the pooling window.</param>
    public AvgPool2dAttribute(int poolSize)
    {
        PoolSize = poolSize;
        PoolShape = [poolSize, poolSize];
    }

    /// <summary>Creates the layer with a [rows, cols] pooling window (Keras <c>(rows, cols)</c>, e.g. <c>[1, 7]</c>).</summary>
    public AvgPool2dAttribute(int[] poolSize)
    {
        PoolShape = poolSize ?? [];
        PoolSize = PoolShape.Length == 2 && PoolShape[0] == PoolShape[1] ? PoolShape[0] : 0;
    }

    /// <summary>
    /// Creates the layer with a hyper-parameter pool size: <c>[AvgPool2d(nameof(Pool))]</c>. The compiler picks this overload
    /// only when the argument is neither an <c>int</c> nor an <c>int[]</c>, i.e. for <c>nameof</c>.
    /// </summary>
    /// <param name="poolSize">Size of the square pooling window: an <c>int</c>, an <c>int[]</c> [rows, cols], or <c>nameof</c> of an <c>int</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property); the stride defaults to it.</param>
    public AvgPool2dAttribute(object poolSize)
        : this(ShapeOf(poolSize, 2))
    {
    }

    /// <summary>Size of the pooling window.</summary>
    public int PoolSize { get; }

    /// <summary>The pooling window per spatial axis, [rows, cols] (both equal for a square pooling window).</summary>
    public int[] PoolShape { get; }

    /// <summary>Step between windows; 0 (the default) means <see cref="PoolSize"/>, as in Keras.</summary>
    public int Stride { get; set; }

    /// <summary><see cref="TypedGraph.Padding.Valid"/> (default) or <see cref="TypedGraph.Padding.Same"/> (padded positions are excluded from the average, as in Keras).</summary>
    public Padding Padding { get; set; } = Padding.Valid;
}
