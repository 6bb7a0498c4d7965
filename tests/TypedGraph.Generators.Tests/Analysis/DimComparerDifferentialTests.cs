using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using TypedGraph.Generators.Analysis;
using Xunit.Abstractions;

namespace TypedGraph.Generators.Tests.Analysis;

using Dim = TypedGraph.Generators.Analysis.Dim;

/// <summary>
/// Random pairs of dimensions built with the DSL's constructors (constants, symbols, sums, constant offsets and
/// factors, floor and ceiling divisions, nested up to depth 4, one or two symbols), decided by <see cref="DimComparer"/>
/// and checked by brute force: one symbol over 1 … 4096, two symbols over a 64 × 64 grid of sizes up to 4096. Equal
/// must hold at every size; Different at every size where every symbol is &gt; 1. Unknown answers that brute force
/// finds always equal or always different are counted (the procedure's incompleteness, or beyond the brute-force
/// range) and printed. TYPEDGRAPH_DIM_PAIRS (default 3000) and TYPEDGRAPH_DIM_SEED (default 20261201) set the run.
/// </summary>
public sealed class DimComparerDifferentialTests(ITestOutputHelper output)
{
    private static readonly long[] s_divisors = [2, 2, 2, 3, 4, 5, 7, 8, 16, 32, 1024, 2048];
    private static readonly long[] s_poolValues = [1, 2, 3, 5];
    private static readonly Dim Pool = Dim.Symbol("P");
    private static readonly long[] s_grid = [.. Enumerable.Range(1, 40).Select(i => (long)i), 47, 48, 49, 63, 64, 65, 99, 100, 127, 128, 129, 255, 256, 299, 1000, 1023, 1024, 1025, 2047, 2048, 2049, 3000, 4095, 4096];

