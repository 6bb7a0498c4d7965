using System;

namespace TypedGraph;

/// <summary>Flattens every dimension but the batch dimension (Keras <c>Flatten</c>).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class FlattenAttribute : NodeAttribute
{
}
