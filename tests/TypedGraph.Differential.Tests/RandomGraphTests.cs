using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using TypedGraph.Differential.Tests.Generation;
using TypedGraph.Differential.Tests.Infrastructure;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace TypedGraph.Differential.Tests;

/// <summary>
/// Differential test of shape inference and code generation: random valid graphs over the whole DSL are compiled with
/// the real generator in memory, run on TorchSharp, and for every node three shapes must agree — the shape the
/// generator inferred (<see cref="Node.OutputShape"/>, symbolic dims evaluated for the chosen sizes), the shape of the
/// tensor TorchSharp produced, and the shape the graph generator tracked with Keras's rules.
/// </summary>
/// <remarks>
/// <c>TYPEDGRAPH_DIFFERENTIAL_GRAPHS</c> sets the number of graphs (default 500), <c>TYPEDGRAPH_DIFFERENTIAL_SEED</c>
/// the seed (default 20261122). Graph <c>i</c> depends on the seed and <c>i</c> only, so a failure reproduces alone.
/// </remarks>
public sealed class RandomGraphTests(ITestOutputHelper output)
{
    private static readonly int ModelsPerCompilation = EnvironmentInt("TYPEDGRAPH_DIFFERENTIAL_BATCH", 50);
    private const int BatchSize = 3;
    private const int MaxReportedFailures = 10;

    private static readonly object s_timeLock = new();
    private static TimeSpan s_compileTime;
    private static readonly Dictionary<string, int> s_layerCounts = [];
    private static int s_sharedApplications;

    private static int GraphCount => EnvironmentInt("TYPEDGRAPH_DIFFERENTIAL_GRAPHS", 500);

    /// <summary>The seed of the random graphs (<c>TYPEDGRAPH_DIFFERENTIAL_SEED</c>), shared with the PyTorch differential.</summary>
    internal static int Seed => EnvironmentInt("TYPEDGRAPH_DIFFERENTIAL_SEED", 20261122);

    [Fact]
    public async Task Inferred_shapes_equal_torchsharp_shapes_for_random_valid_graphs()
    {
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        var checkedNodes = 0;
        var count = GraphCount;
        var batches = (count + ModelsPerCompilation - 1) / ModelsPerCompilation;

        // Roslyn compiles the next batch while TorchSharp runs the current one (two cores: about a third off the run).
        var next = CompileAsync(0, count);
        for (var batch = 0; batch < batches && failures.Count < MaxReportedFailures; batch++)
        {
            var (graphs, compiled) = await next;
            next = batch + 1 < batches ? CompileAsync(batch + 1, count) : Task.FromResult((graphs, compiled));
            checkedNodes += RunBatch(batch, graphs, compiled, failures);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} graphs (seed {Seed}), {checkedNodes} nodes checked, {clock.Elapsed.TotalSeconds:F1} s wall, {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1} s process CPU ({s_compileTime.TotalSeconds:F1} s wall compiling, overlapped)"));
        output.WriteLine($"{s_sharedApplications} shared-layer applications; by layer type: " + string.Join(", ", s_layerCounts.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(MaxReportedFailures)));
    }

    [Theory]
    [InlineData("T", 7L)]
    [InlineData("T*64", 448L)]
    [InlineData("(T-4)/5+1", 1L)]
    [InlineData("ceil(T/2)", 4L)]
    [InlineData("ceil((T-1)/3)*H", 10L)]
    [InlineData("T+H-3", 9L)]
    [InlineData("T*8/4*H", 70L)]
    public void Dim_text_evaluates_with_floor_and_ceiling_division(string text, long expected) =>
        Assert.Equal(expected, DimExpression.Evaluate(text, new Dictionary<string, long> { ["T"] = 7, ["H"] = 5 }));

    private static Task<(List<GeneratedGraph> Graphs, CompiledBatch Compiled)> CompileAsync(int batch, int count) => Task.Run(() =>
    {
        var first = batch * ModelsPerCompilation;
        var graphs = Enumerable.Range(first, Math.Min(ModelsPerCompilation, count - first))
            .Select(GraphAt)
            .ToList();
        Interlocked.Add(ref s_sharedApplications, graphs.Sum(g => g.Declaration.Split("[Shared(").Length - 1));
        var source = "using TypedGraph;\n\nnamespace Differential;\n\n" + string.Join("\n", graphs.Select(g => g.Declaration));
        var clock = Stopwatch.StartNew();
        var compiled = ModelCompiler.Compile($"Differential{batch}", source);
        lock (s_timeLock)
        {
            s_compileTime += clock.Elapsed;
        }

        return (graphs, compiled);
    });

