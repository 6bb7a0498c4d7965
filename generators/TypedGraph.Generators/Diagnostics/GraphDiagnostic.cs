using Microsoft.CodeAnalysis;

namespace TypedGraph.Generators.Diagnostics;

/// <summary>
/// A problem found while parsing a model or inferring its shapes, as plain data: the TG id, its severity (both from the
/// descriptor it was created from), where it points (a node and a <see cref="DiagnosticTarget"/>) and the message
/// arguments. The analyzers turn it into a Roslyn diagnostic with the same descriptor.
/// </summary>
internal sealed record GraphDiagnostic(
    string Id,
    bool IsError,
    string? Node,
    DiagnosticTarget Target,
    string? Argument,
    Model.EquatableArray<string> MessageArguments)
{
    /// <summary>A diagnostic of <paramref name="descriptor"/>, with the arguments its message format takes.</summary>
    public static GraphDiagnostic Create(DiagnosticDescriptor descriptor, string? node, DiagnosticTarget target, string? argument, params string[] args) =>
        new(descriptor.Id, descriptor.DefaultSeverity == DiagnosticSeverity.Error, node, target, argument, new Model.EquatableArray<string>(args));
}
