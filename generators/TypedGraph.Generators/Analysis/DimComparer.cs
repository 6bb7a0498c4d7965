using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// Decides how two dimensions relate over the sizes their symbols can take (each symbol ranging over its
/// <see cref="SymbolDomain"/>, by default every integer ≥ 1), by the rule of DESIGN §3:
/// <list type="bullet">
/// <item><see cref="DimRelation.Equal"/> only if the two sides have the same value for every assignment of sizes in
/// the domains (including size 1, and whatever values the sides take there);</item>
/// <item><see cref="DimRelation.Different"/> only if the two sides have different values for every assignment in
/// which every symbol is greater than 1 (the domains intersected with [2, ∞): "different for every size greater than
/// 1", as H against ceil(H/2) are equal only at H = 1). The sides' own values are not filtered: two sides both 1 at
/// some size (ceil(H/1024) and ceil(H/2048) for 2 ≤ H ≤ 1024) are equal there, so not Different. With no symbol the
/// two constants are simply compared;</item>
/// <item>otherwise <see cref="DimRelation.Unknown"/>: a run-time check.</item>
/// </list>
/// The answer is proven, never sampled. Each side is brought to a <see cref="SeparableForm"/>: a constant plus, per
/// variable, a <see cref="QuasiLinear"/> function (linear on each residue class modulo a period), which is exact for
/// constants, symbols, sums, products by constants and floor/ceiling division by positive constants. With one variable
/// the two sides are compared class by class over the common period (an affine difference is zero on a whole class
/// or at most at one point, found exactly): complete. With several variables, Equal needs each variable's part of the
/// difference to be constant with the constants cancelling (complete for separable sums); Different is claimed only
/// when the difference can never be zero (its bounds, or a common divisor of its variation, exclude zero); anything
/// else is Unknown. Sub-expressions outside the fragment (symbol products, divisions of multi-symbol sums, periods
/// beyond <see cref="QuasiLinear.MaxPeriod"/>) become independent unknowns over a superset of their values, which keeps
/// every Equal/Different answer sound. When atoms were needed for a one-symbol pair only because of the period limit,
/// <see cref="LinearDrift"/> bounds each side by a line plus a bounded error: sides with different slopes can only meet
/// in a window of sizes, searched by evaluation (at most <see cref="WindowLimit"/> sizes). Symbols with small finite
/// domains are enumerated exactly. A hyper-parameter in a divisor (<c>H/Pool</c>) or a factor of a symbolic product
/// (<c>H*Size</c>) is split over: each of its values gives sides with constant divisors and factors, decided as above,
/// and the answers combine (Equal when Equal for every value, Different when Different for every value &gt; 1) — only
/// those hyper-parameters are enumerated. Overflow of 64-bit arithmetic gives Unknown. The whole decision, splits
/// included, shares one <see cref="ComparisonBudget"/> of steps: when it is spent the answer is Unknown. Never throws but
/// for <see cref="OperationCanceledException"/> when the caller's token is cancelled.
/// </summary>
internal static class DimComparer
{
    /// <summary>The most assignments enumerated when every symbol has a finite domain.</summary>
    private const long EnumerationLimit = 4096;

    /// <summary>The most assignments of the hyper-parameters a case split (<see cref="Split"/>) decides the sides for.</summary>
    private const long SplitLimit = 512;

    /// <summary>The most sizes evaluated in the window where two one-symbol sides with different slopes can meet.</summary>
    private const long WindowLimit = 1 << 14;

    /// <summary>Compares with every symbol ranging over <see cref="SymbolDomain.Default"/> (integers ≥ 1).</summary>
    public static DimRelation Compare(Dim a, Dim b) => Compare(a, b, null);

    /// <summary>
    /// Compares with each symbol ranging over <paramref name="domainOf"/>(symbol), or <see cref="SymbolDomain.Default"/>
    /// where that is <see langword="null"/> (or no lookup is given).
    /// </summary>
    public static DimRelation Compare(Dim a, Dim b, Func<string, SymbolDomain?>? domainOf) => Compare(a, b, domainOf, CancellationToken.None);

