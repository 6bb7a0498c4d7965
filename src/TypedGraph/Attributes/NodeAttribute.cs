using System;

namespace TypedGraph;

/// <summary>Base class of the attributes that declare one node of a model graph. A node property carries exactly one.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
abstract class NodeAttribute : Attribute
{
    /// <summary>
    /// Name of the node this node reads. When omitted, a single-input node reads the node declared just above it.
    /// </summary>
    public string? From { get; set; }

    /// <summary>Name shown in the model summary when it must differ from the property name.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Whether training updates the node's weights (Keras <c>layer.trainable</c>). <see langword="false"/> freezes them:
    /// no gradient, counted as non-trainable parameters, and a frozen BatchNorm normalizes with its moving statistics.
    /// Defaults to <see langword="true"/>.
    /// </summary>
    public bool Trainable { get; set; } = true;
}
