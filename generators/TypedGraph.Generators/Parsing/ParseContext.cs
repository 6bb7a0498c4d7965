using System.Collections.Generic;
using System.Threading;
using TypedGraph.Generators.Diagnostics;

namespace TypedGraph.Generators.Parsing;

/// <summary>State of one model's parse: its diagnostics, the models enclosing it as submodels (cycle guard) and cancellation.</summary>
internal sealed class ParseContext(List<GraphDiagnostic> diagnostics, List<SubmodelFrame> enclosing, CancellationToken cancellationToken)
{
    public List<GraphDiagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>The models being parsed, outermost first; the last is the one this context parses.</summary>
    public List<SubmodelFrame> Enclosing { get; } = enclosing;

    public CancellationToken CancellationToken { get; } = cancellationToken;
}
