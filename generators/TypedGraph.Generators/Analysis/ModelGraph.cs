using System.Linq;
using TypedGraph.Generators.Layers;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// A model after analysis: nodes in topological order (ties keep declaration order) with their shapes, and every
/// diagnostic of parsing and analysis. This is the emitter's input and the analyzers' source of diagnostics.
/// </summary>
internal sealed record ModelGraph(ModelSpec Model, EquatableArray<GraphNode> Nodes, EquatableArray<GraphDiagnostic> Diagnostics)
{
    /// <summary>
    /// For each input symbol, the smallest size for which every node keeps at least one position (valid convolutions
    /// and pooling shrink), when that is more than 1; the entry check rejects smaller inputs before TorchSharp would.
    /// </summary>
    public EquatableArray<SymbolMinimum> Minimums { get; init; } = EquatableArray<SymbolMinimum>.Empty;

    /// <summary>
    /// The model cannot run: a TG error, or a node attribute the C# compiler rejects (it reports that error itself, so
    /// there is no TG diagnostic for it).
    /// </summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError) || Model.Nodes.Any(n => n.Layer is InvalidLayer);

    public int IndexOf(string name)
    {
        for (var i = 0; i < Nodes.Count; i++)
        {
            if (Nodes[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
