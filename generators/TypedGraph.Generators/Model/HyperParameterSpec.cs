using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Tuning;

namespace TypedGraph.Generators.Model;

/// <summary>
/// One hyper-parameter of a model as declared, after its checks (TG0030 …): a <c>[Choice]</c> (<see cref="Choices"/>, the
/// values as C# literals, and for numbers <see cref="Numbers"/>) or a <c>[Range]</c> (<see cref="Min"/> … <see cref="Max"/>,
/// <see cref="Step"/>, <see cref="Log"/>; an <c>int</c> range already narrowed to integers). Plain values only.
/// </summary>
internal sealed record HyperParameterSpec(
    string Name,
    HyperParameterType Type,
    EquatableArray<string> Choices,
    EquatableArray<double> Numbers,
    bool IsRange,
    double Min,
    double Max,
    double Step,
    bool Log)
{
    /// <summary>The most values a domain is listed with for the shape engine; larger <c>int</c> grids are given as their interval.</summary>
    public const int ListedValuesLimit = 4096;

    /// <summary>The C# keyword of the property's type.</summary>
    public string TypeKeyword => Keyword(Type);

    /// <summary>The default value as a C# literal: the first choice, or the range's minimum.</summary>
    public string DefaultLiteral => IsRange ? NumberLiteral(Min) : Choices[0];

    /// <summary>The default size of an <c>int</c> hyper-parameter (the first choice, or the range's minimum); null for other types.</summary>
    public long? DefaultSize => Type != HyperParameterType.Int ? null : IsRange ? (long)Min : Numbers.Count > 0 ? (long)Numbers[0] : null;

    /// <summary>The C# literal of a range bound or step for this type.</summary>
    public string NumberLiteral(double value) => Type == HyperParameterType.Int
        ? ((long)value).ToString(CultureInfo.InvariantCulture)
        : Emitting.Literal.Double(value);

    /// <summary>The C# keyword of <paramref name="type"/>.</summary>
    public static string Keyword(HyperParameterType type) => type switch
    {
        HyperParameterType.Int => "int",
        HyperParameterType.Double => "double",
        HyperParameterType.Bool => "bool",
        _ => "string",
    };

    /// <summary>
    /// The sizes an <c>int</c> hyper-parameter takes, for the shape engine: its choices or grid points (listed when at
    /// most <see cref="ListedValuesLimit"/>), otherwise the interval from its smallest to its largest grid point (exact for
    /// step 1; a superset otherwise, whose ends are still points of the domain). Null for other types.
    /// </summary>
    public SymbolDomain? Domain()
    {
        if (Type != HyperParameterType.Int)
        {
            return null;
        }

        if (!IsRange)
        {
            return SymbolDomain.OfValues(Numbers.Select(v => (long)v));
        }

        var min = (long)Min;
        var max = (long)Max;
        if (Log && Step > 1)
        {
            var values = new List<long>();
            for (var v = (double)min; v <= Max * (1 + 1e-12) && values.Count <= ListedValuesLimit; v *= Step)
            {
                values.Add((long)Math.Round(v));
            }

            return SymbolDomain.OfValues(values);
        }

        var step = Math.Max(1L, (long)Step);
        var count = ((max - min) / step) + 1;
        var last = min + ((count - 1) * step);
        return count <= ListedValuesLimit
            ? SymbolDomain.OfValues(Enumerable.Range(0, (int)count).Select(i => min + (i * step)))
            : SymbolDomain.Range(min, last);
    }
}
