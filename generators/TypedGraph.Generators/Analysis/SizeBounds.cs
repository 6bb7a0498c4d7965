using TypedGraph.Generators.Layers;
using System.Collections.Generic;
using System.Linq;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// Finds, for every symbol of the inputs, the smallest size at which no inferred dimension drops below 1. Shape
/// arithmetic only ever grows with its inputs (sums with constants, products, floor and ceiling divisions), so a binary
/// search per symbol, the others held large, finds it. Hyper-parameters in a dimension take, at each size tried, the
/// values that make it smallest (<see cref="SpaceExtremes"/>): the minimum holds for every model of the search space.
/// </summary>
internal static class SizeBounds
{
    private const long Large = 1 << 20;

    public static List<SymbolMinimum> Minimums(IReadOnlyList<GraphNode> nodes, HyperParameterSpace space)
    {
        var symbols = new List<string>();
        foreach (var node in nodes.Where(n => n.Layer is Layers.InputLayer && n.Shape is not null))
        {
            foreach (var dim in node.Shape!.SampleDims)
            {
                dim.CollectSymbols(symbols);
            }
        }

        var dims = nodes.Where(n => n.Shape is not null).SelectMany(n => n.Shape!.SampleDims).Where(d => !d.IsKnown).Distinct().ToList();
        var minimums = new List<SymbolMinimum>();
        foreach (var symbol in symbols)
        {
            bool Fits(long size) => dims.All(d => Smallest(d, symbol, size, space) >= 1);
            if (Fits(1) || !Fits(Large))
            {
                continue;
            }

            long low = 1, high = Large;
            while (high - low > 1)
            {
                var middle = low + ((high - low) / 2);
                if (Fits(middle))
                {
                    high = middle;
                }
                else
                {
                    low = middle;
                }
            }

            minimums.Add(new SymbolMinimum(symbol, high));
        }

        return minimums;
    }

    /// <summary><paramref name="dim"/> with <paramref name="symbol"/> = <paramref name="size"/>, other input symbols large, and its hyper-parameters at their worst.</summary>
    private static long Smallest(Dim dim, string symbol, long size, HyperParameterSpace space)
    {
        if (!space.Mentions(dim))
        {
            return dim.Evaluate(s => s == symbol ? size : Large);
        }

        var symbols = new List<string>();
        dim.CollectSymbols(symbols);
        var inputs = symbols.Where(s => !space.Contains(s)).ToDictionary(s => s, s => Dim.Of(s == symbol ? size : Large));
        return SpaceExtremes.Minimum(dim.Substitute(inputs), space.DomainOf)?.Value ?? long.MinValue;
    }
}
