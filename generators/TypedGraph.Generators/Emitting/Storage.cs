namespace TypedGraph.Generators.Emitting;

/// <summary>
/// How generated code stores a node's tensor. Channels-first TorchSharp layers (convolution, pooling, batch
/// normalization…) read channels-last tensors — sequences (N, T, C), maps of a channels-last model — with their channels
/// moved to axis 1; a chain of them keeps that storage, so a permute is written only where the layout really changes.
/// </summary>
internal enum Storage
{
    /// <summary>The tensor has Keras's (logical) layout, the shape <c>Summary()</c> shows.</summary>
    Logical,

    /// <summary>A channels-last tensor stored with its channels at axis 1: (N, C, T) for a sequence (N, T, C).</summary>
    ChannelsFirst,
}
