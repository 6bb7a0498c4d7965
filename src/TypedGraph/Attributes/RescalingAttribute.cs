using System;

namespace TypedGraph;

/// <summary>
/// Multiplies by a constant and adds an offset, <c>y = x·scale + offset</c> (Keras <c>Rescaling</c>): pixel scaling
/// (<c>[Rescaling(1.0 / 255)]</c>), or the scaled residual branch of InceptionResNetV2 (<c>[Rescaling(0.17)]</c> before an <c>[Add]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class RescalingAttribute : NodeAttribute
{
    /// <summary>Creates the layer.</summary>
    /// <param name="scale">The factor.</param>
    public RescalingAttribute(double scale)
    {
        Scale = scale;
    }

    /// <summary>
    /// Creates the layer whose factor is a hyper-parameter: <c>[Rescaling(nameof(Scale))]</c>. The compiler picks this overload
    /// only for an argument that is not a number.
    /// </summary>
    /// <param name="scale"><c>nameof</c> of a <c>double</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property).</param>
    public RescalingAttribute(object scale)
        : this(scale is double value ? value : 0)
    {
    }

    /// <summary>The factor.</summary>
    public double Scale { get; }

    /// <summary>Added after scaling. Defaults to 0.</summary>
    public double Offset { get; set; }
}
