using System;

namespace TypedGraph;

/// <summary>Fully connected layer over the last dimension (Keras <c>Dense</c>).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class DenseAttribute : NodeAttribute
{
    /// <summary>Creates a dense layer.</summary>
    /// <param name="units">Size of the output's last dimension.</param>
    public DenseAttribute(int units)
    {
        Units = units;
    }

    /// <summary>
    /// Creates a dense layer whose width is a hyper-parameter: <c>[Dense(nameof(Units))]</c>. The compiler picks this overload
    /// only for an argument that is not an <c>int</c>.
    /// </summary>
    /// <param name="units">Size of the output's last dimension: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property).</param>
    public DenseAttribute(object units)
        : this(SizeOf(units))
    {
    }

    /// <summary>Size of the output's last dimension.</summary>
    public int Units { get; }

    /// <summary>Activation applied to the output. Defaults to <see cref="TypedGraph.Activation.None"/>.</summary>
    public Activation Activation { get; set; } = Activation.None;

    /// <summary>Whether the layer adds a bias vector. Defaults to <see langword="true"/>.</summary>
    public bool UseBias { get; set; } = true;
}
