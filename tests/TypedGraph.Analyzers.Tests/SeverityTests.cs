using System.Linq;
using Microsoft.CodeAnalysis;
using TypedGraph.Analyzers.Tests.Infrastructure;
using TypedGraph.Generators.Tests.Infrastructure;

namespace TypedGraph.Analyzers.Tests;

/// <summary><c>.editorconfig</c> severities (<c>dotnet_diagnostic.TGxxxx.severity</c>) raise, lower or silence TypedGraph diagnostics as they do any compiler diagnostic.</summary>
public sealed class SeverityTests
{
    private static readonly string Source = TestCompilation.Case("SeverityControl.cs");

    [Fact]
    public void Without_configuration_the_defaults_apply()
    {
        var diagnostics = AnalyzerRun.Diagnostics(null, Source);

        Assert.Equal(DiagnosticSeverity.Warning, diagnostics.Single(d => d.Id == "TG0011" && AnalyzerRun.Message(d).Contains("'Unused'", System.StringComparison.Ordinal)).Severity);
        Assert.Contains(diagnostics, d => d.Id == "TG0010" && d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    public void An_editorconfig_sets_the_severity(string configured, DiagnosticSeverity expected)
    {
        var diagnostics = AnalyzerRun.Diagnostics(EditorConfig("TG0011", configured), Source);

        Assert.All(diagnostics.Where(d => d.Id == "TG0011"), d => Assert.Equal(expected, d.Severity));
        Assert.Contains(diagnostics, d => d.Id == "TG0011");
    }

    [Fact]
    public void None_silences_only_the_configured_id()
    {
        var diagnostics = AnalyzerRun.Diagnostics(EditorConfig("TG0011", "none"), Source);

        Assert.DoesNotContain(diagnostics, d => d.Id == "TG0011");
        Assert.Contains(diagnostics, d => d.Id == "TG0010");
    }

    [Fact]
    public void An_error_can_be_lowered_to_a_warning()
    {
        var diagnostics = AnalyzerRun.Diagnostics(EditorConfig("TG0010", "warning"), Source);

        Assert.Equal(DiagnosticSeverity.Warning, diagnostics.Single(d => d.Id == "TG0010").Severity);
    }

    [Fact]
    public void Files_outside_the_section_keep_the_default()
    {
        var diagnostics = AnalyzerRun.Diagnostics("root = true\n\n[Other*.cs]\ndotnet_diagnostic.TG0011.severity = none\n", Source);

        Assert.Contains(diagnostics, d => d.Id == "TG0011");
    }

    private static string EditorConfig(string id, string severity) => $"root = true\n\n[*.cs]\ndotnet_diagnostic.{id}.severity = {severity}\n";
}
