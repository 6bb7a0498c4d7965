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
    /// <summary>
    /// Precision, tp / (tp + fp), counted over the whole epoch (Keras' stateful <c>Precision</c>): every element of the
    /// activated output is a positive prediction when it is greater than 0.5; class-index targets are one-hot encoded
    /// first. Logged as <c>precision</c>.
    /// </summary>
    Precision,
    /// <summary>Recall, tp / (tp + fn), counted over the whole epoch like <see cref="Precision"/>. Logged as <c>recall</c>.</summary>
    Recall,
    /// <summary>
    /// Area under the ROC curve over the whole epoch (Keras' <c>AUC</c> defaults: 200 thresholds, trapezoidal
    /// interpolation, every element of the output a binary decision). Logged as <c>auc</c>.
    /// </summary>
    Auc,
    /// <summary>
    /// Whether the true class is among the 5 highest outputs (Keras' <c>top_k_categorical_accuracy</c>, k = 5; one-hot or
    /// class-index targets). Logged as <c>top_k_categorical_accuracy</c>.
    /// </summary>
    TopKCategoricalAccuracy,
}
