using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// The least or greatest value of a dimension expression over a space of hyper-parameters, with a point where it is
/// reached — without enumerating the space. Every operation a <see cref="Dim"/> is built from (sums, products, floor and
/// ceiling division by positive constants or by positive hyper-parameters, <c>H/Pool</c>) is monotone in each operand
/// (a quotient in its divisor with the direction set by the dividend's sign), so a sign analysis of the expression finds, per
/// symbol, whether every occurrence pushes the value the same way (a product by a factor whose sign is fixed over the
/// space keeps or flips the direction). The value is then monotone in each such symbol whatever the others are, so its
/// extreme sits at an end of that symbol's domain: those symbols cost nothing. Only symbols with occurrences pulling both
/// ways are enumerated, jointly, with the others fixed at their ends (exact, because for each value of the enumerated
/// ones the rest is again monotone per symbol). A space of 10⁹ points whose shape arithmetic is monotone (convolutions,
/// pooling, flatten, dense widths) is decided by evaluating the expression a handful of times.
/// </summary>
internal static class SpaceExtremes
{
    /// <summary>The most assignments of the symbols that pull both ways which are enumerated.</summary>
    public const long EnumerationLimit = 4096;

    private const int Increasing = 1;
    private const int Decreasing = 2;

    /// <summary>The least value of <paramref name="dim"/> and a point reaching it; null when a symbol has no finite domain or too many two-way assignments.</summary>
    public static (long Value, SpacePoint Point)? Minimum(Dim dim, Func<string, SymbolDomain?> domainOf) => Extreme(dim, domainOf, maximize: false);

    /// <summary>The greatest value of <paramref name="dim"/> and a point reaching it (see <see cref="Minimum"/>).</summary>
    public static (long Value, SpacePoint Point)? Maximum(Dim dim, Func<string, SymbolDomain?> domainOf) => Extreme(dim, domainOf, maximize: true);

