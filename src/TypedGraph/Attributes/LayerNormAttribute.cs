using System;

namespace TypedGraph;

/// <summary>Layer normalization over the last dimension (Keras <c>LayerNormalization</c>).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class LayerNormAttribute : NodeAttribute
{
    /// <summary>Creates the layer normalization.</summary>
    public LayerNormAttribute()
    {
    }

    /// <summary>Added to the variance for numerical stability. Defaults to 1e-3 (Keras).</summary>
    public double Epsilon { get; set; } = 1e-3;
}
