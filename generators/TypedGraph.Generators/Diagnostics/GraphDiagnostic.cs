namespace TypedGraph.Generators.Diagnostics;

/// <summary>
/// A problem found while parsing a model or inferring its shapes, as plain data: the TG id, its severity (both from the
/// descriptor it was created from), where it points (a node and a <see cref="DiagnosticTarget"/>) and the message
/// arguments, formatted by the <see cref="DiagnosticContract"/> that created it, and for TG0005 on a residual merge the
/// projection a code fix can insert (<see cref="Projection"/>). The analyzers turn it into a Roslyn diagnostic with the
/// same descriptor (<see cref="DiagnosticContract.Report"/>).
/// </summary>
internal sealed record GraphDiagnostic(
    string Id,
    bool IsError,
    string? Node,
    DiagnosticTarget Target,
    string? Argument,
    Model.EquatableArray<string> MessageArguments)
{
    /// <summary>The fix planned by the analysis, when one applies.</summary>
    public ProjectionFix? Projection { get; init; }
}
