using System;

namespace TypedGraph;

/// <summary>Concatenates its inputs along <see cref="Axis"/> (Keras <c>Concatenate</c>); every other dimension must agree.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class ConcatenateAttribute : NodeAttribute
{
    /// <summary>Creates the concatenation.</summary>
    /// <param name="inputs">Names of the concatenated nodes, in order (use <c>nameof</c>).</param>
    public ConcatenateAttribute(params string[] inputs)
    {
        Inputs = inputs;
    }

    /// <summary>Names of the concatenated nodes.</summary>
    public string[] Inputs { get; }

    /// <summary>Axis of the full tensor, batch included (0 is the batch); negative counts from the end. Defaults to -1 (the last).</summary>
    public int Axis { get; set; } = -1;
}
