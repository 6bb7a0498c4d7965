using System;

namespace TypedGraph;

/// <summary>
/// Crops rows and columns (Keras <c>Cropping2D</c>): <c>[Cropping2d(1)]</c> from every side, or
/// <c>[Cropping2d(Bottom = 1, Right = 1)]</c> for Keras's <c>Cropping2D(((0, 1), (0, 1)))</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class Cropping2dAttribute : NodeAttribute
{
    /// <summary>Creates the layer cropping <paramref name="cropping"/> rows and columns from every side.</summary>
    /// <param name="cropping">Rows and columns removed on every side.</param>
    public Cropping2dAttribute(int cropping)
    {
        Cropping = cropping;
        Top = Bottom = Left = Right = cropping;
    }

    /// <summary>
    /// Creates the layer whose cropping is a hyper-parameter: <c>[Cropping2d(nameof(Crop))]</c>. The compiler picks this overload
    /// only for an argument that is not an <c>int</c>.
    /// </summary>
    /// <param name="cropping">Rows and columns removed on every side: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property) whose values are ≥ 0.</param>
    public Cropping2dAttribute(object cropping)
        : this(SizeOf(cropping))
    {
    }

    /// <summary>Creates the layer cropping what <see cref="Top"/>, <see cref="Bottom"/>, <see cref="Left"/> and <see cref="Right"/> say (0 each by default).</summary>
    public Cropping2dAttribute()
    {
    }

    /// <summary>Rows and columns removed on every side, as given to the constructor (0 for the parameterless one).</summary>
    public int Cropping { get; }

    /// <summary>Rows removed at the top.</summary>
    public int Top { get; set; }

    /// <summary>Rows removed at the bottom.</summary>
    public int Bottom { get; set; }

    /// <summary>Columns removed on the left.</summary>
    public int Left { get; set; }

    /// <summary>Columns removed on the right.</summary>
    public int Right { get; set; }
}
