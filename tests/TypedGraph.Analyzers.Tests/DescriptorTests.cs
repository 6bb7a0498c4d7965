using TypedGraph.Generators.Diagnostics;
using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TypedGraph.Analyzers.Tests;

/// <summary>Every descriptor has its docs page and help link, a release-tracking row, and is reported by exactly one analyzer.</summary>
public sealed class DescriptorTests
{
    private static readonly string Docs = Path.Combine(AppContext.BaseDirectory, "Docs");

    public static TheoryData<string> Ids => [.. DiagnosticDescriptors.All.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_descriptor_has_a_page_with_a_wrong_and_a_fixed_example(string id)
    {
        var descriptor = DiagnosticDescriptors.All.Single(d => d.Id == id);
        var page = Path.Combine(Docs, id + ".md");

        Assert.True(File.Exists(page), $"docs/diagnostics/{id}.md is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {descriptor.Title}", text, StringComparison.Ordinal);
        Assert.Contains($"Severity: **{descriptor.DefaultSeverity}**", text, StringComparison.Ordinal);
        Assert.Contains("## Wrong", text, StringComparison.Ordinal);
        Assert.Contains("## Fixed", text, StringComparison.Ordinal);
        Assert.Equal($"https://github.com/typedgraph/typedgraph/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
    }

    [Fact]
    public void Every_page_belongs_to_a_descriptor()
    {
        var pages = Directory.GetFiles(Docs, "TG*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal), pages);
    }

    [Fact]
    public void Unshipped_release_notes_list_every_descriptor_with_its_category_and_severity()
    {
        var rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "AnalyzerReleases.Unshipped.md"))
            .Where(l => l.StartsWith("TG", StringComparison.Ordinal))
            .Select(l => string.Join(" | ", l.Split('|').Take(3).Select(c => c.Trim())))
            .Order(StringComparer.Ordinal);

        Assert.Equal(DiagnosticDescriptors.All.Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity}").Order(StringComparer.Ordinal), rows);
    }

    [Fact]
    public void Each_id_is_unique_and_supported_by_exactly_one_analyzer()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);

        var supported = new Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] { new ModelDeclarationAnalyzer(), new TrainingCallAnalyzer(), new CallbackModeAnalyzer(), new UntrainableModelAnalyzer(), new EnsembleMemberAnalyzer() }
            .SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Order(StringComparer.Ordinal);
        Assert.Equal(ids.Order(StringComparer.Ordinal), supported);
        Assert.All(DiagnosticDescriptors.All, d => Assert.True(d.IsEnabledByDefault));
        Assert.All(DiagnosticDescriptors.All, d => Assert.True(d.DefaultSeverity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning));
    }
}
