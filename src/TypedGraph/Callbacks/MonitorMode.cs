namespace TypedGraph.Callbacks;

/// <summary>Whether a monitored value improves by going down or up (Keras' <c>mode</c>).</summary>
public enum MonitorMode
{
    /// <summary>
    /// Decided from the name: <see cref="Max"/> when the name (after mapping <c>accuracy</c> to <c>acc</c>) contains
    /// <c>acc</c>, otherwise <see cref="Min"/>.
    /// </summary>
    Auto,

    /// <summary>Lower is better (losses, errors).</summary>
    Min,

    /// <summary>Higher is better (accuracy).</summary>
    Max,
}
