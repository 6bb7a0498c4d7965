using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace TypedGraph;

/// <summary>
/// Names of the values Fit logs (Keras conventions) and the lookup that accepts Keras' aliases:
/// <c>accuracy</c> finds <c>acc</c>, <c>val_accuracy</c> finds <c>val_acc</c>, <c>age_accuracy</c> finds <c>age_acc</c>.
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

    /// <summary>The learning rate, logged every epoch.</summary>
    public const string LearningRate = "lr";

    /// <summary>Prefix of the values computed on validation data.</summary>
    public const string ValidationPrefix = "val_";

    private const string AccuracyAlias = "accuracy";

    /// <summary>The short name of a metric in logs: <c>acc</c>, <c>mae</c>, <c>mse</c>.</summary>
    /// <param name="metric">The metric.</param>
    public static string For(Metric metric) => metric switch
    {
        Metric.Accuracy => Accuracy,
        Metric.MeanAbsoluteError => MeanAbsoluteError,
        Metric.MeanSquaredError => MeanSquaredError,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
    };

    /// <summary>Maps Keras' aliases to the logged name: <c>accuracy</c> → <c>acc</c> (also with a prefix, <c>val_accuracy</c> → <c>val_acc</c>).</summary>
    /// <param name="key">A name as a user may write it.</param>
    public static string Normalize(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.EndsWith(AccuracyAlias, StringComparison.Ordinal)
            && (key.Length == AccuracyAlias.Length || key[key.Length - AccuracyAlias.Length - 1] == '_'))
        {
            return string.Concat(key.AsSpan(0, key.Length - AccuracyAlias.Length), Accuracy);
        }

        return key;
    }

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
