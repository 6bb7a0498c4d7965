using System;

namespace TypedGraph;

/// <summary>
/// Pads height and width with zeros (Keras <c>ZeroPadding2D</c>): <c>[ZeroPadding2d(1)]</c> on every side, or
/// <c>[ZeroPadding2d(Bottom = 1, Right = 1)]</c> for Keras's <c>ZeroPadding2D(((0, 1), (0, 1)))</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class ZeroPadding2dAttribute : NodeAttribute
{
    /// <summary>Creates the padding layer.</summary>
    /// <param name="padding">Rows and columns added on every side.</param>
    public ZeroPadding2dAttribute(int padding)
    {
        Padding = padding;
        Top = Bottom = Left = Right = padding;
    }

    /// <summary>
    /// Creates the padding layer whose size is a hyper-parameter: <c>[ZeroPadding2d(nameof(Pad))]</c>. The compiler picks this
    /// overload only for an argument that is not an <c>int</c>.
    /// </summary>
    /// <param name="padding">Rows and columns added on every side: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property) whose values are ≥ 0.</param>
    public ZeroPadding2dAttribute(object padding)
        : this(SizeOf(padding))
    {
    }

    /// <summary>Creates a padding layer that adds what <see cref="Top"/>, <see cref="Bottom"/>, <see cref="Left"/> and <see cref="Right"/> say (0 each by default).</summary>
    public ZeroPadding2dAttribute()
    {
    }

    /// <summary>Rows and columns added on every side, as given to the constructor (0 for the parameterless one).</summary>
    public int Padding { get; }

    /// <summary>Rows added above.</summary>
    public int Top { get; set; }

    /// <summary>Rows added below.</summary>
    public int Bottom { get; set; }

    /// <summary>Columns added on the left.</summary>
    public int Left { get; set; }

    /// <summary>Columns added on the right.</summary>
    public int Right { get; set; }
}
