namespace TypedGraph;

/// <summary>Metric reported for a model output during training and evaluation.</summary>
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
enum Metric
{
    /// <summary>Accuracy; binary, sparse or categorical is chosen from the loss and shapes as Keras <c>"acc"</c> does. Logged as <c>acc</c>.</summary>
    Accuracy,
    /// <summary>Mean absolute error. Logged as <c>mae</c>.</summary>
    MeanAbsoluteError,
    /// <summary>Mean squared error. Logged as <c>mse</c>.</summary>
    MeanSquaredError,
}
