using System;

namespace TypedGraph;

/// <summary>Global average pooling over the spatial dimensions (Keras <c>GlobalAveragePooling2D</c>): → (N, C).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class GlobalAvgPool2dAttribute : NodeAttribute
{
    /// <summary>Creates the global pooling layer.</summary>
    public GlobalAvgPool2dAttribute()
    {
    }
}
