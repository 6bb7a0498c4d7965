using System;

namespace TypedGraph;

/// <summary>
/// Minimizes a smooth convex function over the probability simplex {w : wᵢ ≥ 0, Σ wᵢ = 1} by projected gradient descent
/// with backtracking (the proximal-gradient sufficient-decrease test of Beck and Teboulle), projecting with the
/// sort-based Euclidean projection of Duchi et al. (2008). Optima on a face of the simplex (a member whose weight is 0)
/// are reached exactly, which a softmax parametrization only approaches.
/// </summary>
internal static class SimplexFit
{
    /// <summary>Iterations at most; the objectives the ensemble fits converge in far fewer.</summary>
    public const int MaxIterations = 1000;

    /// <summary>Converged when an accepted step changes no weight by more than this.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>Finds the minimizing weights, starting from equal weights.</summary>
    /// <param name="count">The number of weights, at least 1.</param>
    /// <param name="valueAndGradient">The function's value and gradient at a point of the simplex.</param>
    /// <returns>The weights and the number of iterations run.</returns>
    public static (double[] Weights, int Iterations) Minimize(int count, Func<double[], (double Value, double[] Gradient)> valueAndGradient)
    {
        var w = new double[count];
        Array.Fill(w, 1.0 / count);
        var (f, g) = valueAndGradient(w);
        var step = 1.0;
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            double[] next;
            double fNext;
            double[] gNext;
            double largestChange;
            while (true)
            {
                next = new double[count];
                for (var i = 0; i < count; i++)
                {
                    next[i] = w[i] - (step * g[i]);
                }

                next = Project(next);
                (fNext, gNext) = valueAndGradient(next);
                double linear = 0, squared = 0;
                largestChange = 0;
                for (var i = 0; i < count; i++)
                {
                    var d = next[i] - w[i];
                    linear += g[i] * d;
                    squared += d * d;
                    largestChange = Math.Max(largestChange, Math.Abs(d));
                }

                // Sufficient decrease: f(w⁺) ≤ f(w) + ∇f(w)·(w⁺ − w) + ‖w⁺ − w‖² / (2t), with slack for rounding.
                if (fNext <= f + linear + (squared / (2 * step)) + (1e-12 * Math.Abs(f)) || step < 1e-30)
                {
                    break;
                }

                step /= 2;
            }

            if (largestChange <= Tolerance)
            {
                return (next, iteration);
            }

            (w, f, g) = (next, fNext, gNext);
            step *= 2;
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
}
