using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TypedGraph.Tuning.Storage;

/// <summary>
/// A point of a search space as stored: a JSON object in declaration order (<c>{"Filters":32,"Rate":0.25}</c>, doubles in
/// round-trip form), which is also the point's unique key in the study.
/// </summary>
internal static class PointCodec
{
    /// <summary>The JSON of <paramref name="values"/>, in the space's declaration order.</summary>
    public static string Encode(SearchSpace space, IReadOnlyDictionary<string, object> values)
    {
        var text = new StringBuilder("{");
        foreach (var parameter in space.Parameters)
        {
            if (text.Length > 1)
            {
                text.Append(',');
            }

            text.Append(JsonSerializer.Serialize(parameter.Name)).Append(':');
            var value = values[parameter.Name];
            text.Append(value switch
            {
                double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : throw new ArgumentException($"'{parameter.Name}' is {d}.", nameof(values)),
                int i => i.ToString(CultureInfo.InvariantCulture),
                bool b => b ? "true" : "false",
                string s => JsonSerializer.Serialize(s),
                _ => throw new ArgumentException($"'{parameter.Name}' has a value of type {value.GetType().Name}.", nameof(values)),
            });
        }

        return text.Append('}').ToString();
    }

    /// <summary>The values of a stored point, each converted to its hyper-parameter's type.</summary>
    /// <exception cref="TuningStorageException">The JSON does not match <paramref name="space"/>.</exception>
    public static Dictionary<string, object> Decode(SearchSpace space, string json)
    {
        using var document = JsonDocument.Parse(json);
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var parameter in space.Parameters)
        {
            if (!document.RootElement.TryGetProperty(parameter.Name, out var element))
            {
                throw new TuningStorageException($"A stored trial has no value for '{parameter.Name}': {json}");
            }

            values[parameter.Name] = parameter.Type switch
            {
                HyperParameterType.Int => element.GetInt32(),
                HyperParameterType.Double => element.GetDouble(),
                HyperParameterType.Bool => element.GetBoolean(),
                _ => element.GetString()!,
            };
        }

        return values;
    }
}
