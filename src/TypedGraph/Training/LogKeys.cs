using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace TypedGraph;

/// <summary>
/// Names of the values Fit logs (Keras conventions) and the lookup that accepts Keras' aliases:
/// <c>accuracy</c> finds <c>acc</c>, <c>val_accuracy</c> finds <c>val_acc</c>, <c>age_accuracy</c> finds <c>age_acc</c>.
/// The dictionaries callbacks receive hold both spellings; <c>History.Keys</c> and <c>Params.LogNames</c> list the
/// canonical (<c>acc</c>) names only and accept the alias in lookups.
/// </summary>
public static class LogKeys
{
    /// <summary>The total loss.</summary>
    public const string Loss = "loss";

    /// <summary>Accuracy.</summary>
    public const string Accuracy = "acc";

    /// <summary>Mean absolute error.</summary>
    public const string MeanAbsoluteError = "mae";

    /// <summary>Mean squared error.</summary>
    public const string MeanSquaredError = "mse";

    /// <summary>Precision over the epoch (Keras' <c>Precision</c>).</summary>
    public const string Precision = "precision";

    /// <summary>Recall over the epoch (Keras' <c>Recall</c>).</summary>
    public const string Recall = "recall";

    /// <summary>Area under the ROC curve over the epoch (Keras' <c>AUC</c>).</summary>
    public const string Auc = "auc";

    /// <summary>Top-5 categorical accuracy (Keras' <c>top_k_categorical_accuracy</c>).</summary>
    public const string TopKCategoricalAccuracy = "top_k_categorical_accuracy";

    /// <summary>Keras' long spelling of <see cref="Accuracy"/>; logs carry it beside <c>acc</c> (also <c>val_accuracy</c>, <c>age_accuracy</c>).</summary>
    public const string AccuracyAlias = "accuracy";

    /// <summary>The learning rate, logged every epoch.</summary>
    public const string LearningRate = "lr";

    /// <summary>Prefix of the values computed on validation data.</summary>
    public const string ValidationPrefix = "val_";

    /// <summary>The short name of a metric in logs: <c>acc</c>, <c>mae</c>, <c>mse</c>.</summary>
    /// <param name="metric">The metric.</param>
    public static string For(Metric metric) => metric switch
    {
        Metric.Accuracy => Accuracy,
        Metric.MeanAbsoluteError => MeanAbsoluteError,
        Metric.MeanSquaredError => MeanSquaredError,
        Metric.Precision => Precision,
        Metric.Recall => Recall,
        Metric.Auc => Auc,
        Metric.TopKCategoricalAccuracy => TopKCategoricalAccuracy,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
    };

    /// <summary>Maps Keras' aliases to the logged name: <c>accuracy</c> → <c>acc</c> (also with a prefix, <c>val_accuracy</c> → <c>val_acc</c>).</summary>
    /// <param name="key">A name as a user may write it.</param>
    public static string Normalize(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.EndsWith(AccuracyAlias, StringComparison.Ordinal)
            && (key.Length == AccuracyAlias.Length || key[key.Length - AccuracyAlias.Length - 1] == '_')
            && !key.EndsWith(TopKCategoricalAccuracy, StringComparison.Ordinal))
        {
            return string.Concat(key.AsSpan(0, key.Length - AccuracyAlias.Length), Accuracy);
        }

        return key;
    }

    /// <summary>
    /// The alias logs carry beside <paramref name="key"/>: <c>accuracy</c> for <c>acc</c>, <c>val_accuracy</c> for
    /// <c>val_acc</c>, <c>age_accuracy</c> for <c>age_acc</c>; <see langword="null"/> for every other name.
    /// </summary>
    /// <param name="key">A logged (canonical) name.</param>
    public static string? AliasOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.EndsWith(Accuracy, StringComparison.Ordinal)
            && (key.Length == Accuracy.Length || key[key.Length - Accuracy.Length - 1] == '_')
            ? string.Concat(key.AsSpan(0, key.Length - Accuracy.Length), AccuracyAlias)
            : null;
    }

    /// <summary>
    /// Whether <paramref name="key"/> is the alias of another logged value (<c>accuracy</c>, <c>val_accuracy</c>…), which
    /// writers of files (<c>CsvLogger</c>, <c>TensorBoard</c>) and the console skip so that each value appears once.
    /// </summary>
    /// <param name="key">A name found in logs.</param>
    public static bool IsAlias(string key) => !string.Equals(Normalize(key), key, StringComparison.Ordinal);

    /// <summary>Looks <paramref name="key"/> up in <paramref name="logs"/>, by its exact name first, then by its <see cref="Normalize"/>d name.</summary>
    /// <typeparam name="TValue">The logged value type.</typeparam>
    /// <param name="logs">The logged values.</param>
    /// <param name="key">The name to find.</param>
    /// <param name="value">The value found.</param>
    public static bool TryGetValue<TValue>(IReadOnlyDictionary<string, TValue> logs, string key, [MaybeNullWhen(false)] out TValue value)
    {
        ArgumentNullException.ThrowIfNull(logs);
        ArgumentNullException.ThrowIfNull(key);
        return logs.TryGetValue(key, out value) || logs.TryGetValue(Normalize(key), out value);
    }
}
