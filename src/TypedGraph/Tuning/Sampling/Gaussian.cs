using System;

namespace TypedGraph.Tuning.Sampling;

/// <summary>The standard normal distribution: density, distribution function and truncated draws.</summary>
internal static class Gaussian
{
    private static readonly double LogSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>log φ(z).</summary>
    public static double LogPdf(double z) => (-0.5 * z * z) - LogSqrtTwoPi;

    /// <summary>Φ(z) = ½ erfc(−z/√2).</summary>
    public static double Cdf(double z) => 0.5 * Erfc(-z / Math.Sqrt(2));

    /// <summary>
    /// erfc by the Chebyshev fit of Numerical Recipes (<c>erfcc</c>), fractional error below 1.2·10⁻⁷ everywhere —
    /// ample for comparing Parzen densities.
    /// </summary>
    public static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        ReadOnlySpan<double> c = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];
        var poly = 0.0;
        for (var i = c.Length - 1; i >= 0; i--)
        {
            poly = c[i] + (t * poly);
        }

        var ans = t * Math.Exp(-(z * z) + poly);
        return x >= 0 ? ans : 2 - ans;
    }

    /// <summary>A draw of N(μ, σ²) truncated to [low, high] (rejection; after 100 misses the nearest bound's side is clamped).</summary>
    public static double TruncatedDraw(Random random, double mu, double sigma, double low, double high)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var u1 = 1 - random.NextDouble();
            var u2 = random.NextDouble();
            var x = mu + (sigma * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
            if (x >= low && x <= high)
            {
                return x;
            }
        }

        return Math.Clamp(mu, low, high);
    }
}
