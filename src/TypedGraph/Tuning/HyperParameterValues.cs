using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using TorchSharp;

namespace TypedGraph.Tuning;

/// <summary>
/// What the generated <c>M.HyperParameters</c> record and <c>new M(hp)</c> share: reading a point from name → value pairs
/// and checking a point against the model's search space, with errors that name the hyper-parameter.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class HyperParameterValues
{
    /// <summary>
    /// Checks that <paramref name="values"/> names exactly the hyper-parameters of <paramref name="space"/> and that each value
    /// is of its type and inside its domain.
    /// </summary>
    /// <param name="space">The model's search space.</param>
    /// <param name="values">The point, name → value.</param>
    /// <param name="model">The model's name, for messages.</param>
    /// <exception cref="ArgumentException">A name is missing or unknown, or a value is of another type or outside the domain.</exception>
    public static void Validate(SearchSpace space, IReadOnlyDictionary<string, object> values, string model)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(values);
        foreach (var name in values.Keys)
        {
            if (!space.Parameters.Any(p => p.Name == name))
            {
                throw new ArgumentException($"'{name}' is not a hyper-parameter of {model}; it has {string.Join(", ", space.Parameters.Select(p => p.Name))}.", nameof(values));
            }
        }

        foreach (var parameter in space.Parameters)
        {
            if (!values.TryGetValue(parameter.Name, out var value) || value is null)
            {
                throw new ArgumentException($"Hyper-parameter '{parameter.Name}' of {model} has no value.", nameof(values));
            }

            if (!parameter.Contains(value))
            {
                throw new ArgumentException(
                    $"Hyper-parameter '{parameter.Name}' of {model} is {Format(value)}, which is outside its space ({parameter}).", nameof(values));
            }
        }
    }

    /// <summary>The value of <paramref name="name"/> in <paramref name="values"/> (already validated) as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T"><c>int</c>, <c>double</c>, <c>bool</c> or <c>string</c>: the property's type.</typeparam>
    /// <param name="values">The point, name → value.</param>
    /// <param name="name">The hyper-parameter.</param>
    /// <returns>The value, converted exactly (an integral double to an int, an int to a double).</returns>
    public static T Read<T>(IReadOnlyDictionary<string, object> values, string name)
    {
        ArgumentNullException.ThrowIfNull(values);
        var value = values[name];
        return value is T typed ? typed : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>All weights (trainable and not, Keras's count) of a module the generator cannot see into, which is then disposed.</summary>
    /// <param name="module">A fresh module.</param>
    /// <returns>Its parameter count.</returns>
    public static long CountParameters(torch.nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        using (module)
        {
            var (trainable, nonTrainable) = ParameterCounter.Count(module);
            return trainable + nonTrainable;
        }
    }

    private static string Format(object value) => value switch
    {
        string s => $"\"{s}\"",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
