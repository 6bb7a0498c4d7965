using System;

namespace TypedGraph;

/// <summary>
/// Marks a <c>partial</c> class as a TypedGraph model. The source generator turns its <see cref="Node"/>
/// properties into a shape-checked TorchSharp module deriving <see cref="Model{TInputs, TOutputs, TTargets}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class ModelAttribute : Attribute
{
    /// <summary>Layout of image-like tensors for conv, pool and batch-norm layers. Defaults to <see cref="DataFormat.ChannelsFirst"/>.</summary>
    public DataFormat DataFormat { get; set; } = DataFormat.ChannelsFirst;
}