    private static (long Value, SpacePoint Point)? Extreme(Dim dim, Func<string, SymbolDomain?> domainOf, bool maximize)
    {
        var symbols = new List<string>();
        if (Domains(dim, domainOf, symbols) is not { } domains)
        {
            return null;
        }

        try
        {
            var directions = symbols.ToDictionary(s => s, _ => 0);
            Walk(dim, 1, directions, domains);
            var fixedValues = new Dictionary<string, long>();
            var twoWay = new List<string>();
            foreach (var symbol in symbols)
            {
                var domain = domains[symbol];
                switch (directions[symbol])
                {
                    case Increasing:
                        fixedValues[symbol] = maximize ? domain.Maximum!.Value : domain.Minimum;
                        break;
                    case Decreasing:
                        fixedValues[symbol] = maximize ? domain.Minimum : domain.Maximum!.Value;
                        break;
                    case 0:
                        fixedValues[symbol] = domain.Minimum; // cancelled by a zero factor: any value
                        break;
                    default:
                        twoWay.Add(symbol);
                        break;
                }
            }

            long count = 1;
            foreach (var symbol in twoWay)
            {
                if (domains[symbol].Values is not { } values || (count = checked(count * values.Count)) > EnumerationLimit)
                {
                    return null;
                }
            }

            var assignment = new Dictionary<string, long>(fixedValues);
            var index = new int[twoWay.Count];
            long? best = null;
            Dictionary<string, long>? bestAssignment = null;
            for (long n = 0; n < count; n++)
            {
                for (var s = 0; s < twoWay.Count; s++)
                {
                    assignment[twoWay[s]] = domains[twoWay[s]].Values![index[s]];
                }

                var value = Evaluate(dim, assignment);
                if (best is null || (maximize ? value > best : value < best))
                {
                    best = value;
                    bestAssignment = new Dictionary<string, long>(assignment);
                }

                for (var s = 0; s < twoWay.Count && ++index[s] == domains[twoWay[s]].Values!.Count; s++)
                {
                    index[s] = 0;
                }
            }

            return (best!.Value, new SpacePoint(symbols.Select(s => new KeyValuePair<string, long>(s, bestAssignment![s]))));
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Marks, per symbol, the directions (<paramref name="sign"/> +1: increasing) in which its occurrences move the value.</summary>
    private static void Walk(Dim dim, int sign, Dictionary<string, int> directions, Dictionary<string, SymbolDomain> domains)
    {
        switch (dim.Kind)
        {
            case DimKind.Constant:
                return;
            case DimKind.Symbol:
                directions[dim.Name!] |= sign > 0 ? Increasing : sign < 0 ? Decreasing : Increasing | Decreasing; // 0: both ways
                return;
            case DimKind.Add:
                Walk(dim.Left!, sign, directions, domains);
                Walk(dim.Right!, sign, directions, domains);
                return;
            case DimKind.Multiply:
                Factor(dim.Left!, dim.Right!, sign, directions, domains);
                Factor(dim.Right!, dim.Left!, sign, directions, domains);
                return;
            default:
                Quotient(dim, sign, directions, domains);
                return;
        }
    }

    /// <summary>
    /// The occurrences in a floor or ceiling division a/b. For b &gt; 0 over the whole space, both are non-decreasing in
    /// a; in b they are non-increasing where a ≥ 0 (floor(7/2) = 3 ≥ floor(7/3) = 2) and non-decreasing where a ≤ 0
    /// (floor(−7/2) = −4 ≤ floor(−7/3) = −3), so a divisor symbol (<c>H/Pool</c>) pulls against the dividend's sign, and
    /// both ways when that sign varies over the space. A divisor that can be ≤ 0 makes every occurrence two-way.
    /// </summary>
    private static void Quotient(Dim dim, int sign, Dictionary<string, int> directions, Dictionary<string, SymbolDomain> domains)
    {
        var (divisorLow, _) = Bounds(dim.Right!, domains);
        if (divisorLow <= 0)
        {
            Walk(dim.Left!, 0, directions, domains);
            Walk(dim.Right!, 0, directions, domains);
            return;
        }

        Walk(dim.Left!, sign, directions, domains);
        if (!dim.Right!.IsKnown)
        {
            var (low, high) = Bounds(dim.Left!, domains);
            var dividendSign = low >= 0 ? 1 : high <= 0 ? -1 : 0;
            Walk(dim.Right!, -sign * dividendSign, directions, domains);
        }
    }

    /// <summary>The occurrences in <paramref name="factor"/> of a product with <paramref name="other"/>: the direction flips with the other factor's sign, and is lost when that sign varies.</summary>
    private static void Factor(Dim factor, Dim other, int sign, Dictionary<string, int> directions, Dictionary<string, SymbolDomain> domains)
    {
        var (low, high) = Bounds(other, domains);
        var otherSign = low >= 0 ? 1 : high <= 0 ? -1 : 0;
        if (low == 0 && high == 0)
        {
            return; // times zero everywhere
        }

        Walk(factor, sign * otherSign, directions, domains);
    }

    /// <summary>Interval bounds of <paramref name="dim"/> over the domains.</summary>
    private static (long Low, long High) Bounds(Dim dim, Dictionary<string, SymbolDomain> domains)
    {
        switch (dim.Kind)
        {
            case DimKind.Constant:
                return (dim.Value, dim.Value);
            case DimKind.Symbol:
                var domain = domains[dim.Name!];
                return (domain.Minimum, domain.Maximum!.Value);
            case DimKind.Add:
                var (al, ah) = Bounds(dim.Left!, domains);
                var (bl, bh) = Bounds(dim.Right!, domains);
                return (checked(al + bl), checked(ah + bh));
            case DimKind.Multiply:
                var (xl, xh) = Bounds(dim.Left!, domains);
                var (yl, yh) = Bounds(dim.Right!, domains);
                long[] products = [checked(xl * yl), checked(xl * yh), checked(xh * yl), checked(xh * yh)];
                return (products.Min(), products.Max());
            default:
                var (l, h) = Bounds(dim.Left!, domains);
                var (dl, dh) = Bounds(dim.Right!, domains);
                if (dl <= 0)
                {
                    return (long.MinValue / 4, long.MaxValue / 4);
                }

                // Monotone in the dividend, and in the divisor for a dividend of fixed sign (see Quotient): the ends are at corners.
                Func<long, long, long> divide = dim.Kind == DimKind.FloorDivide ? Arith.FloorDiv : Arith.CeilDiv;
                return (Math.Min(divide(l, dl), divide(l, dh)), Math.Max(divide(h, dl), divide(h, dh)));
        }
    }

    /// <summary>Interval bounds of <paramref name="dim"/> (sound, not always reached): the fallback when <see cref="Minimum"/> gives up.</summary>
    public static (long Low, long High)? Interval(Dim dim, Func<string, SymbolDomain?> domainOf)
    {
        if (Domains(dim, domainOf, []) is not { } domains)
        {
            return null;
        }

        try
        {
            return Bounds(dim, domains);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The domain of each symbol of <paramref name="dim"/> (collected into <paramref name="symbols"/>, first mention first); null when one is unbounded or unknown.</summary>
    private static Dictionary<string, SymbolDomain>? Domains(Dim dim, Func<string, SymbolDomain?> domainOf, List<string> symbols)
    {
        dim.CollectSymbols(symbols);
        var domains = new Dictionary<string, SymbolDomain>();
        foreach (var symbol in symbols)
        {
            if (domainOf(symbol) is not { Maximum: not null } domain)
            {
                return null;
            }

            domains[symbol] = domain;
        }

        return domains;
    }

    private static long Evaluate(Dim dim, Dictionary<string, long> assignment) => checked(dim.Evaluate(s => assignment[s]));
}
