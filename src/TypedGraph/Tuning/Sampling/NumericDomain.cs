using System;
using System.Globalization;

namespace TypedGraph.Tuning.Sampling;

/// <summary>
/// A <c>[Range]</c> hyper-parameter seen as an interval of the real line, in log space for <c>Log</c> ranges: the
/// coordinate samplers work in, its bounds, and the snapping of a coordinate to a value of the domain (an integer, a
/// point of the step grid). Discrete values own a cell of the line (half a step either side) so that densities can be
/// turned into probabilities, as Optuna does for int and stepped distributions.
/// </summary>
internal sealed class NumericDomain
{
    private readonly HyperParameter _parameter;
    private readonly double _cellHalfWidth;

    public NumericDomain(HyperParameter parameter)
    {
        if (parameter.Choices is not null)
        {
            throw new ArgumentException($"'{parameter.Name}' is a choice, not a range.", nameof(parameter));
        }

        _parameter = parameter;
        IsDiscrete = parameter.IsFinite;
        if (parameter.Log)
        {
            // A log grid (Step = factor) is spaced evenly in log space; an int log range has cells [v − ½, v + ½].
            _cellHalfWidth = parameter.Step > 0 ? Math.Log(parameter.Step) / 2 : 0;
            Low = parameter.Step > 0 ? Math.Log(parameter.Min) - _cellHalfWidth : Math.Log(IsDiscrete ? Math.Max(parameter.Min - 0.5, parameter.Min / 2) : parameter.Min);
            High = parameter.Step > 0 ? Math.Log(parameter.Max) + _cellHalfWidth : Math.Log(IsDiscrete ? parameter.Max + 0.5 : parameter.Max);
        }
        else
        {
            _cellHalfWidth = IsDiscrete ? parameter.Step / 2 : 0;
            Low = parameter.Min - _cellHalfWidth;
            High = parameter.Max + _cellHalfWidth;
        }
    }

    /// <summary>The lower end of the sampling interval (widened by half a cell for discrete domains).</summary>
    public double Low { get; }

    /// <summary>The upper end of the sampling interval.</summary>
    public double High { get; }

    /// <summary>Whether the domain is a finite set of values.</summary>
    public bool IsDiscrete { get; }

    /// <summary>The coordinate of a value of the domain.</summary>
    public double ToCoordinate(object value)
    {
        var x = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        return _parameter.Log ? Math.Log(x) : x;
    }

    /// <summary>The value of the domain nearest to <paramref name="coordinate"/>.</summary>
    public object FromCoordinate(double coordinate)
    {
        var p = _parameter;
        var x = p.Log ? Math.Exp(coordinate) : coordinate;
        if (p.Log && p.Step > 0)
        {
            var k = Math.Round(Math.Log(x / p.Min) / Math.Log(p.Step));
            x = p.Min * Math.Pow(p.Step, Math.Max(0, k));
            while (x > p.Max * (1 + 1e-12))
            {
                x /= p.Step;
            }
        }
        else if (p.Step > 0)
        {
            var k = Math.Round((x - p.Min) / p.Step);
            x = p.Min + (Math.Max(0, k) * p.Step);
            while (x > p.Max + (1e-9 * Math.Max(1, Math.Abs(p.Max))))
            {
                x -= p.Step;
            }
        }

        x = Math.Clamp(x, p.Min, p.Max);
        return p.Type == HyperParameterType.Int ? (int)Math.Round(x) : x;
    }

    /// <summary>The cell of <paramref name="coordinate"/>'s value (its coordinate ± half a cell), or null for a continuous domain.</summary>
    public (double Low, double High)? Cell(double coordinate)
    {
        if (!IsDiscrete)
        {
            return null;
        }

        if (_parameter.Log && _parameter.Step <= 0)
        {
            var v = Math.Exp(coordinate);
            return (Math.Log(Math.Max(v - 0.5, v / 2)), Math.Log(v + 0.5));
        }

        return (coordinate - _cellHalfWidth, coordinate + _cellHalfWidth);
    }

    /// <summary>A uniform draw (log-uniform for log ranges), snapped to the domain.</summary>
    public object Uniform(Random random) => FromCoordinate(Low + (random.NextDouble() * (High - Low)));
}
