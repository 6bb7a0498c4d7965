using System;
using System.Collections.Generic;
using System.Text.Json;

namespace TypedGraph.Tuning.Storage;

/// <summary>A <see cref="History"/> as stored: <c>{"epochs":[0,1],"values":{"loss":[0.9,0.7],…}}</c>.</summary>
internal static class HistoryCodec
{
    private static readonly JsonSerializerOptions Options = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static string Encode(History history)
    {
        var values = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        foreach (var key in history.Keys)
        {
            values[key] = history[key];
        }

        return JsonSerializer.Serialize(new Stored(history.Epochs, values), Options);
    }

    public static History Decode(string? json)
    {
        var history = new History();
        if (json is null)
        {
            return history;
        }

        var stored = JsonSerializer.Deserialize<Stored>(json, Options) ?? throw new TuningStorageException($"A stored history is empty: {json}");
        for (var i = 0; i < stored.epochs.Count; i++)
        {
            var logs = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (key, list) in stored.values)
            {
                if (i < list.Count)
                {
                    logs[key] = list[i];
                }
            }

            history.Append(stored.epochs[i], logs);
        }

        return history;
    }

#pragma warning disable SA1300, IDE1006 // JSON member names.
    private sealed record Stored(IReadOnlyList<int> epochs, IReadOnlyDictionary<string, IReadOnlyList<double>> values);
#pragma warning restore SA1300, IDE1006
}
