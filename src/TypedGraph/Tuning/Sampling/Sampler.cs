using System;
using System.Collections.Generic;

namespace TypedGraph.Tuning.Sampling;

/// <summary>Chooses the next point of a search space from the trials already in the study.</summary>
internal abstract class Sampler
{
    /// <summary>The point for trial <paramref name="number"/>, or null when the strategy has no point left (a finished grid).</summary>
    /// <param name="space">The search space.</param>
    /// <param name="number">The number the new trial will get.</param>
    /// <param name="trials">Every trial of the study so far, in number order.</param>
    /// <param name="random">The trial's own generator (seeded from the study seed and <paramref name="number"/>).</param>
    public abstract IReadOnlyDictionary<string, object>? Sample(SearchSpace space, int number, IReadOnlyList<ObservedTrial> trials, Random random);

    /// <summary>The sampler of <paramref name="strategy"/>.</summary>
    public static Sampler For(SearchStrategy strategy) => strategy switch
    {
        SearchStrategy.Random or SearchStrategy.Hyperband => new RandomSampler(),
        SearchStrategy.Grid => new GridSampler(),
        SearchStrategy.Tpe => new TpeSampler(),
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Unknown search strategy."),
    };
}
