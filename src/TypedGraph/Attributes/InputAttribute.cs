using System;

namespace TypedGraph;

/// <summary>
/// Declares a model input (Keras <c>Input</c>). The shape is per sample: the batch dimension is implicit.
/// Each entry is an <see cref="int"/> (fixed size) or a <see cref="string"/> (a named symbolic size; equal names must agree at run time).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class InputAttribute : NodeAttribute
{
    /// <summary>Creates an input with the given per-sample shape.</summary>
    /// <param name="shape">Per-sample dimensions: <see cref="int"/> sizes or <see cref="string"/> symbol names.</param>
    public InputAttribute(params object[] shape)
    {
        Shape = shape;
    }

    /// <summary>Per-sample dimensions as declared: <see cref="int"/> sizes or <see cref="string"/> symbol names.</summary>
    public object[] Shape { get; }

    /// <summary>Element type the input must have. Defaults to <see cref="TypedGraph.DType.Float32"/>.</summary>
    public DType DType { get; set; } = DType.Float32;
}
