namespace TypedGraph.Tuning.Storage;

/// <summary>One row of the trials table.</summary>
/// <param name="Number">The trial's number, from 0.</param>
/// <param name="Params">Its point as JSON (<see cref="PointCodec"/>).</param>
/// <param name="State">Its state.</param>
/// <param name="Score">Its objective value, when it has one.</param>
/// <param name="History">Its training history as JSON (<see cref="HistoryCodec"/>), when it has one.</param>
/// <param name="Error">Why it failed.</param>
/// <param name="Worker">The worker that runs or ran it.</param>
internal sealed record StoredTrial(int Number, string Params, TrialState State, double? Score, string? History, string? Error, string? Worker);
