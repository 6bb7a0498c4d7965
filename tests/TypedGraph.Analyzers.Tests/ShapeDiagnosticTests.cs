using System.Linq;
using TypedGraph.Analyzers.Tests.Infrastructure;

namespace TypedGraph.Analyzers.Tests;

/// <summary>The shape diagnostics of graph analysis, reported by the analyzer on the node attribute at fault.</summary>
public sealed class ShapeDiagnosticTests
{
    [Fact]
    public void Shape_diagnostics_land_on_the_marked_attributes()
    {
        var diagnostics = AnalyzerRun.AssertMarkup("Shapes.cs");

        Assert.All(diagnostics, d => Assert.Equal("TypedGraph.Shapes", d.Descriptor.Category));
        Assert.All(diagnostics, d => Assert.DoesNotContain("{", AnalyzerRun.Message(d), System.StringComparison.Ordinal));
        Assert.Contains("'Sum' (Add) merges tensors of different shapes", AnalyzerRun.Message(diagnostics.Single(d => d.Id == "TG0005")), System.StringComparison.Ordinal);
    }
}
