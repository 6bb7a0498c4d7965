using System;

namespace TypedGraph;

/// <summary>Applies another <c>[Model]</c> as a layer (Keras model-as-layer). Inputs bind positionally from <see cref="NodeAttribute.From"/> or <see cref="Inputs"/>.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class SubmodelAttribute : NodeAttribute
{
    /// <summary>Uses <paramref name="model"/> as a layer.</summary>
    /// <param name="model">A <c>[Model]</c> class (use <c>typeof</c>).</param>
    public SubmodelAttribute(Type model)
    {
        Model = model;
    }

    /// <summary>The model applied as a layer.</summary>
    public Type Model { get; }

    /// <summary>Nodes bound to the submodel's inputs, in its input order; for a single-input submodel <see cref="NodeAttribute.From"/> (or the node above) suffices.</summary>
    public string[] Inputs { get; set; } = [];

    /// <summary>For a multi-output submodel, the output to use (<c>nameof(X.Features)</c>).</summary>
    public string? Output { get; set; }

    /// <summary>Chains this many fresh instances, each feeding the next (e.g. the 8 blocks of Xception's middle flow). Defaults to 1.</summary>
    public int Repeat { get; set; } = 1;
}
