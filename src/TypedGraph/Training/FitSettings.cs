namespace TypedGraph;

/// <summary>The scalar arguments of one <c>Fit</c> call, already validated.</summary>
internal sealed record FitSettings(int Epochs, int BatchSize, bool Shuffle, int Verbose);
