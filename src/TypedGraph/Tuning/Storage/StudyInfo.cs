namespace TypedGraph.Tuning.Storage;

/// <summary>The settings a study is created with; a later search on the same storage must agree with them.</summary>
/// <param name="Name">The study's name (the model's full type name unless given).</param>
/// <param name="Objective">The objective's log name.</param>
/// <param name="Maximize">Whether the objective is maximized.</param>
/// <param name="Strategy">The search strategy.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Space">The search space's declaration (<see cref="SearchSpace.ToString"/>).</param>
/// <param name="Budget">
/// The settings the strategy's plan is laid out by (Hyperband: R and η), as text; empty for strategies without one.
/// Stored in the <c>budget</c> column; a study created before the column existed reads as empty and takes the first
/// search's settings.
/// </param>
internal sealed record StudyInfo(string Name, string Objective, bool Maximize, SearchStrategy Strategy, long Seed, string Space, string Budget);
