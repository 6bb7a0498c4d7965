using System;

namespace TypedGraph;

/// <summary>Element-wise difference of exactly two inputs, first minus second (Keras <c>Subtract</c>).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class SubtractAttribute : NodeAttribute
{
    /// <summary>Creates the merge.</summary>
    /// <param name="inputs">Names of the merged nodes, in order (use <c>nameof</c>).</param>
    public SubtractAttribute(params string[] inputs)
    {
        Inputs = inputs;
    }

    /// <summary>Names of the merged nodes.</summary>
    public string[] Inputs { get; }
}