    /// <summary>
    /// As <see cref="Compare(Dim, Dim, Func{string, SymbolDomain?})"/>, within <see cref="ComparisonBudget.DefaultLimit"/>
    /// steps; throws <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static DimRelation Compare(Dim a, Dim b, Func<string, SymbolDomain?>? domainOf, CancellationToken cancellationToken) =>
        Compare(a, b, domainOf, new ComparisonBudget(ComparisonBudget.DefaultLimit, cancellationToken));

    /// <summary>As <see cref="Compare(Dim, Dim, Func{string, SymbolDomain?})"/>, spending at most <paramref name="budget"/>: Unknown when it runs out.</summary>
    internal static DimRelation Compare(Dim a, Dim b, Func<string, SymbolDomain?>? domainOf, ComparisonBudget budget)
    {
        if (a == b)
        {
            return DimRelation.Equal;
        }

        if (a.IsKnown && b.IsKnown)
        {
            return a.Value == b.Value ? DimRelation.Equal : DimRelation.Different;
        }

        try
        {
            SymbolDomain All(string name) => domainOf?.Invoke(name) ?? SymbolDomain.Default;
            return Decide(a, b, All, name => AboveOne(All(name)), budget);
        }
        catch (OverflowException)
        {
            return DimRelation.Unknown; // numbers beyond 64 bits: no proof, so the run-time check
        }
        catch (ComparisonBudgetExceededException)
        {
            return DimRelation.Unknown; // no proof within the budget: the run-time check
        }
    }

    /// <summary>The sizes of <paramref name="domain"/> greater than 1, or <see langword="null"/> when there are none.</summary>
    private static SymbolDomain? AboveOne(SymbolDomain domain)
    {
        if (domain.Values is { } values)
        {
            return values.Any(v => v > 1) ? SymbolDomain.OfValues(values.Where(v => v > 1)) : null;
        }

        return domain.Minimum > 1 ? domain : domain.Maximum < 2 ? null : SymbolDomain.Range(2, domain.Maximum);
    }

    /// <summary>
    /// <paramref name="all"/> gives each symbol's domain (for Equal), <paramref name="aboveOne"/> its sizes &gt; 1
    /// (for Different; <see langword="null"/>: none).
    /// </summary>
    private static DimRelation Decide(Dim a, Dim b, Func<string, SymbolDomain> all, Func<string, SymbolDomain?> aboveOne, ComparisonBudget budget)
    {
        var symbols = new List<string>();
        a.CollectSymbols(symbols);
        b.CollectSymbols(symbols);
        if (Enumerate(a, b, symbols, all, budget) is { } enumerated)
        {
            return enumerated;
        }

        if (Split(a, b, symbols, all, aboveOne, budget) is { } split)
        {
            return split;
        }

        var fa = SeparableForm.Of(a);
        var fb = SeparableForm.Of(b);
        var variables = fa.Parts.Keys.Concat(fb.Parts.Keys).Distinct().ToList();
        var separable = Separable(fa, fb, variables, symbols, all, aboveOne, budget);
        var relation = separable ?? DimRelation.Unknown;
        var exact = separable is not null && variables.Count <= 1 && variables.All(v => v.Kind == DimKind.Symbol);
        if (relation == DimRelation.Unknown && !exact && symbols.Count == 1 && all(symbols[0]).Values is null)
        {
            // One symbol, but atoms stood in for parts with too long a period: bound where the sides can meet.
            relation = Window(a, b, all(symbols[0]), aboveOne(symbols[0]), budget) ?? relation;
        }

        return relation;
    }

