using Microsoft.CodeAnalysis;
using TypedGraph.Analyzers.Tests.Infrastructure;

namespace TypedGraph.Analyzers.Tests;

/// <summary>TG0041 on an ensemble member of another [Model] class whose inputs or outputs disagree: on the member's argument.</summary>
public sealed class EnsembleMemberTests
{
    [Fact]
    public void Diagnostics_land_on_the_marked_members() => AnalyzerRun.AssertMarkup("EnsembleMembers.cs");

    [Fact]
    public void Message_names_both_models_and_the_position_that_disagrees()
    {
        var diagnostics = AnalyzerRun.AssertMarkup("EnsembleMembers.cs");

        Assert.Equal(
            "FlatMlp cannot be combined with ConvNet in an ensemble: input 0 ('Pixels') has shape (N, 784) against (N, 1, 28, 28) ('Image'); members must agree position by position in their inputs and outputs",
            AnalyzerRun.Message(diagnostics[0]));
        Assert.Equal(
            "FiveWay cannot be combined with ConvNet in an ensemble: output 0 ('Digit') has shape (N, 5) against (N, 10) ('Label'); members must agree position by position in their inputs and outputs",
            AnalyzerRun.Message(diagnostics[1]));
        Assert.Equal(
            "Scores cannot be combined with ConvNet in an ensemble: output 0 ('Values') has loss MeanSquaredError against SparseCategoricalCrossentropy ('Label'); members must agree position by position in their inputs and outputs",
            AnalyzerRun.Message(diagnostics[2]));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }
}
