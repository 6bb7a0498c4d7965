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

    /// <summary>Size of the output's last dimension.</summary>
    public int Units { get; }

    /// <summary>Activation applied to the output. Defaults to <see cref="TypedGraph.Activation.None"/>.</summary>
    public Activation Activation { get; set; } = Activation.None;

    /// <summary>Whether the layer adds a bias vector. Defaults to <see langword="true"/>.</summary>
    public bool UseBias { get; set; } = true;
}
