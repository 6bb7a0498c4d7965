using System;

namespace TypedGraph;

/// <summary>Global max pooling over the steps (Keras <c>GlobalMaxPooling1D</c>): → (N, C).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class GlobalMaxPool1dAttribute : NodeAttribute
{
    /// <summary>Creates the global pooling layer.</summary>
    public GlobalMaxPool1dAttribute()
    {
    }
}
