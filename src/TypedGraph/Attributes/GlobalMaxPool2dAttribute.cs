using System;

namespace TypedGraph;

/// <summary>Global max pooling over the spatial dimensions (Keras <c>GlobalMaxPooling2D</c>): → (N, C).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class GlobalMaxPool2dAttribute : NodeAttribute
{
    /// <summary>Creates the global pooling layer.</summary>
    public GlobalMaxPool2dAttribute()
    {
    }
}
