using Microsoft.CodeAnalysis;

namespace TypedGraph.Generators.Diagnostics;

/// <summary>
/// A problem found while parsing a model or inferring its shapes, as plain data: the TG id, its severity (both from the
/// descriptor it was created from), where it points (a node and a <see cref="DiagnosticTarget"/>) and the message
/// arguments, and for TG0005 on a residual merge the projection a code fix can insert (<see cref="Projection"/>). The
/// analyzers turn it into a Roslyn diagnostic with the same descriptor.
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

    /// <summary>A diagnostic of <paramref name="descriptor"/>, with the arguments its message format takes.</summary>
    public static GraphDiagnostic Create(DiagnosticDescriptor descriptor, string? node, DiagnosticTarget target, string? argument, params string[] args) =>
        new(descriptor.Id, descriptor.DefaultSeverity == DiagnosticSeverity.Error, node, target, argument, new Model.EquatableArray<string>(args));
}
