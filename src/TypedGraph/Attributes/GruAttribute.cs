using System;

namespace TypedGraph;

/// <summary>Recurrent layer (Keras <c>GRU</c>) over a batch-first sequence (N, T, C): returns the last output (N, units) or, with <see cref="ReturnSequences"/>, every step (N, T, units).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class GruAttribute : NodeAttribute
{
    /// <summary>Creates the recurrent layer.</summary>
    /// <param name="units">Size of the hidden state.</param>
    public GruAttribute(int units)
    {
        Units = units;
    }

    /// <summary>
    /// Creates the recurrent layer with a hyper-parameter size: <c>[Gru(nameof(Units))]</c>. The compiler picks this
    /// overload only for an argument that is not an <c>int</c>.
    /// </summary>
    /// <param name="units">Size of the hidden state: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property).</param>
    public GruAttribute(object units)
        : this(SizeOf(units))
    {
    }

    /// <summary>Size of the hidden state.</summary>
    public int Units { get; }

    /// <summary>Return the output of every time step instead of the last one. Defaults to <see langword="false"/>.</summary>
    public bool ReturnSequences { get; set; }

    /// <summary>Run the sequence in both directions and concatenate the outputs (Keras <c>Bidirectional</c>); doubles the output size.</summary>
    public bool Bidirectional { get; set; }
}
