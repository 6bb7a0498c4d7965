using System.Collections.Generic;

namespace TypedGraph;

/// <summary>Lookups over a model's <see cref="IModel.Nodes"/>.</summary>
internal static class ModelNodes
{
    /// <summary>The node named <paramref name="name"/>, or <see langword="null"/> when the model has none.</summary>
    public static Node? FindNode(this IReadOnlyList<Node> nodes, string name)
    {
        foreach (var node in nodes)
        {
            if (node.Name == name)
            {
                return node;
            }
        }

        return null;
    }
}
