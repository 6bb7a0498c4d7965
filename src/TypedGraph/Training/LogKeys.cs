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
    public const string Loss = LogNameRules.Loss;

    /// <summary>Accuracy.</summary>
    public const string Accuracy = LogNameRules.Accuracy;

    /// <summary>Mean absolute error.</summary>
    public const string MeanAbsoluteError = LogNameRules.MeanAbsoluteError;

    /// <summary>Mean squared error.</summary>
    public const string MeanSquaredError = LogNameRules.MeanSquaredError;

    /// <summary>Precision over the epoch (Keras' <c>Precision</c>).</summary>
    public const string Precision = LogNameRules.Precision;

    /// <summary>Recall over the epoch (Keras' <c>Recall</c>).</summary>
    public const string Recall = LogNameRules.Recall;

    /// <summary>Area under the ROC curve over the epoch (Keras' <c>AUC</c>).</summary>
    public const string Auc = LogNameRules.Auc;

    /// <summary>Top-5 categorical accuracy (Keras' <c>top_k_categorical_accuracy</c>).</summary>
    public const string TopKCategoricalAccuracy = LogNameRules.TopKCategoricalAccuracy;

    /// <summary>Keras' long spelling of <see cref="Accuracy"/>; logs carry it beside <c>acc</c> (also <c>val_accuracy</c>, <c>age_accuracy</c>).</summary>
    public const string AccuracyAlias = LogNameRules.AccuracyAlias;

    /// <summary>The learning rate, logged every epoch.</summary>
    public const string LearningRate = LogNameRules.LearningRate;

    /// <summary>Prefix of the values computed on validation data.</summary>
    public const string ValidationPrefix = LogNameRules.ValidationPrefix;

    /// <summary>The short name of a metric in logs: <c>acc</c>, <c>mae</c>, <c>mse</c>.</summary>
    /// <param name="metric">The metric.</param>
    public static string For(Metric metric) =>
        LogNameRules.For(metric) ?? throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric.");

    /// <summary>Maps Keras' aliases to the logged name: <c>accuracy</c> → <c>acc</c> (also with a prefix, <c>val_accuracy</c> → <c>val_acc</c>).</summary>
    /// <param name="key">A name as a user may write it.</param>
    public static string Normalize(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return LogNameRules.Normalize(key);
    }

    /// <summary>
    /// The alias logs carry beside <paramref name="key"/>: <c>accuracy</c> for <c>acc</c>, <c>val_accuracy</c> for
    /// <c>val_acc</c>, <c>age_accuracy</c> for <c>age_acc</c>; <see langword="null"/> for every other name.
    /// </summary>
    /// <param name="key">A logged (canonical) name.</param>
    public static string? AliasOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return LogNameRules.AliasOf(key);
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
