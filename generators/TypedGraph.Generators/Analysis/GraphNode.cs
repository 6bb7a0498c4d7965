using TypedGraph.Generators.Layers;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// A node of the analysed graph: its declaration; the layer it applies (for a <c>[Shared]</c> node, the shared layer);
/// the node owning that layer's module; the indices (into <see cref="ModelGraph.Nodes"/>) of the nodes it reads; its
/// inferred output shape (null when an earlier error left it unknown); and whether some input dimensions can only be
/// checked at run time.
/// </summary>
internal sealed record GraphNode(
    NodeSpec Spec,
    LayerSpec Layer,
    string ModuleOwner,
    EquatableArray<int> InputIndices,
    TensorShape? Shape,
    bool CheckAtRunTime)
{
    public string Name => Spec.Name;

    /// <summary>This node applies a layer that another node owns.</summary>
    public bool IsSharedApplication => ModuleOwner != Spec.Name;
}
