using System.Linq;
using TypedGraph.Analyzers.Tests.Infrastructure;

namespace TypedGraph.Analyzers.Tests;

/// <summary>A <c>[Submodel]</c> chain that contains itself is TG0003 at the attribute, naming the models on the cycle.</summary>
public sealed class SubmodelCycleTests
{
    [Fact]
    public void Cycles_land_on_the_marked_submodel_attributes() => AnalyzerRun.AssertMarkup("SubmodelCycle.cs");

    [Fact]
    public void Message_names_the_cycle_from_the_model_that_reports_it()
    {
        var diagnostics = AnalyzerRun.AssertMarkup("SubmodelCycle.cs");

        Assert.Equal(
            [
                "The graph has a cycle: A → B → A",
                "The graph has a cycle: B → A → B",
                "The graph has a cycle: Self → Self",
                "The graph has a cycle: Self → Self",
            ],
            diagnostics.Where(d => d.Id == "TG0003").Select(AnalyzerRun.Message));
        Assert.Contains("submodel B has declaration errors (TG0003)", AnalyzerRun.Message(diagnostics.First(d => d.Id == "TG0010")), System.StringComparison.Ordinal);
        Assert.Equal("Invalid argument for 'TooMany': Repeat must be at most 1024, got 2147483647", AnalyzerRun.Message(diagnostics.Last(d => d.Id == "TG0010")));
    }
}
