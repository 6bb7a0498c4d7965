using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Parsing;
using TypedGraph.Generators.Tests.Infrastructure;

namespace TypedGraph.Generators.Tests.Analysis;

/// <summary>
/// A pool size and an upsampling factor given as <c>nameof(hyper-parameter)</c>, through the generator: the shapes the
/// analysis infers (<c>10/Pool</c>), the parameter-count range over the space, and the code that reads the model's value.
/// </summary>
public sealed class TunablePoolingAnalysisTests
{
    private const string Source = """
        using TypedGraph;

        [Model]
        public sealed partial class Pooled
        {
            [Choice(2, 3)] public partial int Pool { get; }
            [Choice(1, 4)] public partial int Factor { get; }

            [Input(1, 12, 12)] public partial Node Image { get; }
            [Conv2d(4, 3)] public partial Node C { get; }
            [MaxPool2d(nameof(Pool))] public partial Node P { get; }
            [UpSampling2d(nameof(Factor))] public partial Node U { get; }
            [AvgPool2d(nameof(Pool), Padding = Padding.Same)] public partial Node Q { get; }
            [Input(6, "T")] public partial Node Tokens { get; }
            [MaxPool1d(nameof(Pool), Stride = 1)] public partial Node R { get; }
            [Flatten(From = nameof(P))] public partial Node F { get; }
            [Dense(10)]
            [Output(Loss.MeanSquaredError)] public partial Node Y { get; }
            [Flatten(From = nameof(Q))]
            [Output(Loss.MeanSquaredError)] public partial Node Z { get; }
            [GlobalMaxPool1d(From = nameof(R))]
            [Output(Loss.MeanSquaredError)] public partial Node S { get; }
        }
        """;

    [Fact]
    public void Shapes_divide_and_multiply_by_the_hyper_parameters()
    {
        var graph = Analyze();

        Assert.DoesNotContain(graph.Diagnostics, d => d.IsError);
        string Shape(string node) => graph.Nodes.Single(n => n.Name == node).Shape!.ToString();
        Assert.Equal("(N, 4, 10/Pool, 10/Pool)", Shape("P"));
        Assert.Equal("(N, 4, 10/Pool*Factor, 10/Pool*Factor)", Shape("U"));
        Assert.Equal("(N, 4, ceil(10/Pool*Factor/Pool), ceil(10/Pool*Factor/Pool))", Shape("Q"));
        Assert.Equal("(N, 10/Pool*4*(10/Pool))", Shape("F"));
        // An explicit stride: the valid window (T − Pool)/1 + 1.
        Assert.Equal("(N, 6, T-Pool+1)", Shape("R"));
        // The entry check's minimum for T fits every point: T − 3 + 1 ≥ 1.
        Assert.Equal("T ≥ 3", string.Join(", ", graph.Minimums.Select(m => $"{m.Symbol} ≥ {m.Minimum}")));
    }

    [Fact]
    public void The_parameter_count_range_follows_the_pool_size()
    {
        // C = 3·3·1·4 + 4 = 40; Y = 4·floor(10/Pool)²·10 + 10: 1010 at Pool = 2 (5×5), 370 at Pool = 3 (3×3).
        var graph = Analyze();

        var (min, max, _) = HyperParameterEmitter.ParameterRange(graph, n => SearchSpaceScaleTests.ConstructOf(graph, n));

        Assert.Equal((40 + 370, 40 + 1010), (min, max));
    }

    [Fact]
    public void The_generated_model_reads_the_values_when_built_and_in_the_forward_step()
    {
        var (output, run) = TestCompilation.Generate(TestCompilation.Create(Source));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var code = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("Pooled.g.cs", System.StringComparison.Ordinal)).ToString();

        Assert.Contains("global::TorchSharp.torch.nn.functional.max_pool2d(c, this.Pool, this.Pool)", code, System.StringComparison.Ordinal);
        Assert.Contains(".repeat_interleave(this.Factor, 2).repeat_interleave(this.Factor, 3)", code, System.StringComparison.Ordinal);
        Assert.Contains("KerasPooling.AvgPool2dSame(u, this.Pool, this.Pool)", code, System.StringComparison.Ordinal);
        Assert.Contains("max_pool1d(", code, System.StringComparison.Ordinal);
        // Dense's input width 4·floor(10/Pool)², each quotient parenthesized: C# reads a * b / c as (a * b) / c.
        Assert.Contains("global::TorchSharp.torch.nn.Linear(((10) / this.Pool) * 4 * ((10) / this.Pool), 10, hasBias: true)", code, System.StringComparison.Ordinal);
    }

    private static ModelGraph Analyze()
    {
        var compilation = TestCompilation.Create(Source);
        return GraphAnalyzer.Analyze(ModelParser.Parse(compilation.GetTypeByMetadataName("Pooled")!, CancellationToken.None));
    }
}
