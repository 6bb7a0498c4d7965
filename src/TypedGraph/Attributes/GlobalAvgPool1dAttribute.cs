using System;

namespace TypedGraph;

/// <summary>Global average pooling over the steps (Keras <c>GlobalAveragePooling1D</c>): → (N, C).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class GlobalAvgPool1dAttribute : NodeAttribute
{
    /// <summary>Creates the global pooling layer.</summary>
    public GlobalAvgPool1dAttribute()
    {
    }
}
