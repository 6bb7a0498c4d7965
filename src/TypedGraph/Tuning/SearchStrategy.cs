namespace TypedGraph.Tuning;

/// <summary>How a <see cref="Tuner{TModel, THyperParameters}"/> chooses the points of the search space it trains.</summary>
public enum SearchStrategy
{
    /// <summary>Independent uniform draws (log-uniform for <c>Log</c> ranges); a point of a finite space is never drawn twice.</summary>
    Random,

    /// <summary>Every point of a finite space once, in order (the last hyper-parameter varies fastest).</summary>
    Grid,

    /// <summary>Tree-structured Parzen estimator (Bergstra et al. 2011), with Optuna's <c>TPESampler</c> defaults; see docs/tuning.md.</summary>
    Tpe,

    /// <summary>Hyperband (Li et al. 2018): random points in brackets of successive halving; trials stopped early are <see cref="TrialState.Pruned"/>.</summary>
    Hyperband,
}
