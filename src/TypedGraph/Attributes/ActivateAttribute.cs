using System;

namespace TypedGraph;

/// <summary>Applies an activation function as a node of its own (Keras <c>Activation</c> layer).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class ActivateAttribute : NodeAttribute
{
    /// <summary>Creates an activation node.</summary>
    /// <param name="activation">The function to apply.</param>
    public ActivateAttribute(Activation activation)
    {
        Activation = activation;
    }

    /// <summary>The function to apply.</summary>
    public Activation Activation { get; }
}
