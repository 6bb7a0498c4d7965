using System;

namespace TypedGraph;

/// <summary>
/// Minimizes a smooth convex function over the probability simplex {w : wᵢ ≥ 0, Σ wᵢ = 1} by a projected Newton method:
/// at each iterate w it minimizes the second-order model <c>g·(v − w) + ½ (v − w)ᵀ H (v − w)</c> over the simplex (an
/// accelerated projected-gradient solve in the K weights only, projecting with the sort-based Euclidean projection of
/// Duchi et al. 2008), then backtracks along <c>d = v − w</c> until <c>f(w + αd) ≤ f(w) + 10⁻⁴ · α · g·d</c>. Every
/// iterate stays on the simplex, optima on a face (a member whose weight is 0) are reached exactly, and near the optimum
/// convergence is quadratic even when members are nearly interchangeable (a flat, ill-conditioned loss, where plain
/// projected gradient needs thousands of steps).
/// </summary>
internal static class SimplexFit
{
    /// <summary>Newton iterations at most.</summary>
    public const int MaxIterations = 200;

    /// <summary>Converged when the Newton step changes no weight by more than this.</summary>
    public const double Tolerance = 1e-9;

    private const int MaxInnerIterations = 100_000;

    /// <summary>Finds the minimizing weights, starting from equal weights.</summary>
    /// <param name="count">The number of weights, at least 1.</param>
    /// <param name="derivatives">The function's value, gradient and Hessian at a point of the simplex.</param>
    /// <param name="value">The function's value at a point of the simplex.</param>
    /// <returns>The weights and the number of Newton iterations run.</returns>
    public static (double[] Weights, int Iterations) Minimize(
        int count, Func<double[], (double Value, double[] Gradient, double[,] Hessian)> derivatives, Func<double[], double> value)
    {
        var w = new double[count];
        Array.Fill(w, 1.0 / count);
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            var (f, g, h) = derivatives(w);
            var target = MinimizeModel(w, g, h);
            var d = new double[count];
            double slope = 0, largest = 0;
            for (var i = 0; i < count; i++)
            {
                d[i] = target[i] - w[i];
                slope += g[i] * d[i];
                largest = Math.Max(largest, Math.Abs(d[i]));
            }

            if (largest <= Tolerance || slope >= 0)
            {
                return (w, iteration);
            }

            for (var alpha = 1.0; ; alpha /= 2)
            {
                var next = new double[count];
                for (var i = 0; i < count; i++)
                {
                    next[i] = Math.Max(w[i] + (alpha * d[i]), 0);
                }

                if (value(next) <= f + (1e-4 * alpha * slope))
                {
                    w = next;
                    break;
                }

                if (alpha * largest <= Tolerance)
                {
                    return (w, iteration);
                }
            }
        }

        return (w, MaxIterations);
    }

    /// <summary>The Euclidean projection of <paramref name="v"/> onto the probability simplex (Duchi et al. 2008).</summary>
    public static double[] Project(double[] v)
    {
        var u = (double[])v.Clone();
        Array.Sort(u);
        Array.Reverse(u);
        double sum = 0, theta = 0;
        for (var j = 0; j < u.Length; j++)
        {
            sum += u[j];
            var candidate = (sum - 1) / (j + 1);
            if (u[j] - candidate > 0)
            {
                theta = candidate;
            }
        }

        var result = new double[v.Length];
        for (var i = 0; i < v.Length; i++)
        {
            result[i] = Math.Max(v[i] - theta, 0);
        }

        return result;
    }

    /// <summary>
    /// Minimizes <c>g·(v − w) + ½ (v − w)ᵀ H (v − w)</c> over the simplex by FISTA with adaptive restart, step 1/L with L
    /// the Gershgorin bound of H (plus a small ridge, so a flat or linear model still has a finite step).
    /// </summary>
    private static double[] MinimizeModel(double[] w, double[] g, double[,] h)
    {
        var n = w.Length;
        double bound = 0, trace = 0;
        for (var i = 0; i < n; i++)
        {
            double row = 0;
            for (var j = 0; j < n; j++)
            {
                row += Math.Abs(h[i, j]);
            }

            bound = Math.Max(bound, row);
            trace += Math.Abs(h[i, i]);
        }

        var ridge = 1e-10 * Math.Max(trace / n, 1e-6);
        var step = 1 / (bound + ridge);
        var v = (double[])w.Clone();
        var y = (double[])w.Clone();
        var momentum = 1.0;
        var gradient = new double[n];
        var moved = new double[n];
        for (var k = 0; k < MaxInnerIterations; k++)
        {
            for (var i = 0; i < n; i++)
            {
                var sum = g[i] + (ridge * (y[i] - w[i]));
                for (var j = 0; j < n; j++)
                {
                    sum += h[i, j] * (y[j] - w[j]);
                }

                gradient[i] = sum;
                moved[i] = y[i] - (step * sum);
            }

            var next = Project(moved);
            double change = 0, ascent = 0;
            for (var i = 0; i < n; i++)
            {
                change = Math.Max(change, Math.Abs(next[i] - v[i]));
                ascent += gradient[i] * (next[i] - v[i]);
            }

            var nextMomentum = (1 + Math.Sqrt(1 + (4 * momentum * momentum))) / 2;
            var restart = ascent > 0;
            for (var i = 0; i < n; i++)
            {
                y[i] = restart ? next[i] : next[i] + ((momentum - 1) / nextMomentum * (next[i] - v[i]));
            }

            momentum = restart ? 1 : nextMomentum;
            v = next;
            if (change <= 1e-15)
            {
                break;
            }
        }

        return v;
    }
}
