namespace TypedGraph;

/// <summary>Loss function attached to a model output (Keras names and semantics).</summary>
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
enum Loss
{
    /// <summary>The output is not trained: it has no target.</summary>
    None,
    /// <summary>Mean of squared differences.</summary>
    MeanSquaredError,
    /// <summary>Mean of absolute differences.</summary>
    MeanAbsoluteError,
    /// <summary>Huber loss with delta 1.</summary>
    Huber,
    /// <summary>Binary cross-entropy on probabilities (with-logits form when the output ends in a sigmoid).</summary>
    BinaryCrossentropy,
    /// <summary>Categorical cross-entropy against one-hot or probability targets shaped like the output.</summary>
    CategoricalCrossentropy,
    /// <summary>Categorical cross-entropy against int64 class-index targets of shape <c>(N)</c> or <c>(N, 1)</c>.</summary>
    SparseCategoricalCrossentropy,
}
