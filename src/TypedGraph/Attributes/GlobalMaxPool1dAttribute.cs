using System;

namespace TypedGraph;

/// <summary>Global max pooling over the steps (Keras <c>GlobalMaxPooling1D</c>): → (N, C).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class GlobalMaxPool1dAttribute : NodeAttribute
{
    /// <summary>Creates the global pooling layer.</summary>
    public GlobalMaxPool1dAttribute()
    {
    }
}
