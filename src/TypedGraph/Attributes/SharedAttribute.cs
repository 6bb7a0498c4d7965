using System;

namespace TypedGraph;

/// <summary>Applies the layer of another node, with the same weights, to a different input (Keras layer sharing); parameters are counted once.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class SharedAttribute : NodeAttribute
{
    /// <summary>Shares the layer of <paramref name="node"/>.</summary>
    /// <param name="node">The node whose layer (and weights) to reuse (use <c>nameof</c>).</param>
    public SharedAttribute(string node)
    {
        Node = node;
    }

    /// <summary>The node whose layer is reused.</summary>
    public string Node { get; }
}
