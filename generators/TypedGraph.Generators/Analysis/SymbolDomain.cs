using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// The sizes a symbol can take when <see cref="DimComparer"/> decides a relation: an integer range
/// [<see cref="Minimum"/>, <see cref="Maximum"/>] (no maximum: unbounded), or a finite set of <see cref="Values"/> (a
/// hyper-parameter's choices). A symbol without a domain ranges over <see cref="Default"/>, every integer ≥ 1.
/// </summary>
internal sealed class SymbolDomain
{
    private SymbolDomain(long minimum, long? maximum, IReadOnlyList<long>? values)
    {
        Minimum = minimum;
        Maximum = maximum;
        Values = values;
    }

    /// <summary>Every integer ≥ 1: an input size nothing else is known about.</summary>
    public static SymbolDomain Default { get; } = new(1, null, null);

    /// <summary>The smallest size (for a finite set: its smallest value).</summary>
    public long Minimum { get; }

    /// <summary>The largest size, or <see langword="null"/> when unbounded (for a finite set: its largest value).</summary>
    public long? Maximum { get; }

    /// <summary>The sizes, ascending and distinct, when the domain is a finite set; otherwise <see langword="null"/>.</summary>
    public IReadOnlyList<long>? Values { get; }

    /// <summary>Every integer in [<paramref name="minimum"/>, <paramref name="maximum"/>]; no maximum: unbounded above.</summary>
    public static SymbolDomain Range(long minimum, long? maximum = null)
    {
        if (maximum < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), "The maximum is below the minimum.");
        }

        return new SymbolDomain(minimum, maximum, null);
    }

    /// <summary>A finite, non-empty set of sizes (a hyper-parameter's <c>[Choice]</c> values).</summary>
    public static SymbolDomain OfValues(IEnumerable<long> values)
    {
        var sorted = values.Distinct().OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A finite domain needs at least one value.", nameof(values));
        }

        return new SymbolDomain(sorted[0], sorted[sorted.Length - 1], sorted);
    }
}
