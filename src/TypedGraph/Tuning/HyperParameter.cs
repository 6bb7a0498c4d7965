using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TypedGraph.Tuning;

/// <summary>
/// One hyper-parameter of a search space, as declared: a <c>[Choice]</c> list (<see cref="Choices"/>) or a <c>[Range]</c>
/// (<see cref="Min"/>, <see cref="Max"/>, <see cref="Step"/>, <see cref="Log"/>). The generator builds these from the
/// attributes after checking them (TG0030 and following), so an instance always describes a valid, non-empty domain.
/// </summary>
public sealed class HyperParameter
{
    private readonly object[]? _choices;

    private HyperParameter(string name, HyperParameterType type, object[]? choices, double min, double max, double step, bool log)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Type = type;
        _choices = choices;
        Min = min;
        Max = max;
        Step = step;
        Log = log;
    }

    /// <summary>The property's name.</summary>
    public string Name { get; }

    /// <summary>The property's type.</summary>
    public HyperParameterType Type { get; }

    /// <summary>The values of a <c>[Choice]</c>, in declaration order; null for a range.</summary>
    public IReadOnlyList<object>? Choices => _choices;

    /// <summary>The smallest value of a range (NaN for a choice).</summary>
    public double Min { get; }

    /// <summary>The largest value of a range (NaN for a choice).</summary>
    public double Max { get; }

    /// <summary>The grid step of a range (the factor when <see cref="Log"/>); 0 = continuous. An <c>int</c> range steps by at least 1.</summary>
    public double Step { get; }

    /// <summary>Whether a range is sampled uniformly in log space.</summary>
    public bool Log { get; }

    /// <summary>Whether the domain has finitely many values (a choice, an <c>int</c> range or a stepped range).</summary>
    public bool IsFinite => _choices is not null || Type == HyperParameterType.Int || Step > 0;

    /// <summary>The default value: the first choice or the range's minimum.</summary>
    public object Default => _choices is not null ? _choices[0] : Convert(Min);

    /// <summary>A <c>[Choice]</c> hyper-parameter.</summary>
    /// <exception cref="ArgumentException">No values, or a value not of <paramref name="type"/>.</exception>
    public static HyperParameter Choice(string name, HyperParameterType type, params object[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            throw new ArgumentException($"Hyper-parameter '{name}' has no choices.", nameof(values));
        }

        var converted = values.Select(v => ConvertValue(name, type, v)).ToArray();
        return new HyperParameter(name, type, converted, double.NaN, double.NaN, 0, false);
    }

    /// <summary>A <c>[Range]</c> hyper-parameter.</summary>
    /// <exception cref="ArgumentException">min &gt; max, a non-finite bound, a negative step, log with min ≤ 0, or a type other than int/double.</exception>
    public static HyperParameter Range(string name, HyperParameterType type, double min, double max, double step = 0, bool log = false)
    {
        if (type is not (HyperParameterType.Int or HyperParameterType.Double))
        {
            throw new ArgumentException($"Hyper-parameter '{name}': a range needs an int or double property, not {type}.", nameof(type));
        }

        if (!double.IsFinite(min) || !double.IsFinite(max) || min > max)
        {
            throw new ArgumentException($"Hyper-parameter '{name}': the range [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}] is empty or not finite.", nameof(min));
        }

        if (step < 0 || (log && step != 0 && step <= 1))
        {
            throw new ArgumentException($"Hyper-parameter '{name}': step {step.ToString(CultureInfo.InvariantCulture)} is invalid{(log ? " (a log step is a factor > 1)" : string.Empty)}.", nameof(step));
        }

        if (log && min <= 0)
        {
            throw new ArgumentException($"Hyper-parameter '{name}': a log range needs min > 0, not {min.ToString(CultureInfo.InvariantCulture)}.", nameof(min));
        }

        if (type == HyperParameterType.Int)
        {
            min = Math.Ceiling(min);
            max = Math.Floor(max);
            if (min > max)
            {
                throw new ArgumentException($"Hyper-parameter '{name}': the int range holds no integer.", nameof(min));
            }

            if (!log && step < 1)
            {
                step = 1;
            }
        }

        return new HyperParameter(name, type, null, min, max, step, log);
    }

    /// <summary>
    /// The domain's values in order, for grid search: the choices, or the grid points of a stepped or <c>int</c> range.
    /// </summary>
    /// <exception cref="InvalidOperationException">The domain is continuous.</exception>
    public IReadOnlyList<object> Values()
    {
        if (_choices is not null)
        {
            return _choices;
        }

        if (!IsFinite)
        {
            throw new InvalidOperationException($"Hyper-parameter '{Name}' is a continuous range; give it a Step to enumerate it.");
        }

        var values = new List<object>();
        if (Log && Step > 0)
        {
            for (var v = Min; v <= Max * (1 + 1e-12); v *= Step)
            {
                values.Add(Convert(v));
            }
        }
        else
        {
            var step = Step > 0 ? Step : 1;
            var count = (long)Math.Floor(((Max - Min) / step) + 1e-9) + 1;
            for (long i = 0; i < count; i++)
            {
                values.Add(Convert(Min + (i * step)));
            }
        }

        return values.Distinct().ToArray();
    }

    /// <summary>The number of values: the choices or grid points; null when the domain is continuous.</summary>
    public long? Cardinality => IsFinite ? (_choices?.Length ?? CountGrid()) : null;

    /// <summary>Whether <paramref name="value"/> is of this hyper-parameter's type and inside its domain.</summary>
    public bool Contains(object value)
    {
        object converted;
        try
        {
            converted = ConvertValue(Name, Type, value);
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (_choices is not null)
        {
            return _choices.Contains(converted);
        }

        var x = System.Convert.ToDouble(converted, CultureInfo.InvariantCulture);
        const double tolerance = 1e-9;
        if (x < Min - (tolerance * Math.Max(1, Math.Abs(Min))) || x > Max + (tolerance * Math.Max(1, Math.Abs(Max))))
        {
            return false;
        }

        if (!IsFinite)
        {
            return true;
        }

        if (Log && Step > 0)
        {
            return Values().Any(v => Math.Abs(System.Convert.ToDouble(v, CultureInfo.InvariantCulture) - x) <= tolerance * Math.Max(1, Math.Abs(x)));
        }

        // An arithmetic grid min + k·step: the nearest k, computed rather than listed (an int range may hold 10⁹ values).
        var step = Step > 0 ? Step : 1;
        var k = Math.Round((x - Min) / step);
        return k >= 0 && k < CountGrid() && Math.Abs(Min + (k * step) - x) <= tolerance * Math.Max(1, Math.Abs(x));
    }

    /// <summary>The declaration, as written: <c>Kernel: Choice(3, 5, 7)</c>, <c>Rate: Range(0, 0.5, Step = 0.25)</c>.</summary>
    public override string ToString()
    {
        if (_choices is not null)
        {
            return $"{Name}: Choice({string.Join(", ", _choices.Select(Format))})";
        }

        var options = (Step > 0 && !(Type == HyperParameterType.Int && Step == 1 && !Log) ? $", Step = {Format(Step)}" : string.Empty) + (Log ? ", Log = true" : string.Empty);
        return $"{Name}: Range({Format(Min)}, {Format(Max)}{options})";
    }

    private long CountGrid() => Log && Step > 0
        ? Values().Count
        : (long)Math.Floor(((Max - Min) / (Step > 0 ? Step : 1)) + 1e-9) + 1;

    private object Convert(double value) => Type switch
    {
        HyperParameterType.Int => checked((int)Math.Round(value)),
        _ => (object)value,
    };

    private static string Format(object value) => value switch
    {
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static object ConvertValue(string name, HyperParameterType type, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return (type, value) switch
        {
            (HyperParameterType.Int, int i) => i,
            (HyperParameterType.Int, long l) when l is >= int.MinValue and <= int.MaxValue => (int)l,
            (HyperParameterType.Int, double d) when d == Math.Round(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
            (HyperParameterType.Double, double d) => d,
            (HyperParameterType.Double, int i) => (double)i,
            (HyperParameterType.Double, long l) => (double)l,
            (HyperParameterType.Double, float f) => (double)f,
            (HyperParameterType.Bool, bool b) => b,
            (HyperParameterType.String, string s) => s,
            _ => throw new ArgumentException($"Hyper-parameter '{name}' is {type}; the value {value} ({value.GetType().Name}) is not.", nameof(value)),
        };
    }
}
