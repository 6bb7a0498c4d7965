using System;

namespace TypedGraph.Generators.Analysis;

/// <summary>Exact integer helpers (floor/ceiling division, gcd, lcm) for the dimension decision procedure; checked.</summary>
internal static class Arith
{
    /// <summary>floor(<paramref name="a"/> / <paramref name="b"/>) for b ≠ 0.</summary>
    public static long FloorDiv(long a, long b)
    {
        var q = checked(a / b);
        return (a % b != 0) && ((a < 0) != (b < 0)) ? q - 1 : q;
    }

    /// <summary>ceil(<paramref name="a"/> / <paramref name="b"/>) for b ≠ 0.</summary>
    public static long CeilDiv(long a, long b) => checked(-FloorDiv(checked(-a), b));

    /// <summary>The greatest common divisor of |a| and |b| (gcd(0, 0) = 0).</summary>
    public static long Gcd(long a, long b)
    {
        a = Math.Abs(a);
        b = Math.Abs(b);
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    /// <summary>The least common multiple of two positive numbers.</summary>
    public static long Lcm(long a, long b) => checked(a / Gcd(a, b) * b);
}
