using System.Collections.Generic;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// Compares dimensions by the rule of the design: equal for every size → <see cref="DimRelation.Equal"/>; different for
/// every size greater than 1 → <see cref="DimRelation.Different"/>; otherwise <see cref="DimRelation.Unknown"/>. Symbolic
/// expressions are compared structurally, then over a fixed set of sizes (each symbol taking every sample, others
/// following), which covers the conv/pool/concat arithmetic TypedGraph builds.
/// </summary>
internal static class DimComparer
{
    private static readonly long[] s_samples = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 31, 32, 33, 63, 64, 65, 99, 100, 127, 128, 224, 227, 299, 1000];

    public static DimRelation Compare(Dim a, Dim b)
    {
        if (a == b)
        {
            return DimRelation.Equal;
        }

        if (a.IsKnown && b.IsKnown)
        {
            return DimRelation.Different;
        }

        var symbols = new List<string>();
        a.CollectSymbols(symbols);
        b.CollectSymbols(symbols);
        int equal = 0, different = 0;
        for (var i = 0; i < s_samples.Length; i++)
        {
            for (var shift = 0; shift < (symbols.Count > 1 ? 3 : 1); shift++)
            {
                var values = new Dictionary<string, long>();
                for (var s = 0; s < symbols.Count; s++)
                {
                    values[symbols[s]] = s_samples[(i + (s * shift)) % s_samples.Length];
                }

                var x = a.Evaluate(name => values[name]);
                var y = b.Evaluate(name => values[name]);
                if (x <= 1 || y <= 1)
                {
                    continue; // the rule speaks of sizes greater than 1
                }

                if (x == y)
                {
                    equal++;
                }
                else
                {
                    different++;
                }
            }
        }

        return different == 0 ? DimRelation.Equal : equal == 0 ? DimRelation.Different : DimRelation.Unknown;
    }
}
