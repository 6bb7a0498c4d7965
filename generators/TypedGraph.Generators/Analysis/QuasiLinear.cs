namespace TypedGraph.Generators.Analysis;

/// <summary>
/// An integer function of one integer variable that is linear on every residue class modulo a period:
/// f(<see cref="Period"/>·k + r) = slope[r]·k + intercept[r] for every integer k and 0 ≤ r &lt; <see cref="Period"/>.
/// Exact for all integers (no threshold): sums, products by constants and floor or ceiling division by positive
/// constants of such functions are again such functions (division refines the period until every slope divides).
/// Arithmetic is checked: an overflow throws <see cref="System.OverflowException"/>, which <see cref="DimComparer"/>
/// turns into <see cref="DimRelation.Unknown"/>.
/// </summary>
internal sealed class QuasiLinear
{
    /// <summary>The largest period built; beyond it an operation returns <see langword="null"/> (the caller falls back).</summary>
    public const long MaxPeriod = 1 << 12;

    private readonly long[] _slopes;
    private readonly long[] _intercepts;

    private QuasiLinear(long period, long[] slopes, long[] intercepts)
    {
        Period = period;
        _slopes = slopes;
        _intercepts = intercepts;
    }

    /// <summary>The modulus of the residue classes.</summary>
    public long Period { get; }

    /// <summary>f(x) = x.</summary>
    public static QuasiLinear Identity { get; } = new(1, [1], [0]);

    /// <summary>f(x) = <paramref name="value"/>.</summary>
    public static QuasiLinear Constant(long value) => new(1, [0], [value]);

    /// <summary>The slope of residue class <paramref name="r"/> (per step of k, i.e. per <see cref="Period"/> of x).</summary>
    public long Slope(long r) => _slopes[r];

    /// <summary>The value at k = 0 of residue class <paramref name="r"/>, i.e. f(r).</summary>
    public long Intercept(long r) => _intercepts[r];

    /// <summary>Whether the function is 0 for every x (every class's slope and intercept are 0).</summary>
    public bool IsZero => System.Array.TrueForAll(_slopes, s => s == 0) && System.Array.TrueForAll(_intercepts, i => i == 0);

    /// <summary>f(<paramref name="x"/>).</summary>
    public long Evaluate(long x)
    {
        var k = Arith.FloorDiv(x, Period);
        var r = checked(x - (k * Period));
        return checked((_slopes[r] * k) + _intercepts[r]);
    }

    /// <summary><paramref name="a"/> + <paramref name="sign"/>·<paramref name="b"/>; <see langword="null"/> if the period would exceed <see cref="MaxPeriod"/>.</summary>
    public static QuasiLinear? Combine(QuasiLinear a, QuasiLinear b, long sign)
    {
        var period = Arith.Lcm(a.Period, b.Period);
        if (period > MaxPeriod)
        {
            return null;
        }

        var left = a.Refine(period);
        var right = b.Refine(period);
        var slopes = new long[period];
        var intercepts = new long[period];
        for (var r = 0; r < period; r++)
        {
            slopes[r] = checked(left._slopes[r] + (sign * right._slopes[r]));
            intercepts[r] = checked(left._intercepts[r] + (sign * right._intercepts[r]));
        }

        return new QuasiLinear(period, slopes, intercepts);
    }

    /// <summary><paramref name="factor"/>·f.</summary>
    public QuasiLinear Scale(long factor)
    {
        var slopes = new long[Period];
        var intercepts = new long[Period];
        for (var r = 0; r < Period; r++)
        {
            slopes[r] = checked(_slopes[r] * factor);
            intercepts[r] = checked(_intercepts[r] * factor);
        }

        return new QuasiLinear(Period, slopes, intercepts);
    }

    /// <summary>
    /// floor(f / <paramref name="divisor"/>) or ceil(f / <paramref name="divisor"/>) for a positive divisor;
    /// <see langword="null"/> if the period would exceed <see cref="MaxPeriod"/>.
    /// </summary>
    public QuasiLinear? Divide(long divisor, bool ceiling)
    {
        // Refine by t so that every slope·t is a multiple of the divisor: then, on each class,
        // floor((s·t·k' + c) / d) = (s·t/d)·k' + floor(c / d) for every integer k'.
        long t = 1;
        for (var r = 0; r < Period; r++)
        {
            t = Arith.Lcm(t, divisor / Arith.Gcd(divisor, _slopes[r]));
            if (t > MaxPeriod)
            {
                return null;
            }
        }

        var period = checked(Period * t);
        if (period > MaxPeriod)
        {
            return null;
        }

        var refined = Refine(period);
        var slopes = new long[period];
        var intercepts = new long[period];
        for (var r = 0; r < period; r++)
        {
            slopes[r] = refined._slopes[r] / divisor;
            intercepts[r] = ceiling ? Arith.CeilDiv(refined._intercepts[r], divisor) : Arith.FloorDiv(refined._intercepts[r], divisor);
        }

        return new QuasiLinear(period, slopes, intercepts);
    }

    /// <summary>f / <paramref name="divisor"/> when every slope and intercept is a multiple of it (then floor and ceiling
    /// division agree with exact division); otherwise <see langword="null"/>.</summary>
    public QuasiLinear? DivideExactly(long divisor)
    {
        var slopes = new long[Period];
        var intercepts = new long[Period];
        for (var r = 0; r < Period; r++)
        {
            if (_slopes[r] % divisor != 0 || _intercepts[r] % divisor != 0)
            {
                return null;
            }

            slopes[r] = _slopes[r] / divisor;
            intercepts[r] = _intercepts[r] / divisor;
        }

        return new QuasiLinear(Period, slopes, intercepts);
    }

    /// <summary>The same function over a multiple of the period: class r' = r + Period·j has k = t·k' + j.</summary>
    public QuasiLinear Refine(long period)
    {
        if (period == Period)
        {
            return this;
        }

        var t = period / Period;
        var slopes = new long[period];
        var intercepts = new long[period];
        for (var r2 = 0L; r2 < period; r2++)
        {
            var r = r2 % Period;
            var j = r2 / Period;
            slopes[r2] = checked(_slopes[r] * t);
            intercepts[r2] = checked((_slopes[r] * j) + _intercepts[r]);
        }

        return new QuasiLinear(period, slopes, intercepts);
    }
}
