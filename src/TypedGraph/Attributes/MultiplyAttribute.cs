using System;

namespace TypedGraph;

/// <summary>Element-wise product of its inputs (Keras <c>Multiply</c>).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class MultiplyAttribute : NodeAttribute
{
    /// <summary>Creates the merge.</summary>
    /// <param name="inputs">Names of the merged nodes, in order (use <c>nameof</c>).</param>
    public MultiplyAttribute(params string[] inputs)
    {
        Inputs = inputs;
    }

    /// <summary>Names of the merged nodes.</summary>
    public string[] Inputs { get; }
}
