using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace TypedGraph;

/// <summary>
/// What <c>Fit</c> logged at the end of each epoch: <c>history["val_loss"]</c> is the list of validation losses, one per
/// epoch run. Keys follow <see cref="LogKeys"/>: <see cref="Keys"/> lists the canonical names (<c>acc</c>), and lookups
/// accept Keras' <c>accuracy</c> spelling too (<c>history["val_accuracy"]</c>).
/// </summary>
public sealed class History
{
    private readonly Dictionary<string, List<double>> _values = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly List<int> _epochs = [];

    /// <summary>The values of <paramref name="key"/>, one per epoch.</summary>
    /// <param name="key">A logged name such as <c>loss</c>, <c>val_acc</c> or <c>age_mae</c>.</param>
    /// <exception cref="KeyNotFoundException">Nothing was logged under <paramref name="key"/>; the message lists what was.</exception>
    public IReadOnlyList<double> this[string key]
    {
        get
        {
            if (TryGetValue(key, out var values))
            {
                return values;
            }

            var available = _keys.Count == 0 ? "none (no epoch has run)" : string.Join(", ", _keys);
            throw new KeyNotFoundException($"History has no values for '{key}'. Logged names: {available}.");
        }
    }

    /// <summary>The logged names, in the order they first appeared.</summary>
    public IReadOnlyCollection<string> Keys => _keys;

    /// <summary>The indices (0-based) of the epochs that ran.</summary>
    public IReadOnlyList<int> Epochs => _epochs;

    /// <summary>Looks up the values of <paramref name="key"/>, accepting Keras' <c>accuracy</c> alias.</summary>
    /// <param name="key">A logged name.</param>
    /// <param name="values">The values, one per epoch.</param>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (LogKeys.TryGetValue(_values, key, out var list))
        {
            values = list;
            return true;
        }

        values = null;
        return false;
    }

    /// <summary>Appends the logs of one finished epoch; aliases (<c>accuracy</c>) are kept once, under the canonical name, and found by lookups.</summary>
    internal void Append(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        _epochs.Add(epoch);
        foreach (var (key, value) in logs)
        {
            if (LogKeys.IsAlias(key))
            {
                continue;
            }

            if (!_values.TryGetValue(key, out var values))
            {
                values = [];
                _values.Add(key, values);
                _keys.Add(key);
            }

            values.Add(value);
        }
    }
}
