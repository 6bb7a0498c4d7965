using TypedGraph.Generators.Diagnostics;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Analysis;

namespace TypedGraph.Analyzers.Tests;

/// <summary>
/// Every descriptor is a typed contract whose arity matches its message format, has its docs page, README row and help
/// link, a release-tracking row, and is reported by exactly one analyzer; the contracts format their arguments alike
/// for the analysis and the analyzers.
/// </summary>
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

    /// <summary>Every <see cref="DiagnosticContract"/> declared in <see cref="DiagnosticDescriptors"/>, found by reflection, by field name.</summary>
    private static readonly Dictionary<string, FieldInfo> Contracts = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => typeof(DiagnosticContract).IsAssignableFrom(f.FieldType))
        .ToDictionary(f => f.Name);

    public static TheoryData<string> ContractNames => [.. Contracts.Keys];

    [Fact]
    public void Every_contract_is_listed_once_among_the_descriptors_and_nothing_else_is()
    {
        var declared = Contracts.Values.Select(f => ((DiagnosticContract)f.GetValue(null)!).Descriptor);

        Assert.Equal(declared.Select(d => d.Id).Order(StringComparer.Ordinal), DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(DiagnosticDescriptors.All, d => Assert.Contains(d, declared));
    }

    [Theory]
    [MemberData(nameof(ContractNames))]
    public void Each_message_format_has_one_placeholder_per_typed_argument(string name)
    {
        var field = Contracts[name];
        var arity = field.FieldType.GetGenericArguments().Length;
        var format = ((DiagnosticContract)field.GetValue(null)!).Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);

        // {n} and {n,width:format}, not the escaped braces {{ }}.
        var used = Regex.Matches(format.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal), @"\{(\d+)[,:}]")
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order();

        Assert.True(arity > 0, $"{name} is not a generic DiagnosticContract<…>");
        Assert.Equal(Enumerable.Range(0, arity), used);
    }

    [Theory]
    [MemberData(nameof(ContractNames))]
    public void Each_typed_argument_is_a_kind_the_contract_formats(string name)
    {
        var formatted = new[] { typeof(string), typeof(int), typeof(TensorShape), typeof(IEnumerable<string>) };

        Assert.All(Contracts[name].FieldType.GetGenericArguments(), t => Assert.True(t.IsEnum || formatted.Contains(t), $"{name} takes a {t.Name}, which DiagnosticContract.Format does not format"));
    }

    [Fact]
    public void The_diagnostics_index_lists_every_descriptor_with_its_severity_and_title()
    {
        var rows = File.ReadAllLines(Path.Combine(Docs, "README.md")).Where(l => l.StartsWith("| [TG", StringComparison.Ordinal));

        Assert.Equal(
            DiagnosticDescriptors.All.Select(d => $"| [{d.Id}]({d.Id}.md) | {d.DefaultSeverity} | {d.Title} |").Order(StringComparer.Ordinal),
            rows.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Typed_arguments_are_formatted_in_the_notation_of_the_messages_whatever_the_culture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NegativeSign = "\u2212";
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            var shape = TensorShape.Of([Generators.Analysis.Dim.Symbol("T"), Generators.Analysis.Dim.Of(32)]);
            var shared = DiagnosticDescriptors.SharedInputMismatch.Create("B", DiagnosticTarget.NodeAttribute, null, "B", "A", shape, TensorShape.Of([Generators.Analysis.Dim.Of(8)]));
            var concat = DiagnosticDescriptors.ConcatShapeMismatch.Create("C", DiagnosticTarget.NodeAttribute, null, "C", -1, "why");
            var merge = DiagnosticDescriptors.MergeShapeMismatch.Create("M", DiagnosticTarget.NodeAttribute, null, "M", TypedGraph.Generators.Model.MergeKind.Multiply, "why");
            var logs = DiagnosticDescriptors.UnknownMonitor.Create(Location.None, "EarlyStopping", "val_acc", "M", ImmutableArray.Create("loss", "val_loss"));

            Assert.Equal("B | A | (N, T, 32) | (N, 8)", string.Join(" | ", shared.MessageArguments));
            Assert.Equal("-1", concat.MessageArguments[1]);
            Assert.Equal("Multiply", merge.MessageArguments[1]);
            Assert.Equal("EarlyStopping monitors 'val_acc', which model 'M' never logs; it logs: loss, val_loss", logs.GetMessage(CultureInfo.InvariantCulture));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void The_analysis_and_the_analyzers_get_the_same_diagnostic_from_one_contract()
    {
        var shape = TensorShape.Of([Generators.Analysis.Dim.Symbol("T"), Generators.Analysis.Dim.Of(32)]);
        var graph = DiagnosticDescriptors.SubmodelInputMismatch.Create("S", DiagnosticTarget.NodeAttribute, null, "S", "Encoder", "X", shape, TensorShape.Of([Generators.Analysis.Dim.Of(4), Generators.Analysis.Dim.Of(16)]));
        var reported = DiagnosticContract.Report(DiagnosticDescriptors.SubmodelInputMismatch.Descriptor, graph, Location.None, null);
        var direct = DiagnosticDescriptors.SubmodelInputMismatch.Create(Location.None, "S", "Encoder", "X", shape, TensorShape.Of([Generators.Analysis.Dim.Of(4), Generators.Analysis.Dim.Of(16)]));

        Assert.Equal("TG0106", graph.Id);
        Assert.True(graph.IsError);
        Assert.False(DiagnosticDescriptors.Unreachable.Create("U", DiagnosticTarget.Property, null, "U").IsError);
        Assert.Equal("'S' binds input 'X' of submodel 'Encoder', declared (N, T, 32), to a tensor of shape (N, 4, 16)", reported.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(direct.GetMessage(CultureInfo.InvariantCulture), reported.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(direct.Descriptor, reported.Descriptor);
    }
}
