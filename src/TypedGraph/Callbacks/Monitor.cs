using System;
using System.Collections.Generic;
using System.Globalization;

namespace TypedGraph.Callbacks;

/// <summary>
/// A monitored log value shared by <see cref="EarlyStopping"/>, <see cref="ModelCheckpoint"/> and
/// <see cref="ReduceLROnPlateau"/>: its normalized name, its direction, and Keras' strict improvement test.
/// </summary>
internal sealed class Monitor
{
    public Monitor(string name, MonitorMode mode, string owner)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown monitor mode.");
        }

        Name = LogKeys.Normalize(name);
        Owner = owner;
        Mode = mode != MonitorMode.Auto
            ? mode
            : IsHigherBetter(Name) ? MonitorMode.Max : MonitorMode.Min;
    }

    /// <summary>The monitored name, <c>accuracy</c> mapped to <c>acc</c>.</summary>
    public string Name { get; }

    /// <summary>The resolved direction, never <see cref="MonitorMode.Auto"/>.</summary>
    public MonitorMode Mode { get; }

    /// <summary>The callback's type name, for messages.</summary>
    public string Owner { get; }

    /// <summary>The worst possible value: +∞ for <see cref="MonitorMode.Min"/>, −∞ for <see cref="MonitorMode.Max"/>.</summary>
    public double Worst => Mode == MonitorMode.Min ? double.PositiveInfinity : double.NegativeInfinity;

    /// <summary>
    /// Whether <paramref name="current"/> beats <paramref name="reference"/> by more than <paramref name="minDelta"/>:
    /// strictly, <c>current + minDelta &lt; reference</c> (min) or <c>current − minDelta &gt; reference</c> (max).
    /// NaN never improves.
    /// </summary>
    public bool IsImprovement(double current, double reference, double minDelta) =>
        Mode == MonitorMode.Min ? current + minDelta < reference : current - minDelta > reference;

    /// <summary>Throws when the epoch logs of this <c>Fit</c> call will never hold the monitored name.</summary>
    /// <exception cref="ArgumentException">The name is not among <see cref="TrainingParameters.LogNames"/>; the message lists them.</exception>
    public void Validate(TrainingParameters parameters)
    {
        foreach (var name in parameters.LogNames)
        {
            if (name == Name)
            {
                return;
            }
        }

        var hint = Name.StartsWith(LogKeys.ValidationPrefix, StringComparison.Ordinal) && !HasValidation(parameters)
            ? " This Fit call has no validationData or validationSplit, so it logs no val_ values."
            : string.Empty;
        throw new ArgumentException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{Owner} monitors '{Name}', which this Fit call never logs.{hint} Available: {string.Join(", ", parameters.LogNames)}."));
    }

    /// <summary>The monitored value in <paramref name="logs"/>, if present.</summary>
    public bool TryGet(IReadOnlyDictionary<string, double> logs, out double value) => LogKeys.TryGetValue(logs, Name, out value);

    /// <summary>Accuracies, precision, recall and AUC improve upwards (Keras' metric directions); everything else downwards.</summary>
    private static bool IsHigherBetter(string name) =>
        name.Contains(LogKeys.Accuracy, StringComparison.Ordinal)
        || name.EndsWith(LogKeys.Precision, StringComparison.Ordinal)
        || name.EndsWith(LogKeys.Recall, StringComparison.Ordinal)
        || name.EndsWith(LogKeys.Auc, StringComparison.Ordinal);

    private static bool HasValidation(TrainingParameters parameters)
    {
        foreach (var name in parameters.LogNames)
        {
            if (name.StartsWith(LogKeys.ValidationPrefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
