namespace TypedGraph.Tuning;

/// <summary>The state of a trial in a study.</summary>
public enum TrialState
{
    /// <summary>A worker is training it (or died training it: the next search on the same storage runs it again).</summary>
    Running,

    /// <summary>Trained for every epoch (or until a user callback stopped it); its score is final.</summary>
    Complete,

    /// <summary>Stopped early by Hyperband because its objective ranked below the bracket's cut; its score is the best value reached.</summary>
    Pruned,

    /// <summary>Training threw; the message is kept in the study and the search went on.</summary>
    Failed,
}
