using System;

namespace TypedGraph;

/// <summary>Reshapes each sample (Keras <c>Reshape</c>); the batch dimension is kept.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class ReshapeAttribute : NodeAttribute
{
    /// <summary>Creates the reshape.</summary>
    /// <param name="shape">Per-sample target shape: <see cref="int"/> sizes (one may be -1, inferred), or <see cref="string"/> symbol names.</param>
    public ReshapeAttribute(params object[] shape)
    {
        Shape = shape;
    }

    /// <summary>Per-sample target shape as declared.</summary>
    public object[] Shape { get; }
}