    private static int RunBatch(int batch, List<GeneratedGraph> graphs, CompiledBatch compiled, List<string> failures)
    {
        if (compiled.Diagnostics.Count > 0 || compiled.Image is null)
        {
            var byModel = compiled.Diagnostics.Take(10).Select(d => $"{d}\n{Declaration(graphs, d)}");
            failures.Add($"Batch {batch}: {compiled.Diagnostics.Count} diagnostic(s):\n{string.Join("\n", byModel)}");
            return 0;
        }

        var context = new ModelLoadContext();
        try
        {
            var assembly = context.LoadFromStream(new System.IO.MemoryStream(compiled.Image));
            var nodes = 0;
            foreach (var graph in graphs)
            {
                try
                {
                    nodes += Check(assembly.GetType($"Differential.{graph.ClassName}", throwOnError: true)!, graph, failures);
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    failures.Add($"{graph.ClassName} threw {e.InnerException.GetType().Name}: {e.InnerException.Message}\n{graph.Declaration}");
                }
            }

            return nodes;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Runs one model forward and compares inferred, actual and tracked shapes of every node.</summary>
    private static int Check(Type type, GeneratedGraph graph, List<string> failures)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        using var module = (nn.Module)Activator.CreateInstance(type)!;
        module.eval();
        var model = (IModel)module;

        var inputs = graph.Inputs
            .Select(i => i.Integer
                ? randint(0, i.Vocabulary, [BatchSize, .. i.Sizes], dtype: ScalarType.Int64)
                : randn([BatchSize, .. i.Sizes]))
            .ToList();
        var inputsType = type.GetNestedType("Inputs")!;
        var record = inputsType.GetMethod("FromTensors", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [inputs])!;
        var outputs = type.GetMethod("forward", [inputsType])!.Invoke(module, [record])!;
        var outputTensors = (IReadOnlyList<Tensor>)outputs.GetType().GetMethod("ToTensors")!.Invoke(outputs, null)!;

        var actual = new Dictionary<string, long[]>();
        for (var i = 0; i < graph.Inputs.Length; i++)
        {
            actual[graph.Inputs[i].Name] = inputs[i].shape;
        }

        for (var i = 0; i < model.Signature.Outputs.Count; i++)
        {
            actual[model.Signature.Outputs[i].Name] = outputTensors[i].shape;
        }

        var problems = new StringBuilder();
        if (model.Nodes.Count != graph.ExpectedShapes.Count)
        {
            problems.AppendLine(CultureInfo.InvariantCulture, $"  model has {model.Nodes.Count} nodes, declared {graph.ExpectedShapes.Count}");
        }

        foreach (var node in model.Nodes)
        {
            s_layerCounts[node.LayerType] = s_layerCounts.GetValueOrDefault(node.LayerType) + 1;
            var inferred = node.OutputShape.Dims.Select(d => d.IsBatch ? BatchSize : d.Size ?? DimExpression.Evaluate(d.Text, graph.Symbols)).ToArray();
            long[] tracked = [BatchSize, .. graph.ExpectedShapes[node.Name]];
            var tensor = actual.GetValueOrDefault(node.Name);
            if (tensor is null || !inferred.SequenceEqual(tensor) || !tracked.SequenceEqual(tensor))
            {
                problems.AppendLine(CultureInfo.InvariantCulture,
                    $"  {node.Name} ({node.LayerType}): inferred {node.OutputShape} = {Shape.Format(inferred)}, TorchSharp {(tensor is null ? "none" : Shape.Format(tensor))}, Keras rules {Shape.Format(tracked)}");
            }
        }

        if (problems.Length > 0)
        {
            var symbols = string.Join(", ", graph.Symbols.Select(s => $"{s.Key}={s.Value}"));
            failures.Add($"{graph.ClassName} (symbols {symbols}):\n{problems}{graph.Declaration}");
        }

        return model.Nodes.Count;
    }

    /// <summary>The declaration a diagnostic points into, for the failure message.</summary>
    private static string Declaration(List<GeneratedGraph> graphs, Microsoft.CodeAnalysis.Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree;
        if (tree is null || !diagnostic.Location.IsInSource)
        {
            return string.Empty;
        }

        var text = tree.GetText().ToString();
        const string Marker = "partial class ";
        var start = text.LastIndexOf(Marker, diagnostic.Location.SourceSpan.Start, StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        var name = new string(text[(start + Marker.Length)..].TakeWhile(char.IsLetterOrDigit).ToArray());
        return graphs.FirstOrDefault(g => g.ClassName == name)?.Declaration ?? string.Empty;
    }

    /// <summary>Random graph <paramref name="index"/> of <see cref="Seed"/> (named <c>G{index}</c>): it depends on these two only.</summary>
    internal static GeneratedGraph GraphAt(int index) => new GraphGenerator(new Random(unchecked((Seed * 7919) + index))).Generate($"G{index}");

    internal static int EnvironmentInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
