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

    /// <summary>
    /// Creates a dropout node whose rate is a hyper-parameter: <c>[Dropout(nameof(Rate))]</c>. The compiler picks this overload
    /// only for an argument that is not a number.
    /// </summary>
    /// <param name="rate"><c>nameof</c> of a <c>double</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property) with values in [0, 1).</param>
    public DropoutAttribute(object rate)
        : this(rate is double value ? value : 0)
    {
    }

    /// <summary>Fraction of the inputs to drop, in [0, 1).</summary>
    public double Rate { get; }
}
