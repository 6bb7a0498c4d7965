using System;

namespace TypedGraph;

/// <summary>
/// Declares a numeric hyper-parameter between <see cref="Min"/> and <see cref="Max"/> inclusive (KerasTuner's
/// <c>hp.Int</c> / <c>hp.Float</c>). On an <c>int</c> property the values are integers; <see cref="Step"/> makes the range a
/// grid <c>min, min + step, …</c> (for <c>int</c> the step defaults to 1); <see cref="Log"/> samples uniformly in log space
/// (then <c>min</c> must be positive; with a step, the grid is <c>min·step^k</c>). The minimum is the default.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class RangeAttribute : Attribute
{
    /// <summary>Declares the range.</summary>
    /// <param name="min">The smallest value (the default).</param>
    /// <param name="max">The largest value; not below <paramref name="min"/>.</param>
    public RangeAttribute(double min, double max)
    {
        Min = min;
        Max = max;
    }

    /// <summary>The smallest value.</summary>
    public double Min { get; }

    /// <summary>The largest value.</summary>
    public double Max { get; }

    /// <summary>The distance between grid points (the factor between them when <see cref="Log"/>); 0 = continuous (an <c>int</c> range steps by 1).</summary>
    public double Step { get; set; }

    /// <summary>Whether values are drawn uniformly in log space (Keras <c>sampling="log"</c>).</summary>
    public bool Log { get; set; }
}
