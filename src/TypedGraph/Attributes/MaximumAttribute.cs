using System;

namespace TypedGraph;

/// <summary>Element-wise maximum of its inputs (Keras <c>Maximum</c>).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class MaximumAttribute : NodeAttribute
{
    /// <summary>Creates the merge.</summary>
    /// <param name="inputs">Names of the merged nodes, in order (use <c>nameof</c>).</param>
    public MaximumAttribute(params string[] inputs)
    {
        Inputs = inputs;
    }

    /// <summary>Names of the merged nodes.</summary>
    public string[] Inputs { get; }
}
