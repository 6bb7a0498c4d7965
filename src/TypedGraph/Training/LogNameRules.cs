namespace TypedGraph;

/// <summary>
/// The rules that name logged values, compiled into the runtime (behind <see cref="LogKeys"/>) and into the generator
/// (whose analyzers check callback monitors against the names a model logs), so the rule exists once. Plain
/// netstandard2.0 code: it is a linked source of the generator.
/// </summary>
// Substring keeps this file compilable on netstandard2.0 (the generator), which has no span-based string.Concat.
#pragma warning disable CA1845
internal static class LogNameRules
{
    public const string Loss = "loss";
    public const string Accuracy = "acc";
    public const string AccuracyAlias = "accuracy";
    public const string MeanAbsoluteError = "mae";
    public const string MeanSquaredError = "mse";
    public const string Precision = "precision";
    public const string Recall = "recall";
    public const string Auc = "auc";
    public const string TopKCategoricalAccuracy = "top_k_categorical_accuracy";
    public const string LearningRate = "lr";
    public const string ValidationPrefix = "val_";

    /// <summary>The name of a metric in logs (Keras's): <c>acc</c>, <c>mae</c>, <c>auc</c> …; null for a value outside the enum.</summary>
    public static string? For(Metric metric) => metric switch
    {
        Metric.Accuracy => Accuracy,
        Metric.MeanAbsoluteError => MeanAbsoluteError,
        Metric.MeanSquaredError => MeanSquaredError,
        Metric.Precision => Precision,
        Metric.Recall => Recall,
        Metric.Auc => Auc,
        Metric.TopKCategoricalAccuracy => TopKCategoricalAccuracy,
        _ => null,
    };

    /// <summary>Keras's alias to the logged name: <c>accuracy</c> → <c>acc</c>, also after a prefix (<c>val_age_accuracy</c>); <c>top_k_categorical_accuracy</c> is a name of its own.</summary>
    public static string Normalize(string key) =>
        EndsWithWord(key, AccuracyAlias) && !key.EndsWith(TopKCategoricalAccuracy, System.StringComparison.Ordinal)
            ? key.Substring(0, key.Length - AccuracyAlias.Length) + Accuracy
            : key;

    /// <summary>The other Keras spelling of an accuracy name (<c>val_acc</c> → <c>val_accuracy</c>), or null.</summary>
    public static string? AliasOf(string key) =>
        EndsWithWord(key, Accuracy) ? key.Substring(0, key.Length - Accuracy.Length) + AccuracyAlias : null;

    private static bool EndsWithWord(string key, string word) =>
        key.EndsWith(word, System.StringComparison.Ordinal) && (key.Length == word.Length || key[key.Length - word.Length - 1] == '_');
}
#pragma warning restore CA1845
