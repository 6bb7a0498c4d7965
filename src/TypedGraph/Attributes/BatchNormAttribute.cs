using System;

namespace TypedGraph;

/// <summary>Batch normalization over the channel axis of the model's data format (Keras <c>BatchNormalization</c>); running mean and variance count as non-trainable parameters.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class BatchNormAttribute : NodeAttribute
{
    /// <summary>Creates the batch normalization layer.</summary>
    public BatchNormAttribute()
    {
    }

    /// <summary>Keras momentum of the moving averages (0.99 by default; TorchSharp's momentum is 1 − this).</summary>
    public double Momentum { get; set; } = 0.99;

    /// <summary>Added to the variance for numerical stability. Defaults to 1e-3 (Keras).</summary>
    public double Epsilon { get; set; } = 1e-3;

    /// <summary>Whether the layer learns an offset β (Keras <c>center</c>); <see langword="false"/> drops the parameter. Defaults to <see langword="true"/>.</summary>
    public bool Center { get; set; } = true;

    /// <summary>Whether the layer learns a scale γ (Keras <c>scale</c>); <see langword="false"/> drops the parameter, as before a ReLU. Defaults to <see langword="true"/>.</summary>
    public bool Scale { get; set; } = true;
}
