namespace TypedGraph.Generators.Diagnostics;

/// <summary>
/// A problem found while parsing a model or inferring its shapes, as plain data: the TG id, where it points
/// (a node and a <see cref="DiagnosticTarget"/>) and the message arguments. The analyzers turn it into a Roslyn diagnostic.
/// </summary>
internal sealed record GraphDiagnostic(
    string Id,
    bool IsError,
    string? Node,
    DiagnosticTarget Target,
    string? Argument,
    Model.EquatableArray<string> MessageArguments)
{
    public static GraphDiagnostic Error(string id, string? node, DiagnosticTarget target, string? argument, params string[] args) =>
        new(id, true, node, target, argument, new Model.EquatableArray<string>(args));

    public static GraphDiagnostic Warning(string id, string? node, DiagnosticTarget target, string? argument, params string[] args) =>
        new(id, false, node, target, argument, new Model.EquatableArray<string>(args));
}
