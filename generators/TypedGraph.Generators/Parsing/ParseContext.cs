using System.Collections.Generic;
using System.Threading;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Parsing;

/// <summary>
/// State of one model's parse: its diagnostics, the models enclosing it as submodels (cycle guard), its hyper-parameters
/// (what <c>nameof</c> arguments of its node attributes may name) and cancellation.
/// </summary>
internal sealed class ParseContext(List<GraphDiagnostic> diagnostics, List<SubmodelFrame> enclosing, CancellationToken cancellationToken)
{
    public List<GraphDiagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>The models being parsed, outermost first; the last is the one this context parses.</summary>
    public List<SubmodelFrame> Enclosing { get; } = enclosing;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The model's valid hyper-parameters by name (those with errors are left out, their diagnostics reported).</summary>
    public Dictionary<string, HyperParameterSpec> HyperParameters { get; } = new();

    /// <summary>Every hyper-parameter property's name, valid or not (a reference to an invalid one is not reported again).</summary>
    public HashSet<string> DeclaredHyperParameters { get; } = new();

    /// <summary>The model's name, for messages.</summary>
    public string Model { get; set; } = string.Empty;
}
