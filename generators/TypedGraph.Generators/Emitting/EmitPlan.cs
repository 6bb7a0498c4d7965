using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Layers;

namespace TypedGraph.Generators.Emitting;

/// <summary>
/// The per-node facts every target of one analysed model reads (the C# forward, the ONNX export and the PyTorch twin
/// write the same steps), computed once per graph in one pass over its nodes: how each node's tensor is stored, which
/// outputs have their final activation fused into the loss, and each node's index by name. Only for a graph without
/// errors (every node has a shape).
/// </summary>
internal sealed class EmitPlan
{
    private readonly bool[] _fused;
    private readonly Dictionary<string, int> _indexByName;

    public EmitPlan(ModelGraph graph)
    {
        var nodes = graph.Nodes;
        var storage = new Storage[nodes.Count];
        var read = new bool[nodes.Count];
        _indexByName = new Dictionary<string, int>(nodes.Count, System.StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            // Decided in topological order from the inputs' storage (LayerSpec.Storage).
            var node = nodes[i];
            storage[i] = node.InputIndices.Count == 0
                ? Emitting.Storage.Logical
                : node.Layer.Storage(
                    node.InputIndices.Select(j => storage[j]).ToList(),
                    node.InputIndices.Select(j => nodes[j].Shape!).ToList(),
                    graph.Model.DataFormat);
            foreach (var j in node.InputIndices)
            {
                read[j] = true;
            }

            _indexByName[node.Name] = i;
        }

        _fused = new bool[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            _fused[i] = !read[i] && Fusable(nodes[i]);
        }

        Storage = storage;
    }

    /// <summary>How each node's tensor is stored, by node index (<see cref="LayerSpec.Storage"/>).</summary>
    public IReadOnlyList<Storage> Storage { get; }

    /// <summary>
    /// Whether node <paramref name="index"/> is an output whose final activation its loss absorbs (softmax + categorical
    /// cross-entropy, sigmoid + binary cross-entropy) and no other node reads the activated value: training reads its
    /// logits for numerical stability, <c>forward</c> applies the activation.
    /// </summary>
    public bool IsFused(int index) => _fused[index];

    /// <summary>The index of the node named <paramref name="name"/> in the graph's (topological) order; −1 when there is none (as <see cref="ModelGraph.IndexOf"/>).</summary>
    public int IndexOf(string name) => _indexByName.TryGetValue(name, out var index) ? index : -1;

    private static bool Fusable(GraphNode node)
    {
        var loss = node.Spec.Output?.Loss ?? Loss.None;
        var activation = node.Layer.FinalActivation;
        return (activation == Activation.Softmax && loss is Loss.CategoricalCrossentropy or Loss.SparseCategoricalCrossentropy)
            || (activation == Activation.Sigmoid && loss == Loss.BinaryCrossentropy);
    }
}
