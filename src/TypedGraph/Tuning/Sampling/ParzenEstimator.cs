using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedGraph.Tuning.Sampling;

/// <summary>
/// The Parzen estimator of one hyper-parameter over a group of observations (TPE's l(x) or g(x)), built as Optuna's
/// univariate <c>_ParzenEstimator</c> with its defaults: a kernel per observation plus a prior kernel
/// (<c>consider_prior</c>, <c>prior_weight</c> = 1); observation weights from <see cref="Weights"/>.
/// Numeric: truncated Gaussians on the domain's interval (log space for log ranges), the prior at the middle with σ the
/// interval's width, each observation's σ the larger distance to its sorted neighbours (<c>consider_endpoints</c> = false),
/// clipped to [width / min(100, 1 + kernels), width] (<c>consider_magic_clip</c>); discrete values score by the mass of
/// their cell. Categorical: each observation puts weight 1 + 1/k on its own choice and 1/k on every choice, normalized;
/// the prior is uniform.
/// </summary>
internal sealed class ParzenEstimator
{
    private const double PriorWeight = 1.0;
    private readonly double[] _weights;
    private readonly double[] _mus = [];
    private readonly double[] _sigmas = [];
    private readonly double[] _norms = [];
    private readonly double[][] _categorical = [];
    private readonly NumericDomain? _domain;

    public ParzenEstimator(HyperParameter parameter, IReadOnlyList<object> observations)
    {
        var weights = Weights(observations.Count).Append(PriorWeight).ToArray();
        var total = weights.Sum();
        _weights = weights.Select(w => w / total).ToArray();
        if (parameter.Choices is { } choices)
        {
            var k = choices.Count;
            _categorical = new double[observations.Count + 1][];
            for (var i = 0; i <= observations.Count; i++)
            {
                var row = Enumerable.Repeat(PriorWeight / k, k).ToArray();
                if (i < observations.Count)
                {
                    row[IndexOf(choices, observations[i])] += 1;
                }

                var sum = row.Sum();
                _categorical[i] = row.Select(r => r / sum).ToArray();
            }

            return;
        }

        _domain = new NumericDomain(parameter);
        var low = _domain.Low;
        var high = _domain.High;
        var mus = observations.Select(_domain.ToCoordinate).Append(0.5 * (low + high)).ToArray();
        var order = Enumerable.Range(0, mus.Length).OrderBy(i => mus[i]).ToArray();
        var sorted = order.Select(i => mus[i]).ToArray();
        var withEnds = new double[sorted.Length + 2];
        withEnds[0] = low;
        sorted.CopyTo(withEnds, 1);
        withEnds[^1] = high;
        var sortedSigmas = new double[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            sortedSigmas[i] = Math.Max(withEnds[i + 1] - withEnds[i], withEnds[i + 2] - withEnds[i + 1]);
        }

        if (sorted.Length >= 2)
        {
            sortedSigmas[0] = withEnds[2] - withEnds[1];
            sortedSigmas[^1] = withEnds[^2] - withEnds[^3];
        }

        var sigmas = new double[mus.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sigmas[order[i]] = sortedSigmas[i];
        }

        sigmas[^1] = high - low;
        var maxSigma = high - low;
        var minSigma = (high - low) / Math.Min(100.0, 1.0 + mus.Length);
        _mus = mus;
        _sigmas = sigmas.Select(s => Math.Clamp(s, minSigma, maxSigma)).ToArray();

        // Each kernel's mass inside the domain, the normalisation of its truncation (floored to keep the division finite).
        _norms = new double[mus.Length];
        for (var k = 0; k < mus.Length; k++)
        {
            _norms[k] = Math.Max(Gaussian.Cdf((high - _mus[k]) / _sigmas[k]) - Gaussian.Cdf((low - _mus[k]) / _sigmas[k]), 1e-300);
        }
    }

    /// <summary>Optuna's <c>default_weights</c>: 1 each below 25 observations; above, a ramp from 1/n to 1 for the oldest n − 25 and 1 for the newest 25.</summary>
    public static double[] Weights(int n)
    {
        if (n < 25)
        {
            return Enumerable.Repeat(1.0, n).ToArray();
        }

        var ramp = n - 25;
        var weights = new double[n];
        for (var i = 0; i < ramp; i++)
        {
            weights[i] = ramp == 1 ? 1.0 / n : (1.0 / n) + ((1 - (1.0 / n)) * i / (ramp - 1));
        }

        for (var i = ramp; i < n; i++)
        {
            weights[i] = 1;
        }

        return weights;
    }

    /// <summary>A draw from the mixture (a value of the domain).</summary>
    public object Draw(HyperParameter parameter, Random random)
    {
        var kernel = PickKernel(random);
        if (parameter.Choices is { } choices)
        {
            return choices[Pick(_categorical[kernel], random)];
        }

        var coordinate = Gaussian.TruncatedDraw(random, _mus[kernel], _sigmas[kernel], _domain!.Low, _domain.High);
        return _domain.FromCoordinate(coordinate);
    }

    /// <summary>log of the mixture's density at <paramref name="value"/> (probability of its cell for discrete domains).</summary>
    public double LogDensity(HyperParameter parameter, object value)
    {
        double p = 0;
        if (parameter.Choices is { } choices)
        {
            var index = IndexOf(choices, value);
            for (var k = 0; k < _weights.Length; k++)
            {
                p += _weights[k] * _categorical[k][index];
            }

            return Math.Log(p);
        }

        var x = _domain!.ToCoordinate(value);
        var cell = _domain.Cell(x);
        for (var k = 0; k < _weights.Length; k++)
        {
            var mu = _mus[k];
            var sigma = _sigmas[k];
            var density = cell is { } c
                ? Gaussian.Cdf((Math.Min(c.High, _domain.High) - mu) / sigma) - Gaussian.Cdf((Math.Max(c.Low, _domain.Low) - mu) / sigma)
                : Math.Exp(Gaussian.LogPdf((x - mu) / sigma)) / sigma;
            p += _weights[k] * density / _norms[k];
        }

        return Math.Log(Math.Max(p, 1e-300));
    }

    private static int IndexOf(IReadOnlyList<object> choices, object value)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (Equals(choices[i], value))
            {
                return i;
            }
        }

        throw new ArgumentException($"{value} is not one of the choices.", nameof(value));
    }

    private static int Pick(double[] probabilities, Random random)
    {
        var u = random.NextDouble();
        for (var i = 0; i < probabilities.Length - 1; i++)
        {
            u -= probabilities[i];
            if (u < 0)
            {
                return i;
            }
        }

        return probabilities.Length - 1;
    }

    private int PickKernel(Random random) => Pick(_weights, random);
}
