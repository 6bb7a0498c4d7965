using System;
using System.Threading;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Parsing;
using TypedGraph.Generators.Tests.Infrastructure;

namespace TypedGraph.Generators.Tests.Analysis;

/// <summary>The analysis stops when the pipeline step's token is cancelled (an edit superseded it), and only then.</summary>
public sealed class AnalysisCancellationTests
{
    private const string Source = """
        using TypedGraph;

        [Model]
        public sealed partial class Residual
        {
            [Choice(2, 3)] public partial int Pool { get; }

            [Input(4, "H")] public partial Node X { get; }

            [MaxPool1d(nameof(Pool))] public partial Node Pooled { get; }

            [MaxPool1d(nameof(Pool), From = nameof(X))] public partial Node Again { get; }

            [Add(nameof(Pooled), nameof(Again))]
            [Output]
            public partial Node Y { get; }
        }
        """;

    [Fact]
    public void A_cancelled_token_stops_the_analysis()
    {
        var spec = ModelParser.Parse(TestCompilation.Create(Source).GetTypeByMetadataName("Residual")!, CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => GraphAnalyzer.Analyze(spec, cancelled.Token));

        // Not cancelled: the same graph as without a token, the merge's H/Pool against H/Pool proven equal.
        using var live = new CancellationTokenSource();
        var graph = GraphAnalyzer.Analyze(spec, live.Token);
        Assert.Equal(GraphAnalyzer.Analyze(spec), graph);
        Assert.Empty(graph.Diagnostics);
        Assert.False(graph.Nodes[graph.IndexOf("Y")].CheckAtRunTime);
        Assert.Equal("H/Pool", graph.Nodes[graph.IndexOf("Y")].Shape!.SampleDims[1].ToString());
    }
}
