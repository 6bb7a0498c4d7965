using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedGraph.Tuning.Sampling;

/// <summary>
/// The tree-structured Parzen estimator of Bergstra et al. (2011), with the defaults of Optuna's <c>TPESampler</c>
/// (univariate): the first <see cref="StartupTrials"/> points are random; then the scored trials are split into the best
/// γ(n) = min(⌈0.1·n⌉, 25) ("below", density l) and the rest ("above", density g), each hyper-parameter draws
/// <see cref="EiCandidates"/> candidates from l and keeps the one maximizing log l(x) − log g(x) (which maximizes expected
/// improvement). Estimators: <see cref="ParzenEstimator"/>. Trials still running or failed are left out.
/// </summary>
internal sealed class TpeSampler : Sampler
{
    /// <summary>Optuna's <c>n_startup_trials</c>.</summary>
    public const int StartupTrials = 10;

    /// <summary>Optuna's <c>n_ei_candidates</c>.</summary>
    public const int EiCandidates = 24;

    /// <summary>Optuna's default <c>gamma</c>: the number of trials in the "below" group.</summary>
    public static int Gamma(int n) => Math.Min((int)Math.Ceiling(0.1 * n), 25);

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object>? Sample(SearchSpace space, int number, IReadOnlyList<ObservedTrial> trials, Random random)
    {
        var scored = trials.Where(t => t.Loss is { } l && !double.IsNaN(l)).ToList();
        if (scored.Count < StartupTrials)
        {
            return RandomSampler.Draw(space, random);
        }

        var nBelow = Gamma(scored.Count);
        var ranked = scored.OrderBy(t => t.Loss!.Value).ThenBy(t => t.Number).ToList();
        var below = ranked.Take(nBelow).OrderBy(t => t.Number).ToList();
        var above = ranked.Skip(nBelow).OrderBy(t => t.Number).ToList();
        var point = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var parameter in space.Parameters)
        {
            var l = new ParzenEstimator(parameter, below.Select(t => t.Values[parameter.Name]).ToList());
            var g = new ParzenEstimator(parameter, above.Select(t => t.Values[parameter.Name]).ToList());
            object? best = null;
            var bestScore = double.NegativeInfinity;
            for (var i = 0; i < EiCandidates; i++)
            {
                var candidate = l.Draw(parameter, random);
                var score = l.LogDensity(parameter, candidate) - g.LogDensity(parameter, candidate);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = candidate;
                }
            }

            point[parameter.Name] = best!;
        }

        return point;
    }
}
