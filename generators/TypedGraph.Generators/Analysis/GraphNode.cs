using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Analysis;

/// <summary>A node of the analysed graph: its declaration, the indices (into <see cref="ModelGraph.Nodes"/>) of the
/// nodes it reads, and its inferred output shape (null when an earlier error left it unknown).</summary>
internal sealed record GraphNode(NodeSpec Spec, EquatableArray<int> InputIndices, TensorShape? Shape)
{
    public string Name => Spec.Name;
}
