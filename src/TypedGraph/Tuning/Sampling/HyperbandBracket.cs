using System.Collections.Generic;

namespace TypedGraph.Tuning.Sampling;

/// <summary>One bracket of successive halving in a <see cref="HyperbandPlan"/>.</summary>
/// <param name="S">The bracket's index s (s_max for the most aggressive one).</param>
/// <param name="Rungs">Per rung i: how many configurations the paper keeps (n_i) and their epochs (r_i); the last rung trains R epochs.</param>
internal sealed record HyperbandBracket(int S, IReadOnlyList<(int Configurations, int Epochs)> Rungs)
{
    /// <summary>
    /// Whether a trial whose objective at rung <paramref name="rung"/> ranks <paramref name="rank"/> (0 = best) among the
    /// <paramref name="reported"/> values this bracket has at that rung continues: successive halving keeps the best
    /// n_{i+1}/n_i ≈ 1/η, applied asynchronously as ASHA (Li et al. 2020) and Optuna's pruner do, so a worker never waits
    /// for a rung to fill; with fewer than η values only the best so far continues.
    /// </summary>
    public bool Promotes(int rung, int rank, int reported)
    {
        var keep = Rungs[rung].Configurations == 0 ? 0 : reported * Rungs[rung + 1].Configurations / Rungs[rung].Configurations;
        return rank < System.Math.Max(1, keep);
    }
}
