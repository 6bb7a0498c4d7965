using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Emitting;

/// <summary>What a layer emitter needs to write one node's forward step.</summary>
internal sealed class EmitContext(ModelGraph graph, GraphNode node, IReadOnlyList<string> inputs, bool withoutActivation, LocalNames locals, int index)
{
    public const string Nn = "global::TorchSharp.torch.nn";
    public const string Tg = "global::TypedGraph";

    public ModelGraph Graph { get; } = graph;

    public GraphNode Node { get; } = node;

    /// <summary>Locals holding the node's inputs, in order.</summary>
    public IReadOnlyList<string> Inputs { get; } = inputs;

    /// <summary>The first (for most layers, the only) input.</summary>
    public string X => Inputs[0];

    /// <summary>The loss absorbs this node's final activation: leave it out.</summary>
    public bool WithoutActivation { get; } = withoutActivation;

    public DataFormat Format => Graph.Model.DataFormat;

    /// <summary>The model's locals, for a layer that needs one of its own (a loop variable).</summary>
    public LocalNames Locals { get; } = locals;

    /// <summary>The node's index in <see cref="ModelGraph.Nodes"/>.</summary>
    public int Index { get; } = index;

    /// <summary>The field of the module this node applies (the owner's, for a shared layer).</summary>
    public string Field => Names.Field(Node.ModuleOwner);

    public TensorShape InputShape(int index = 0) => Graph.Nodes[Node.InputIndices[index]].Shape!;

    public string Activate(string expression, Activation activation) =>
        LayerEmitter.Activate(expression, WithoutActivation ? Activation.None : activation);
}
