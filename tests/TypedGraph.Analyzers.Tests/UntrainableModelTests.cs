using System.Linq;
using Microsoft.CodeAnalysis;
using TypedGraph.Analyzers.Tests.Infrastructure;

namespace TypedGraph.Analyzers.Tests;

/// <summary>TG0023 on <c>Fit</c> and <c>Evaluate</c> of a model without a loss: on the method name, nowhere else.</summary>
public sealed class UntrainableModelTests
{
    [Fact]
    public void Diagnostics_land_on_the_marked_method_names() => AnalyzerRun.AssertMarkup("UntrainableModel.cs");

    [Fact]
    public void Message_names_the_call_the_model_and_its_outputs()
    {
        var diagnostics = AnalyzerRun.AssertMarkup("UntrainableModel.cs");

        Assert.Equal(
            "Fit on model 'Encoder' always throws: none of its outputs (Code, Other) has a loss; declare one with [Output(Loss.…)]",
            AnalyzerRun.Message(diagnostics[0]));
        Assert.Equal(
            "Evaluate on model 'Encoder' always throws: none of its outputs (Code, Other) has a loss; declare one with [Output(Loss.…)]",
            AnalyzerRun.Message(diagnostics[1]));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }
}
