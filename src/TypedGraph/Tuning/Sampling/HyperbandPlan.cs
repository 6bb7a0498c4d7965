using System;
using System.Collections.Generic;

namespace TypedGraph.Tuning.Sampling;

/// <summary>
/// The brackets of Hyperband (Li et al., JMLR 18 (2018), Algorithm 1) for a maximum budget of R epochs and a halving
/// rate η: s_max = ⌊log_η R⌋, B = (s_max + 1)·R; bracket s (from s_max down to 0) starts n = ⌈(B/R)·η^s/(s + 1)⌉
/// configurations with r = R·η^−s epochs, and its rung i keeps ⌊n·η^−i⌋ of them for r·η^i epochs. Trials fill the
/// brackets in that order (trial numbers beyond the last bracket start the plan over).
/// </summary>
internal sealed class HyperbandPlan
{
    /// <summary>Creates the plan.</summary>
    /// <param name="maxEpochs">R, the most epochs one trial trains.</param>
    /// <param name="eta">η, the halving rate (3 in the paper and KerasTuner).</param>
    public HyperbandPlan(int maxEpochs, int eta = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEpochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(eta, 2);
        var sMax = 0;
        while (Pow(eta, sMax + 1) <= maxEpochs)
        {
            sMax++;
        }

        var brackets = new List<HyperbandBracket>();
        var budget = (sMax + 1) * (double)maxEpochs;
        for (var s = sMax; s >= 0; s--)
        {
            var n = (int)Math.Ceiling(budget / maxEpochs * Pow(eta, s) / (s + 1));
            var r = maxEpochs / (double)Pow(eta, s);
            var rungs = new List<(int Configurations, int Epochs)>();
            for (var i = 0; i <= s; i++)
            {
                rungs.Add(((int)Math.Floor(n / (double)Pow(eta, i)), (int)Math.Round(r * Pow(eta, i))));
            }

            brackets.Add(new HyperbandBracket(s, rungs));
        }

        Brackets = brackets;
    }

    /// <summary>The brackets, from s_max down to 0.</summary>
    public IReadOnlyList<HyperbandBracket> Brackets { get; }

    /// <summary>The bracket trial <paramref name="number"/> belongs to.</summary>
    public HyperbandBracket BracketOf(int number)
    {
        var total = 0;
        foreach (var bracket in Brackets)
        {
            total += bracket.Rungs[0].Configurations;
        }

        var rest = number % total;
        foreach (var bracket in Brackets)
        {
            if (rest < bracket.Rungs[0].Configurations)
            {
                return bracket;
            }

            rest -= bracket.Rungs[0].Configurations;
        }

        throw new InvalidOperationException("Unreachable: the plan covers every number.");
    }

    private static long Pow(int b, int e)
    {
        long p = 1;
        for (var i = 0; i < e; i++)
        {
            p *= b;
        }

        return p;
    }
}
