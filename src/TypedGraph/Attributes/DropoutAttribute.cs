using System;

namespace TypedGraph;

/// <summary>Randomly zeroes inputs with probability <see cref="Rate"/> during training (Keras <c>Dropout</c>).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class DropoutAttribute : NodeAttribute
{
    /// <summary>Creates a dropout node.</summary>
    /// <param name="rate">Fraction of the inputs to drop, in [0, 1).</param>
    public DropoutAttribute(double rate)
    {
        Rate = rate;
    }

    /// <summary>Fraction of the inputs to drop, in [0, 1).</summary>
    public double Rate { get; }
}
