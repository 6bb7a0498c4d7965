using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace TypedGraph.Tuning;

/// <summary>
/// A model's search space (<c>M.SearchSpace</c>): its hyper-parameters in declaration order, how many points it has when
/// finite, and the range of parameter counts its models have (computed by the generator from the shape rules).
/// </summary>
public sealed class SearchSpace
{
    /// <summary>Creates the space.</summary>
    /// <param name="parameters">The hyper-parameters, in declaration order; names unique.</param>
    /// <param name="minParameterCount">The fewest weights a model of the space has.</param>
    /// <param name="maxParameterCount">The most weights a model of the space has.</param>
    /// <exception cref="ArgumentException">Two hyper-parameters share a name, or the count range is empty.</exception>
    public SearchSpace(IReadOnlyList<HyperParameter> parameters, long minParameterCount, long maxParameterCount)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var duplicate = parameters.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The search space declares '{duplicate.Key}' twice.", nameof(parameters));
        }

        if (minParameterCount < 0 || maxParameterCount < minParameterCount)
        {
            throw new ArgumentException($"The parameter-count range [{minParameterCount}, {maxParameterCount}] is empty.", nameof(minParameterCount));
        }

        Parameters = parameters.ToArray();
        MinParameterCount = minParameterCount;
        MaxParameterCount = maxParameterCount;
    }

    /// <summary>The hyper-parameters, in declaration order.</summary>
    public IReadOnlyList<HyperParameter> Parameters { get; }

    /// <summary>Whether every hyper-parameter has finitely many values.</summary>
    public bool IsFinite => Parameters.All(p => p.IsFinite);

    /// <summary>The number of points (the product of the domains' sizes; <see cref="long.MaxValue"/> when that overflows).</summary>
    /// <exception cref="InvalidOperationException">A hyper-parameter is a continuous range (<see cref="IsFinite"/> is false).</exception>
    public long Size
    {
        get
        {
            var continuous = Parameters.FirstOrDefault(p => !p.IsFinite);
            if (continuous is not null)
            {
                throw new InvalidOperationException($"The search space is infinite: '{continuous.Name}' is a continuous range.");
            }

            long size = 1;
            foreach (var p in Parameters)
            {
                var n = p.Cardinality!.Value;
                if (size > long.MaxValue / Math.Max(n, 1))
                {
                    return long.MaxValue;
                }

                size *= n;
            }

            return size;
        }
    }

    /// <summary>The fewest weights (trainable and not) a model of the space has.</summary>
    public long MinParameterCount { get; }

    /// <summary>The most weights a model of the space has.</summary>
    public long MaxParameterCount { get; }

    /// <summary>The hyper-parameter named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is none.</exception>
    public HyperParameter this[string name] =>
        Parameters.FirstOrDefault(p => p.Name == name) ?? throw new KeyNotFoundException($"The search space has no hyper-parameter '{name}'.");

    /// <summary>The lines <c>Summary()</c> shows: one per hyper-parameter, then the size and the parameter-count range.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("Search space: ").Append(Parameters.Count).Append(" hyper-parameters, ");
        text.Append(IsFinite ? Size.ToString("N0", CultureInfo.InvariantCulture) + " points" : "infinite");
        text.Append(", ").Append(MinParameterCount.ToString("N0", CultureInfo.InvariantCulture));
        text.Append(MinParameterCount == MaxParameterCount ? string.Empty : " – " + MaxParameterCount.ToString("N0", CultureInfo.InvariantCulture));
        text.AppendLine(" params");
        foreach (var p in Parameters)
        {
            text.Append("  ").AppendLine(p.ToString());
        }

        return text.ToString().TrimEnd();
    }
}