    /// <summary>
    /// The decision over the separable forms: exact with one variable, sound with several; <see langword="null"/> when a
    /// difference would need too long a period.
    /// </summary>
    private static DimRelation? Separable(SeparableForm fa, SeparableForm fb, List<Dim> variables, List<string> symbols, Func<string, SymbolDomain> all, Func<string, SymbolDomain?> aboveOne, ComparisonBudget budget)
    {
        var constant = checked(fa.Constant - fb.Constant);
        if (variables.Count == 0)
        {
            return constant == 0 ? DimRelation.Equal : DimRelation.Different;
        }

        // The difference a − b, one part per variable.
        var parts = new List<QuasiLinear>();
        foreach (var variable in variables)
        {
            var f = fa.Parts.TryGetValue(variable, out var pf) ? pf : QuasiLinear.Constant(0);
            var g = fb.Parts.TryGetValue(variable, out var pg) ? pg : QuasiLinear.Constant(0);
            var h = QuasiLinear.Combine(f, g, -1);
            if (h is null)
            {
                return null;
            }

            // The procedures below walk each part's residue classes, or its symbol's finite domain.
            budget.Spend(Math.Max(h.Period, variable.Kind == DimKind.Symbol ? all(variable.Name!).Values?.Count ?? 0 : 0));
            parts.Add(parts.Count == 0 ? QuasiLinear.Combine(h, QuasiLinear.Constant(constant), 1)! : h);
        }

        if (AlwaysZero(parts, variables, all))
        {
            return DimRelation.Equal;
        }

        // No assignment with every symbol > 1: "different for every size greater than 1" holds vacuously.
        if (symbols.Any(s => aboveOne(s) is null))
        {
            return DimRelation.Different;
        }

        return NeverZero(parts, variables, name => aboveOne(name)!) ? DimRelation.Different : DimRelation.Unknown;
    }

    /// <summary>
    /// One symbol x over an interval: a − b = (slope·x + e(x)) / denominator with e bounded (<see cref="LinearDrift"/>).
    /// A non-zero slope confines the zeros to a window of x, searched by evaluation when at most
    /// <see cref="WindowLimit"/> sizes; a zero slope with an error interval excluding 0 means never equal.
    /// <see langword="null"/> when undecided.
    /// </summary>
    private static DimRelation? Window(Dim a, Dim b, SymbolDomain all, SymbolDomain? aboveOne, ComparisonBudget budget)
    {
        var fa = LinearDrift.Of(a);
        var fb = LinearDrift.Of(b);
        if (fa is null || fb is null)
        {
            return null;
        }

        var h = LinearDrift.Combine(fa, fb, -1);
        if (h.Slope == 0)
        {
            return h.ErrorLow > 0 || h.ErrorHigh < 0 ? DimRelation.Different : null;
        }

        // slope·x ∈ [−ErrorHigh, −ErrorLow] at a zero.
        var (low, high) = h.Slope > 0
            ? (Arith.CeilDiv(checked(-h.ErrorHigh), h.Slope), Arith.FloorDiv(checked(-h.ErrorLow), h.Slope))
            : (Arith.CeilDiv(h.ErrorLow, checked(-h.Slope)), Arith.FloorDiv(h.ErrorHigh, checked(-h.Slope)));
        if (all.Maximum is not { } top || all.Minimum < low || top > high)
        {
            // Some size lies outside the window, where the sides differ: not Equal. Different: no zero in the window.
            if (aboveOne is null)
            {
                return DimRelation.Different;
            }

            var from = Math.Max(low, aboveOne.Minimum);
            var to = aboveOne.Maximum is { } max ? Math.Min(high, max) : high;
            if (to >= from && checked(to - from) > WindowLimit)
            {
                return null;
            }

            for (var x = from; x <= to; x++)
            {
                budget.Spend(2);
                if (a.Evaluate(_ => x) == b.Evaluate(_ => x))
                {
                    return DimRelation.Unknown;
                }
            }

            return DimRelation.Different;
        }

        return null; // the whole (finite) domain lies in the window: left to the other procedures
    }

