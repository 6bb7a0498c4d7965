using System.Collections.Generic;
using System.Threading;
using TypedGraph.Generators.Diagnostics;

namespace TypedGraph.Generators.Parsing;

/// <summary>State of one model's parse: its diagnostics, the models enclosing it as submodels (cycle guard) and cancellation.</summary>
internal sealed class ParseContext(List<GraphDiagnostic> diagnostics, List<string> enclosing, CancellationToken cancellationToken)
{
    public List<GraphDiagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>The models being parsed, outermost first: a submodel already in it closes a cycle.</summary>
    public List<string> Enclosing { get; } = enclosing;

    public CancellationToken CancellationToken { get; } = cancellationToken;
}
