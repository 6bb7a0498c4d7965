using System.Collections.Generic;
using TypedGraph.Generators.Diagnostics;

namespace TypedGraph.Generators.Parsing;

/// <summary>
/// One model of the submodel chain being parsed: its key, its name for messages, its diagnostics, the node through
/// which parsing descended into a submodel, and whether that descent led back to this model (a cycle).
/// </summary>
internal sealed class SubmodelFrame(string key, string name, List<GraphDiagnostic> diagnostics)
{
    public string Key { get; } = key;

    public string Name { get; } = name;

    public List<GraphDiagnostic> Diagnostics { get; } = diagnostics;

    public string? Node { get; set; }

    public bool CycleFound { get; set; }
}