    /// <summary>
    /// A case split over the hyper-parameters that make the sides non-linear: every symbol of a symbolic divisor
    /// (<c>H/Pool</c>, which needs a finite domain) and each finite-domain symbol that is a factor of a product of two
    /// non-constant factors (<c>H*Size</c>). Each assignment of those symbols (at most <see cref="SplitLimit"/>) makes
    /// every divisor and every such factor a constant, and the sides, with the other symbols untouched, are decided by
    /// the procedure for constant divisors — no other symbol is enumerated. Equal iff Equal for every assignment;
    /// Different iff Different for every assignment with each split symbol &gt; 1 (the sub-decision already requires the
    /// other symbols &gt; 1), or when some symbol has no size &gt; 1 at all (vacuously, as <see cref="Separable"/> says);
    /// otherwise Unknown. <see langword="null"/> when there is nothing to split, or a divisor's symbol has no finite
    /// domain, or there are too many assignments: then such sub-expressions are atoms of the separable form (sound).
    /// </summary>
    private static DimRelation? Split(Dim a, Dim b, List<string> symbols, Func<string, SymbolDomain> all, Func<string, SymbolDomain?> aboveOne, ComparisonBudget budget)
    {
        var split = new List<string>();
        if (!NonLinearSymbols(a, split, all) || !NonLinearSymbols(b, split, all) || split.Count == 0)
        {
            return null;
        }

        var domains = split.Select(s => all(s).Values!).ToList();
        long count = 1;
        foreach (var values in domains)
        {
            if ((count = checked(count * values.Count)) > SplitLimit)
            {
                return null;
            }
        }

        var binding = new Dictionary<string, Dim>();
        var index = new int[split.Count];
        bool equal = true, different = true;
        for (long n = 0; n < count && (equal || different); n++)
        {
            var aboveOneHere = true;
            for (var s = 0; s < split.Count; s++)
            {
                var value = domains[s][index[s]];
                binding[split[s]] = Dim.Of(value);
                aboveOneHere &= value > 1;
            }

            budget.Spend(1);
            var relation = Decide(a.Substitute(binding), b.Substitute(binding), all, aboveOne, budget);
            equal &= relation == DimRelation.Equal;
            different &= !aboveOneHere || relation == DimRelation.Different;
            for (var s = 0; s < split.Count && ++index[s] == domains[s].Count; s++)
            {
                index[s] = 0;
            }
        }

        return equal ? DimRelation.Equal
            : different || symbols.Any(s => aboveOne(s) is null) ? DimRelation.Different
            : DimRelation.Unknown;
    }

    /// <summary>
    /// Adds to <paramref name="split"/> the symbols <see cref="Split"/> assigns in <paramref name="dim"/>; false when a
    /// divisor mentions a symbol without a finite domain (no split can make that divisor constant).
    /// </summary>
    private static bool NonLinearSymbols(Dim dim, List<string> split, Func<string, SymbolDomain> all)
    {
        switch (dim.Kind)
        {
            case DimKind.Constant or DimKind.Symbol:
                return true;
            case DimKind.Multiply when !dim.Left!.IsKnown && !dim.Right!.IsKnown:
                var factors = new List<string>();
                dim.CollectSymbols(factors);
                foreach (var symbol in factors.Where(s => all(s).Values is not null && !split.Contains(s)))
                {
                    split.Add(symbol);
                }

                break;
            case DimKind.FloorDivide or DimKind.CeilDivide when dim.HasSymbolicDivisor:
                var divisor = new List<string>();
                dim.Right!.CollectSymbols(divisor);
                foreach (var symbol in divisor)
                {
                    if (all(symbol).Values is null)
                    {
                        return false;
                    }

                    if (!split.Contains(symbol))
                    {
                        split.Add(symbol);
                    }
                }

                break;
        }

        return NonLinearSymbols(dim.Left!, split, all) && NonLinearSymbols(dim.Right!, split, all);
    }

