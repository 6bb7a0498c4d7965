namespace TypedGraph.Generators.Analysis;

/// <summary>What the non-batch axes of a tensor mean, as far as inference can tell.</summary>
internal enum TensorLayout
{
    /// <summary>Nothing is known (model inputs, reshapes, permutes): layers trust the data format.</summary>
    Plain,

    /// <summary>A batch-first sequence (N, T, C), as Embedding and recurrent layers produce in both data formats.</summary>
    Sequence,

    /// <summary>A convolutional feature map in the model's data format.</summary>
    Spatial,
}