    [Fact]
    public void Decisions_agree_with_brute_force()
    {
        var pairs = Setting("TYPEDGRAPH_DIM_PAIRS", 3000);
        var seed = Setting("TYPEDGRAPH_DIM_SEED", 20261201);
        output.WriteLine($"TYPEDGRAPH_DIM_SEED={seed} TYPEDGRAPH_DIM_PAIRS={pairs}");
        var random = new Random(seed);
        var counts = new Dictionary<DimRelation, int>();
        int unknownEqual = 0, unknownDifferent = 0, unknownOneSymbol = 0;
        var decide = new Stopwatch();
        var failures = new List<string>();
        var decided = new List<(Dim A, Dim B)>();
        var incomplete = new List<string>();
        (TimeSpan Time, string Pair) slowest = (TimeSpan.Zero, string.Empty);
        for (var i = 0; i < pairs; i++)
        {
            var symbols = random.Next(3) == 0 ? new[] { "H", "W" } : ["H"];
            var a = Build(random, symbols, 4);
            var b = random.Next(4) == 0 ? Perturb(random, a, symbols) : Build(random, symbols, 4);
            decided.Add((a, b));
            var before = decide.Elapsed;
            decide.Start();
            var relation = DimComparer.Compare(a, b);
            decide.Stop();
            if (decide.Elapsed - before > slowest.Time)
            {
                slowest = (decide.Elapsed - before, $"{a} vs {b}");
            }

            counts[relation] = counts.TryGetValue(relation, out var n) ? n + 1 : 1;
            var (alwaysEqual, alwaysDifferent) = BruteForce(a, b, symbols);
            if ((relation == DimRelation.Equal && !alwaysEqual) || (relation == DimRelation.Different && !alwaysDifferent))
            {
                failures.Add($"{a} vs {b}: {relation}, but brute force finds equal={alwaysEqual} different={alwaysDifferent}");
            }

            if (relation == DimRelation.Unknown && (alwaysEqual || alwaysDifferent))
            {
                unknownEqual += alwaysEqual ? 1 : 0;
                unknownDifferent += alwaysEqual ? 0 : 1;
                unknownOneSymbol += symbols.Length == 1 ? 1 : 0;
                if (incomplete.Count < 12)
                {
                    incomplete.Add($"  Unknown, brute force {(alwaysEqual ? "equal" : "different")}: {a} vs {b}");
                }
            }
        }

        // Decision time once the code is warm, as in the IDE: the same pairs decided again.
        var warm = Stopwatch.StartNew();
        foreach (var (a, b) in decided)
        {
            DimComparer.Compare(a, b);
        }

        warm.Stop();
        output.WriteLine($"Equal {Count(counts, DimRelation.Equal)}, Different {Count(counts, DimRelation.Different)}, Unknown {Count(counts, DimRelation.Unknown)}; " +
            $"Unknown found always equal by brute force {unknownEqual}, always different {unknownDifferent} ({unknownOneSymbol} of them one-symbol); " +
            $"{pairs} decisions in {decide.Elapsed.TotalMilliseconds:F0} ms, again warm in {warm.Elapsed.TotalMilliseconds:F0} ms (slowest cold {slowest.Time.TotalMilliseconds:F1} ms: {slowest.Pair})");
        foreach (var line in incomplete)
        {
            output.WriteLine(line);
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    [Fact]
    public void Decisions_with_a_hyper_parameter_divisor_agree_with_brute_force()
    {
        // The same expressions with a pool-size hyper-parameter P ∈ {1, 2, 3, 5} among the divisors and factors (H/P,
        // ceil((H+3)/P), H*P): DimComparer splits over P only; brute force also runs over P (Different: at P > 1).
        var pairs = Setting("TYPEDGRAPH_DIM_PAIRS", 3000) / 3;
        var seed = Setting("TYPEDGRAPH_DIM_SEED", 20261201) + 1;
        output.WriteLine($"seed {seed}, {pairs} pairs");
        var random = new Random(seed);
        var domain = SymbolDomain.OfValues(s_poolValues);
        var counts = new Dictionary<DimRelation, int>();
        var failures = new List<string>();
        int withPool = 0, decidedWithPool = 0, unknownDecidable = 0;
        var watch = new Stopwatch();
        for (var i = 0; i < pairs; i++)
        {
            var symbols = random.Next(3) == 0 ? new[] { "H", "W" } : ["H"];
            var a = Build(random, symbols, 4, Pool);
            var b = random.Next(4) == 0 ? Perturb(random, a, symbols) : Build(random, symbols, 4, Pool);
            watch.Start();
            var relation = DimComparer.Compare(a, b, name => name == "P" ? domain : null);
            watch.Stop();
            counts[relation] = counts.TryGetValue(relation, out var n) ? n + 1 : 1;

            bool alwaysEqual = true, alwaysDifferent = true;
            foreach (var p in s_poolValues)
            {
                var binding = new Dictionary<string, Dim> { ["P"] = Dim.Of(p) };
                var (equal, different) = BruteForce(a.Substitute(binding), b.Substitute(binding), symbols);
                alwaysEqual &= equal;
                alwaysDifferent &= p <= 1 || different;
            }

            if ((relation == DimRelation.Equal && !alwaysEqual) || (relation == DimRelation.Different && !alwaysDifferent))
            {
                failures.Add($"{a} vs {b}: {relation}, but brute force over P ∈ {{1, 2, 3, 5}} finds equal={alwaysEqual} different={alwaysDifferent}");
            }

            var mentions = new List<string>();
            a.CollectSymbols(mentions);
            b.CollectSymbols(mentions);
            if (mentions.Contains("P"))
            {
                withPool++;
                decidedWithPool += relation == DimRelation.Unknown ? 0 : 1;
            }

            unknownDecidable += relation == DimRelation.Unknown && (alwaysEqual || alwaysDifferent) ? 1 : 0;
        }

        output.WriteLine($"Equal {Count(counts, DimRelation.Equal)}, Different {Count(counts, DimRelation.Different)}, Unknown {Count(counts, DimRelation.Unknown)} " +
            $"(brute force decides {unknownDecidable} of the Unknown); {withPool} pairs mention P, {decidedWithPool} of them decided; {watch.Elapsed.TotalMilliseconds:F0} ms");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
        Assert.True(decidedWithPool > withPool / 4, $"only {decidedWithPool} of {withPool} pairs with a symbolic divisor decided: the split is not working");
    }

    [Fact]
    public void Model_like_comparisons_are_sound_and_fast()
    {
        // Chains of the layers real models stack (valid k×k/s convolutions and pools, "same" strides, halvings),
        // compared pairwise as Add and Concatenate compare branch outputs.
        var random = new Random(7);
        var pairs = new List<(Dim A, Dim B)>();
        for (var i = 0; i < 5000; i++)
        {
            pairs.Add((Chain(random), Chain(random)));
        }

        foreach (var (a, b) in pairs.Take(200))
        {
            DimComparer.Compare(a, b); // warm up
        }

        var counts = new Dictionary<DimRelation, int>();
        var watch = Stopwatch.StartNew();
        foreach (var (a, b) in pairs)
        {
            var relation = DimComparer.Compare(a, b);
            counts[relation] = counts.TryGetValue(relation, out var n) ? n + 1 : 1;
        }

        watch.Stop();
        output.WriteLine($"{pairs.Count} model-like comparisons in {watch.Elapsed.TotalMilliseconds:F0} ms: Equal {Count(counts, DimRelation.Equal)}, " +
            $"Different {Count(counts, DimRelation.Different)}, Unknown {Count(counts, DimRelation.Unknown)}");
        foreach (var (a, b) in pairs.Take(500))
        {
            var relation = DimComparer.Compare(a, b);
            var (alwaysEqual, alwaysDifferent) = BruteForce(a, b, ["H"]);
            Assert.False(relation == DimRelation.Equal && !alwaysEqual, $"{a} vs {b}");
            Assert.False(relation == DimRelation.Different && !alwaysDifferent, $"{a} vs {b}");
        }
    }

    private static Dim Chain(Random random)
    {
        Dim dim = Dim.Symbol("H");
        for (var layers = random.Next(1, 6); layers > 0; layers--)
        {
            var stride = random.Next(1, 3);
            var kernel = random.Next(1, 4) * 2 - 1;
            dim = random.Next(3) switch
            {
                0 => Dim.FloorDivide(dim - kernel, stride) + 1,
                1 => Dim.CeilDivide(dim, stride),
                _ => Dim.FloorDivide(dim, 2),
            };
        }

        return dim;
    }

    private static int Count(Dictionary<DimRelation, int> counts, DimRelation relation) => counts.TryGetValue(relation, out var n) ? n : 0;

    /// <summary>Whether a and b agree at every size, and whether they differ at every size with every symbol &gt; 1.</summary>
    private static (bool AlwaysEqual, bool AlwaysDifferent) BruteForce(Dim a, Dim b, string[] symbols)
    {
        bool equal = true, different = true;
        if (symbols.Length == 1)
        {
            for (long h = 1; h <= 4096 && (equal || different); h++)
            {
                var x = a.Evaluate(_ => h);
                var y = b.Evaluate(_ => h);
                equal &= x == y;
                different &= h == 1 || x != y;
            }

            return (equal, different);
        }

        foreach (var h in s_grid)
        {
            foreach (var w in s_grid)
            {
                var x = a.Evaluate(s => s == "H" ? h : w);
                var y = b.Evaluate(s => s == "H" ? h : w);
                equal &= x == y;
                different &= h == 1 || w == 1 || x != y;
            }
        }

        return (equal, different);
    }

    /// <summary>
    /// A random expression over <paramref name="symbols"/> of at most <paramref name="depth"/> levels; with
    /// <paramref name="hyperParameter"/>, a third of the divisors and factors are that symbol (without it, the random
    /// sequence is the one the recorded seeds were run with).
    /// </summary>
    internal static Dim Build(Random random, string[] symbols, int depth, Dim? hyperParameter = null)
    {
        if (depth == 0 || random.Next(4) == 0)
        {
            return random.Next(5) == 0 ? Dim.Of(random.Next(1, 9)) : Dim.Symbol(symbols[random.Next(symbols.Length)]);
        }

        var inner = Build(random, symbols, depth - 1, hyperParameter);
        return random.Next(8) switch
        {
            0 => inner + Build(random, symbols, depth - 1, hyperParameter),
            1 => inner + random.Next(1, 6),
            2 => inner - random.Next(1, 6),
            3 => inner * (hyperParameter is not null && random.Next(3) == 0 ? hyperParameter : Dim.Of(random.Next(2, 5))),
            4 or 5 => Dim.FloorDivide(inner, Divisor(random, hyperParameter)),
            _ => Dim.CeilDivide(inner, Divisor(random, hyperParameter)),
        };
    }

    private static Dim Divisor(Random random, Dim? hyperParameter) =>
        hyperParameter is not null && random.Next(3) == 0 ? hyperParameter : Dim.Of(s_divisors[random.Next(s_divisors.Length)]);

    /// <summary>A rewrite of <paramref name="dim"/> that is often, not always, equal to it: the interesting pairs.</summary>
    private static Dim Perturb(Random random, Dim dim, string[] symbols)
    {
        var d = s_divisors[random.Next(s_divisors.Length)];
        return random.Next(6) switch
        {
            0 => Dim.FloorDivide(dim + (d - 1), d) + 0,                      // = ceil(dim/d), written as floor
            1 => Dim.CeilDivide(dim, d),
            2 => Dim.FloorDivide(dim * Dim.Of(d), d) + random.Next(0, 2),   // dim or dim + 1
            3 => Dim.CeilDivide(Dim.CeilDivide(dim, 2), d),
            4 => Dim.FloorDivide(dim - 1, d) + 1,
            _ => Build(random, symbols, 2) + dim - random.Next(0, 3),
        };
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