    /// <summary>
    /// Exact answer by enumeration when every symbol has a finite domain and there are few assignments (Different
    /// skips the assignments with a symbol ≤ 1).
    /// </summary>
    private static DimRelation? Enumerate(Dim a, Dim b, List<string> symbols, Func<string, SymbolDomain> all, ComparisonBudget budget)
    {
        var domains = symbols.Select(s => all(s).Values).ToList();
        long count = 1;
        foreach (var values in domains)
        {
            if (values is null || (count = checked(count * values.Count)) > EnumerationLimit)
            {
                return null;
            }
        }

        var assignment = new Dictionary<string, long>();
        var index = new int[symbols.Count];
        bool equal = true, different = true;
        for (long n = 0; n < count; n++)
        {
            for (var s = 0; s < symbols.Count; s++)
            {
                assignment[symbols[s]] = domains[s]![index[s]];
            }

            budget.Spend(2);
            var x = a.Evaluate(name => assignment[name]);
            var y = b.Evaluate(name => assignment[name]);
            equal &= x == y;
            different &= x != y || assignment.Values.Any(v => v <= 1);
            for (var s = 0; s < symbols.Count && ++index[s] == domains[s]!.Count; s++)
            {
                index[s] = 0;
            }
        }

        return equal ? DimRelation.Equal : different ? DimRelation.Different : DimRelation.Unknown;
    }

    /// <summary>
    /// The values a variable can take: a symbol's domain, or for an atom a superset of its values, [lower bound, ∞)
    /// where a lower bound follows from monotonicity, else every integer.
    /// </summary>
    private static (long? Low, long? High, IReadOnlyList<long>? Values) DomainOf(Dim variable, Func<string, SymbolDomain> domainOf)
    {
        if (variable.Kind == DimKind.Symbol)
        {
            var domain = domainOf(variable.Name!);
            return (domain.Minimum, domain.Maximum, domain.Values);
        }

        return (LowerBound(variable, domainOf), null, null);
    }

    /// <summary>A lower bound of <paramref name="dim"/> over the domains, or <see langword="null"/> when none is evident.</summary>
    private static long? LowerBound(Dim dim, Func<string, SymbolDomain> domainOf)
    {
        switch (dim.Kind)
        {
            case DimKind.Constant:
                return dim.Value;
            case DimKind.Symbol:
                return domainOf(dim.Name!).Minimum;
            case DimKind.Add:
                var left = LowerBound(dim.Left!, domainOf);
                var right = LowerBound(dim.Right!, domainOf);
                return left is null || right is null ? null : checked(left.Value + right.Value);
            case DimKind.Multiply:
                var l = LowerBound(dim.Left!, domainOf);
                var r = LowerBound(dim.Right!, domainOf);
                return l >= 0 && r >= 0 ? checked(l.Value * r.Value) : null; // x ≥ l ≥ 0 and y ≥ r ≥ 0 ⇒ xy ≥ lr
            case DimKind.FloorDivide or DimKind.CeilDivide when dim.Right!.IsKnown && dim.Right.Value > 0:
                var inner = LowerBound(dim.Left!, domainOf); // floor and ceil division by d > 0 are monotone
                return inner is null ? null
                    : dim.Kind == DimKind.FloorDivide ? Arith.FloorDiv(inner.Value, dim.Right.Value) : Arith.CeilDiv(inner.Value, dim.Right.Value);
            default:
                return null;
        }
    }

    /// <summary>
    /// Whether Σ parts[i](variables[i]) is zero for every assignment: with one variable exactly (class by class); with
    /// several, when every part is constant and the constants cancel (exact for independent variables).
    /// </summary>
    private static bool AlwaysZero(List<QuasiLinear> parts, List<Dim> variables, Func<string, SymbolDomain> domainOf)
    {
        long total = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var (_, _, value, divisor) = Summarize(parts[i], DomainOf(variables[i], domainOf));
            if (divisor != 0)
            {
                return false; // a part that varies: with one variable the sum varies; with several, it varies alone
            }

            total = checked(total + value);
        }

