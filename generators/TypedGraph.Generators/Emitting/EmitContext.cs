using System.Collections.Generic;
using TypedGraph.Generators.Analysis;

namespace TypedGraph.Generators.Emitting;

/// <summary>What a layer needs to write one node's C# forward step: <see cref="NodeContext"/> plus its TorchSharp field and activation calls.</summary>
internal sealed class EmitContext : NodeContext
{
    public const string Nn = "global::TorchSharp.torch.nn";
    public const string Tg = "global::TypedGraph";

    public EmitContext(ModelGraph graph, LocalNames locals, IReadOnlyList<Storage> storage, int index, bool withoutActivation)
        : base(graph, locals, storage, index, withoutActivation)
    {
    }

    /// <summary>The field of the module this node applies (the owner's, for a shared layer).</summary>
    public string Field => Names.Field(Node.ModuleOwner);

    /// <summary><paramref name="expression"/> (this node's result, in its storage) with <paramref name="activation"/> applied, unless the loss absorbs it.</summary>
    public string Activate(string expression, Activation activation) =>
        ActivationCalls.Apply(expression, WithoutActivation ? Activation.None : activation, OwnActivationAxis);
}
