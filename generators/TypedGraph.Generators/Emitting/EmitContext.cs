using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Emitting;

/// <summary>What a layer emitter needs to write one node's forward step.</summary>
internal sealed class EmitContext(ModelGraph graph, LocalNames locals, int index, bool withoutActivation)
{
    public const string Nn = "global::TorchSharp.torch.nn";
    public const string Tg = "global::TypedGraph";

    public ModelGraph Graph { get; } = graph;

    public GraphNode Node { get; } = graph.Nodes[index];

    /// <summary>The local this node's step assigns.</summary>
    public string Local { get; } = locals[index];

    /// <summary>Locals holding the node's inputs, in order.</summary>
    public IReadOnlyList<string> Inputs { get; } = graph.Nodes[index].InputIndices.Select(i => locals[i]).ToList();

    /// <summary>The first (for most layers, the only) input.</summary>
    public string X => Inputs[0];

    /// <summary>The loss absorbs this node's final activation: leave it out.</summary>
    public bool WithoutActivation { get; } = withoutActivation;

    public DataFormat Format => Graph.Model.DataFormat;

    /// <summary>The loop variable of a repeated submodel's step.</summary>
    public string Loop => locals.Loop(index);

    /// <summary>The field of the module this node applies (the owner's, for a shared layer).</summary>
    public string Field => Names.Field(Node.ModuleOwner);

    public TensorShape InputShape(int index = 0) => Graph.Nodes[Node.InputIndices[index]].Shape!;

    public string Activate(string expression, Activation activation) =>
        LayerEmitter.Activate(expression, WithoutActivation ? Activation.None : activation);
}
