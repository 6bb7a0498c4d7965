using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TypedGraph.Analyzers;
using TypedGraph.Generators.Tests.Infrastructure;

namespace TypedGraph.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs the generator, then every TypedGraph analyzer, on in-memory sources placed under <c>/src/</c> (so that an
/// <c>.editorconfig</c> at <c>/src/.editorconfig</c> applies to them, as it does in a build).
/// </summary>
internal static class AnalyzerRun
{
    public const string SourceDirectory = "/src/";

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = [new ModelDeclarationAnalyzer(), new TrainingCallAnalyzer(), new CallbackModeAnalyzer(), new UntrainableModelAnalyzer(), new EnsembleMemberAnalyzer()];

    /// <summary>A compilation of <paramref name="sources"/> at <c>/src/Model{i}.cs</c>, with an optional <c>.editorconfig</c> applied as the compiler applies it.</summary>
    public static CSharpCompilation Compilation(string? editorConfig, params string[] sources)
    {
        var compilation = TestCompilation.Create(sources);
        foreach (var tree in compilation.SyntaxTrees.ToList())
        {
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithFilePath(SourceDirectory + tree.FilePath));
        }

        if (editorConfig is not null)
        {
            var config = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(editorConfig, SourceDirectory + ".editorconfig")));
            compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new EditorConfigTreeOptions(config)));
        }

        return compilation;
    }

    /// <summary>Generates, then returns the output compilation's diagnostics and the analyzers' (hidden ones dropped).</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(string? editorConfig, params string[] sources)
    {
        var (output, _) = TestCompilation.Generate(Compilation(editorConfig, sources));
        var withAnalyzers = output.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        return withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .ToList();
    }

    /// <summary>Asserts that the TG diagnostics of a <c>Cases/</c> file are exactly its markup, and that nothing else is an error.</summary>
    public static IReadOnlyList<Diagnostic> AssertMarkup(string caseFile)
    {
        var (source, expected) = Markup.Parse(TestCompilation.Case(caseFile));
        var diagnostics = Diagnostics(null, source);

        var errors = diagnostics.Where(d => !d.Id.StartsWith("TG", StringComparison.Ordinal) && d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        var actual = diagnostics
            .Where(d => d.Id.StartsWith("TG", StringComparison.Ordinal) && d.Location.SourceTree?.FilePath == SourceDirectory + "Model0.cs")
            .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            expected.Select(e => Show(source, e.Id, e.Span)),
            actual.Select(a => Show(source, a.Id, a.Location.SourceSpan)));
        return actual;
    }

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static string Show(string source, string id, TextSpan span)
    {
        var line = source.Take(span.Start).Count(c => c == '\n') + 1;
        return $"{id} line {line}: {source.Substring(span.Start, span.Length)}";
    }

    /// <summary>Per-tree severities from an <c>.editorconfig</c> (<c>dotnet_diagnostic.ID.severity</c>), as the compiler's own provider reads them.</summary>
    private sealed class EditorConfigTreeOptions(AnalyzerConfigSet config) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            config.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            config.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
