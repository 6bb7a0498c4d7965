namespace TypedGraph.Tuning;

/// <summary>One trial of a study: a point of the search space and what training it gave.</summary>
/// <typeparam name="THyperParameters">The model's generated <c>HyperParameters</c> record.</typeparam>
public sealed class Trial<THyperParameters>
    where THyperParameters : IHyperParameters<THyperParameters>
{
    internal Trial(int number, THyperParameters hyperParameters, TrialState state, double? score, History history, string? error)
    {
        Number = number;
        HyperParameters = hyperParameters;
        State = state;
        Score = score;
        History = history;
        Error = error;
    }

    /// <summary>The trial's number in the study, from 0, in the order trials were claimed.</summary>
    public int Number { get; }

    /// <summary>The point of the search space it trained.</summary>
    public THyperParameters HyperParameters { get; }

    /// <summary>Its state.</summary>
    public TrialState State { get; }

    /// <summary>
    /// The objective's best epoch value (averaged over the executions of the trial); for a pruned trial, the best value
    /// reached before it was stopped; null while running or when it failed.
    /// </summary>
    public double? Score { get; }

    /// <summary>What <c>Fit</c> logged (of the execution whose best epoch was best); empty while running or when it failed before an epoch ended.</summary>
    public History History { get; }

    /// <summary>Why a failed trial failed (the exception's type and message); null otherwise.</summary>
    public string? Error { get; }
}
