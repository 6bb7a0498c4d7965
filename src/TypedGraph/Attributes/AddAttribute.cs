using System;

namespace TypedGraph;

/// <summary>Element-wise sum of its inputs (Keras <c>Add</c>); all inputs must have one shape.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class AddAttribute : NodeAttribute
{
    /// <summary>Creates the merge.</summary>
    /// <param name="inputs">Names of the merged nodes, in order (use <c>nameof</c>).</param>
    public AddAttribute(params string[] inputs)
    {
        Inputs = inputs;
    }

    /// <summary>Names of the merged nodes.</summary>
    public string[] Inputs { get; }
}
