using TypedGraph.Generators.Layers;
using System.Collections.Generic;
using System.Linq;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// Finds, for every symbol of the inputs, the smallest size at which no inferred dimension drops below 1. Shape
/// arithmetic only ever grows with its inputs (sums with constants, products, floor and ceiling divisions), so a binary
/// search per symbol, the others held large, finds it.
/// </summary>
internal static class SizeBounds
{
    private const long Large = 1 << 20;

    public static List<SymbolMinimum> Minimums(IReadOnlyList<GraphNode> nodes)
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
            bool Fits(long size) => dims.All(d => d.Evaluate(s => s == symbol ? size : Large) >= 1);
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
}
