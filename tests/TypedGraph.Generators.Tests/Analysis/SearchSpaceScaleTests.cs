using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Parsing;
using TypedGraph.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TypedGraph.Generators.Tests.Analysis;

/// <summary>
/// The whole search space at compile time without enumerating it: nine hyper-parameters of ten values each (10⁹ points)
/// are checked and their parameter-count range computed about as fast as the same model with two values each (512
/// points), and the answers are exact (checked against brute force on the small space).
/// </summary>
public sealed class SearchSpaceScaleTests(ITestOutputHelper output)
{
    /// <summary>Three convolutions with tunable filters and kernels, pooled, flattened into three tunable dense widths.</summary>
    private static string Model(int input, string filters, string kernels, string units) => $$"""
        using TypedGraph;

        [Model]
        public sealed partial class Deep
        {
            [Choice({{filters}})] public partial int F1 { get; }
            [Choice({{kernels}})] public partial int K1 { get; }
            [Choice({{filters}})] public partial int F2 { get; }
            [Choice({{kernels}})] public partial int K2 { get; }
            [Choice({{filters}})] public partial int F3 { get; }
            [Choice({{kernels}})] public partial int K3 { get; }
            [Choice({{units}})] public partial int U1 { get; }
            [Choice({{units}})] public partial int U2 { get; }
            [Choice({{units}})] public partial int U3 { get; }

            [Input(3, {{input}}, {{input}})] public partial Node X { get; }
            [Conv2d(nameof(F1), nameof(K1))] public partial Node C1 { get; }
            [MaxPool2d(2)] public partial Node P1 { get; }
            [Conv2d(nameof(F2), nameof(K2))] public partial Node C2 { get; }
            [MaxPool2d(2)] public partial Node P2 { get; }
            [Conv2d(nameof(F3), nameof(K3))] public partial Node C3 { get; }
            [Flatten] public partial Node F { get; }
            [Dense(nameof(U1))] public partial Node D1 { get; }
            [Dense(nameof(U2))] public partial Node D2 { get; }
            [Dense(nameof(U3))] public partial Node D3 { get; }
            [Dense(10)]
            [Output(Loss.MeanSquaredError)] public partial Node Y { get; }
        }
        """;

    private const string TenFilters = "8, 16, 24, 32, 40, 48, 56, 64, 72, 80";
    private const string TenKernels = "1, 3, 5, 7, 9, 11, 13, 15, 17, 19";
    private const string TenUnits = "16, 32, 48, 64, 80, 96, 112, 128, 144, 160";

    [Fact]
    public void A_billion_point_space_names_its_failing_point_without_being_enumerated()
    {
        // 64 → C1 ≥ 46 → 23 → C2 ≥ 5 → 2 → C3: 3 − K3 ≤ 0 for K3 ≥ 3; the least value −17 is at K1 = K2 = K3 = 19.
        var large = Measure(Model(64, TenFilters, TenKernels, TenUnits), out var largeGraph);
        var small = Measure(Model(64, "8, 80", "1, 19", "16, 160"), out var smallGraph);
        output.WriteLine($"10^9 points: {large.TotalMilliseconds:F1} ms; 512 points: {small.TotalMilliseconds:F1} ms (parse + analysis + count range, median of 5)");

        foreach (var graph in new[] { largeGraph, smallGraph })
        {
            var failure = Assert.Single(graph.Diagnostics, d => d.Id == "TG0009");
            Assert.Equal("C3", failure.Node);
            Assert.Equal("1", failure.Argument); // the kernel argument, nameof(K3)
            Assert.StartsWith("with K1 = 19, K2 = 19, K3 = 19: P2 (N, F2, 2, 2) gives (N, F3, -16, -16)", failure.MessageArguments[2], StringComparison.Ordinal);
        }

        // No timing assertion (benchmarks measure speed; the times above are printed for the record). That the 10^9-point
        // space was not enumerated is structural: SpaceExtremes evaluates at most EnumerationLimit two-way assignments and
        // answers null beyond, so a named failing point in the large space proves it was found within that many evaluations.
    }

    [Fact]
    public void The_parameter_count_range_is_exact_over_the_space()
    {
        // A valid space (256 → 238 → 119 → 101 → 50 → 32 at the largest kernels): the range comes from the shape engine.
        var graph = Analyze(Model(256, "8, 80", "1, 19", "16, 160"));
        Assert.DoesNotContain(graph.Diagnostics, d => d.IsError);
        var (min, max, _) = HyperParameterEmitter.ParameterRange(graph, n => ConstructOf(graph, n));

        // Brute force over the 512 points with the hand formula of Keras's counts.
        var counts = new List<long>();
        foreach (var (f1, k1, f2, k2, f3, k3, u1, u2, u3) in Points([8, 80], [1, 19], [16, 160]))
        {
            long side = (((((256 - k1 + 1) / 2) - k2 + 1) / 2) - k3 + 1);
            counts.Add(((k1 * k1 * 3 * f1) + f1) + ((k2 * k2 * f1 * f2) + f2) + ((k3 * k3 * f2 * f3) + f3)
                + ((side * side * f3 * u1) + u1) + ((u1 * u2) + u2) + ((u2 * u3) + u3) + ((u3 * 10) + 10));
        }

        Assert.Equal(counts.Min(), min);
        Assert.Equal(counts.Max(), max);
    }

    private static IEnumerable<(int, int, int, int, int, int, int, int, int)> Points(int[] filters, int[] kernels, int[] units) =>
        from f1 in filters from k1 in kernels from f2 in filters from k2 in kernels from f3 in filters from k3 in kernels
        from u1 in units from u2 in units from u3 in units select (f1, k1, f2, k2, f3, k3, u1, u2, u3);

    /// <summary>The construction context of a node that owns a module (what the emitter gives <c>LayerSpec.Parameters</c>).</summary>
    internal static ConstructContext? ConstructOf(ModelGraph graph, GraphNode node) =>
        node.IsSharedApplication || node.InputIndices.Count == 0 || node.Shape is null
            ? null
            : new ConstructContext(Names.Field(node.Name), node.InputIndices.Select(i => graph.Nodes[i].Shape!).ToList(), node.Shape, graph.Model.DataFormat);

    private static ModelGraph Analyze(string source)
    {
        var compilation = TestCompilation.Create(source);
        var type = compilation.GetTypeByMetadataName("Deep")!;
        return GraphAnalyzer.Analyze(ModelParser.Parse(type, CancellationToken.None));
    }

    /// <summary>Median time of parse, analysis and the count range (the generator's work for the model) over 5 runs after a warm-up.</summary>
    private static TimeSpan Measure(string source, out ModelGraph graph)
    {
        var compilation = TestCompilation.Create(source);
        var type = compilation.GetTypeByMetadataName("Deep")!;
        compilation.GetDiagnostics(); // bind once: the timing is the generator's, not the compiler's
        ModelGraph Run()
        {
            var g = GraphAnalyzer.Analyze(ModelParser.Parse(type, CancellationToken.None));
            _ = HyperParameterEmitter.ParameterRange(g, n => ConstructOf(g, n));
            return g;
        }

        graph = Run();
        var times = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            Run();
            times.Add(watch.Elapsed);
        }

        return times.Order().ElementAt(2);
    }
}