        return total == 0;
    }

    /// <summary>
    /// Whether Σ parts[i](variables[i]) is non-zero for every assignment: with one variable exactly (an affine function
    /// per residue class has no zero, a whole class of zeros, or one zero, which is checked against the class's range);
    /// with several, when its bounds exclude zero or all its values are ≡ v ≠ 0 modulo a common divisor.
    /// </summary>
    private static bool NeverZero(List<QuasiLinear> parts, List<Dim> variables, Func<string, SymbolDomain> domainOf)
    {
        if (parts.Count == 1)
        {
            var h = parts[0];
            var domain = DomainOf(variables[0], domainOf);
            if (domain.Values is { } values)
            {
                return values.All(v => h.Evaluate(v) != 0);
            }

            for (long r = 0; r < h.Period; r++)
            {
                var (kLow, kHigh) = ClassRange(domain, h.Period, r);
                if (kLow > kHigh)
                {
                    continue;
                }

                var slope = h.Slope(r);
                var intercept = h.Intercept(r);
                if (slope == 0 ? intercept == 0 : intercept % slope == 0 && !(-(intercept / slope) < kLow || -(intercept / slope) > kHigh))
                {
                    return false;
                }
            }

            return true;
        }

        long? min = 0, max = 0;
        long common = 0, total = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var (partMin, partMax, value, divisor) = Summarize(parts[i], DomainOf(variables[i], domainOf));
            min = min is null || partMin is null ? null : checked(min.Value + partMin.Value);
            max = max is null || partMax is null ? null : checked(max.Value + partMax.Value);
            total = checked(total + value);
            common = Arith.Gcd(common, divisor);
        }

        // Every value of the sum is ≡ total modulo common (common = 0: the sum is the constant total).
        return min > 0 || max < 0 || (common == 0 ? total != 0 : total % common != 0);
    }

    /// <summary>The k with x = period·k + r inside the domain's interval (null: unbounded on that side).</summary>
    private static (long? Low, long? High) ClassRange((long? Low, long? High, IReadOnlyList<long>? Values) domain, long period, long r) =>
        (domain.Low is { } low ? Arith.CeilDiv(checked(low - r), period) : null,
         domain.High is { } high ? Arith.FloorDiv(checked(high - r), period) : null);

    /// <summary>
    /// The least and greatest value of <paramref name="h"/> over the domain (<see langword="null"/>: unbounded), one value
    /// it takes, and the gcd of the differences between its values (0: constant).
    /// </summary>
    private static (long? Min, long? Max, long Value, long Divisor) Summarize(QuasiLinear h, (long? Low, long? High, IReadOnlyList<long>? Values) domain)
    {
        long? min = null, max = null, first = null;
        bool minUnbounded = false, maxUnbounded = false;
        long divisor = 0;
        void Take(long v)
        {
            first ??= v;
            divisor = Arith.Gcd(divisor, checked(v - first.Value));
            min = min is null ? v : Math.Min(min.Value, v);
            max = max is null ? v : Math.Max(max.Value, v);
        }

        if (domain.Values is { } values)
        {
            foreach (var v in values)
            {
                Take(h.Evaluate(v));
            }

            return (min, max, first!.Value, divisor);
        }

        for (long r = 0; r < h.Period; r++)
        {
            var (kLow, kHigh) = ClassRange(domain, h.Period, r);
            if (kLow > kHigh)
            {
                continue;
            }

            var slope = h.Slope(r);
            var intercept = h.Intercept(r);
            Take(checked((slope * (kLow ?? kHigh ?? 0)) + intercept));
            if (slope == 0 || (kLow is not null && kLow == kHigh))
            {
                continue; // one value on this class
            }

            divisor = Arith.Gcd(divisor, slope);
            if (kHigh is { } top)
            {
                Take(checked((slope * top) + intercept));
            }
            else if (slope > 0)
            {
                maxUnbounded = true;
            }
            else
            {
                minUnbounded = true;
            }

            if (kLow is { } bottom)
            {
                Take(checked((slope * bottom) + intercept));
            }
            else if (slope > 0)
            {
                minUnbounded = true;
            }
            else
            {
                maxUnbounded = true;
            }
        }

        return (minUnbounded ? null : min, maxUnbounded ? null : max, first!.Value, divisor);
    }
}
