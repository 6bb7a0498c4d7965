namespace TypedGraph;

/// <summary>Memory layout of image-like tensors for convolution, pooling and batch-norm layers.</summary>
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
enum DataFormat
{
    /// <summary>PyTorch layout: channels right after the batch dimension, <c>(N, C, …)</c>.</summary>
    ChannelsFirst,
    /// <summary>Keras layout: channels last, <c>(N, …, C)</c>.</summary>
    ChannelsLast,
}
