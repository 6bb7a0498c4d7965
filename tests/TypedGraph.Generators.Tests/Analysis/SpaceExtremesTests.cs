using System;
using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;

namespace TypedGraph.Generators.Tests.Analysis;

using Dim = TypedGraph.Generators.Analysis.Dim;

/// <summary>
/// <see cref="SpaceExtremes"/> with a hyper-parameter divisor (a tunable pool size): the least and greatest value and a
/// point reaching it, by hand for the shapes pooling builds, and against brute force over every point for random
/// expressions.
/// </summary>
public sealed class SpaceExtremesTests
{
    private static readonly Dim Pool = Dim.Symbol("Pool");
    private static readonly Dim Side = Dim.Symbol("Side");

    private static SymbolDomain? Domains(string name) => name switch
    {
        "Pool" => SymbolDomain.OfValues([2, 3]),
        "Side" => SymbolDomain.OfValues([5, 9]),
        _ => null,
    };

    [Fact]
    public void A_pooled_flatten_width_is_least_at_the_largest_pool()
    {
        // 8 channels of a 28×28 map pooled by Pool: 8·floor(28/Pool)² = 8·196 = 1568 at Pool = 2, 8·81 = 648 at Pool = 3.
        var pooled = Dim.FloorDivide(Dim.Of(28), Pool);
        var width = pooled * Dim.Of(8) * pooled;

        var minimum = SpaceExtremes.Minimum(width, Domains)!.Value;
        var maximum = SpaceExtremes.Maximum(width, Domains)!.Value;

        Assert.Equal((648L, "Pool = 3"), (minimum.Value, minimum.Point.ToString()));
        Assert.Equal((1568L, "Pool = 2"), (maximum.Value, maximum.Point.ToString()));
    }

    [Fact]
    public void The_valid_window_form_moves_one_way_in_the_pool()
    {
        // floor((Side − Pool)/Pool) + 1: the dividend shrinks and the divisor grows with Pool, both lower the value.
        var valid = Dim.FloorDivide(Side - Pool, Pool) + 1;

        var minimum = SpaceExtremes.Minimum(valid, Domains)!.Value;
        var maximum = SpaceExtremes.Maximum(valid, Domains)!.Value;

        Assert.Equal((1L, "Side = 5, Pool = 3"), (minimum.Value, minimum.Point.ToString()));   // floor(2/3) + 1
        Assert.Equal((4L, "Side = 9, Pool = 2"), (maximum.Value, maximum.Point.ToString()));   // floor(7/2) + 1
    }

    [Fact]
    public void A_dividend_of_either_sign_makes_the_divisor_pull_both_ways()
    {
        // floor((Side − 7)/Pool): −2/2 = −1 and −2/3 → −1 at Side = 5; 2/2 = 1 and 2/3 → 0 at Side = 9. A larger Pool
        // raises a negative quotient (ceil((Side−7)/Pool) too) and lowers a positive one: enumerated, still exact.
        var quotient = Dim.FloorDivide(Side - 7, Pool);
        var ceiling = Dim.CeilDivide(Side - 7, Pool);

        Assert.Equal(-1L, SpaceExtremes.Minimum(quotient, Domains)!.Value.Value);
        Assert.Equal((1L, "Side = 9, Pool = 2"), (SpaceExtremes.Maximum(quotient, Domains)!.Value.Value, SpaceExtremes.Maximum(quotient, Domains)!.Value.Point.ToString()));
        Assert.Equal((-1L, "Side = 5, Pool = 2"), (SpaceExtremes.Minimum(ceiling, Domains)!.Value.Value, SpaceExtremes.Minimum(ceiling, Domains)!.Value.Point.ToString()));
        Assert.Equal(1L, SpaceExtremes.Maximum(ceiling, Domains)!.Value.Value);
    }

    [Fact]
    public void Extremes_with_hyper_parameter_divisors_agree_with_brute_force()
    {
        // Random expressions of A (a tunable size) with P (a tunable pool size) among their divisors and factors; all 20
        // points evaluated.
        var random = new Random(20261202);
        SymbolDomain? Wide(string name) => name == "P" ? SymbolDomain.OfValues([1, 2, 3, 5]) : name == "A" ? SymbolDomain.OfValues([1, 2, 7, 12, 40]) : null;
        var checkedCount = 0;
        for (var i = 0; i < 2000; i++)
        {
            var dim = DimComparerDifferentialTests.Build(random, ["A"], 4, Dim.Symbol("P"));
            var symbols = new List<string>();
            dim.CollectSymbols(symbols);
            if (symbols.Count == 0)
            {
                continue;
            }

            var values = new List<long>();
            foreach (var a in Wide("A")!.Values!)
            {
                foreach (var p in Wide("P")!.Values!)
                {
                    var point = new Dictionary<string, long> { ["A"] = a, ["P"] = p };
                    values.Add(dim.Evaluate(s => point[s]));
                }
            }

            var minimum = SpaceExtremes.Minimum(dim, Wide) ?? throw new InvalidOperationException($"{dim}: no least value over 20 points");
            var maximum = SpaceExtremes.Maximum(dim, Wide) ?? throw new InvalidOperationException($"{dim}: no greatest value over 20 points");
            Assert.True(values.Min() == minimum.Value, $"{dim}: least value {minimum.Value}, brute force {values.Min()}");
            Assert.True(values.Max() == maximum.Value, $"{dim}: greatest value {maximum.Value}, brute force {values.Max()}");
            Assert.Equal(minimum.Value, minimum.Point.Apply(dim).Evaluate(_ => 1));   // the witness reaches it
            Assert.Equal(maximum.Value, maximum.Point.Apply(dim).Evaluate(_ => 1));
            checkedCount++;
        }

        Assert.True(checkedCount > 1000, $"{checkedCount} expressions checked");
    }
}
