using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TypedGraph.Generators.Tests.Infrastructure;

namespace TypedGraph.Analyzers.Tests.Infrastructure;

/// <summary>
/// A small code-fix harness on an <see cref="AdhocWorkspace"/> with local references only: the source (plus the
/// generator's output as documents, so the model types are complete), the analyzers' diagnostics, then one fix or
/// Fix-All in document scope through the provider's own <see cref="FixAllProvider"/>.
/// </summary>
internal static class CodeFixRun
{
    /// <summary>The document after applying the first offered fix of the first fixable diagnostic.</summary>
    public static string FixFirst(CodeFixProvider provider, string source)
    {
        var (document, diagnostics) = Load(provider, source);
        var action = Actions(provider, document, diagnostics[0]).First();
        return Apply(action, document);
    }

    /// <summary>The document after Fix-All (document scope) of every fixable diagnostic, with the fix offered at <paramref name="action"/>.</summary>
    public static string FixAll(CodeFixProvider provider, string source, int action = 0)
    {
        var (document, diagnostics) = Load(provider, source);
        var key = Actions(provider, document, diagnostics[0])[action].EquivalenceKey;
        var context = new FixAllContext(
            document, provider, FixAllScope.Document, key, provider.FixableDiagnosticIds, new FixedDiagnostics(diagnostics), CancellationToken.None);
        var fixAll = provider.GetFixAllProvider()!.GetFixAsync(context).GetAwaiter().GetResult();
        Assert.NotNull(fixAll);
        return Apply(fixAll, document);
    }

    /// <summary>The titles of the fixes offered for each fixable diagnostic, in source order.</summary>
    public static IReadOnlyList<string> Titles(CodeFixProvider provider, string source)
    {
        var (document, diagnostics) = Load(provider, source);
        return diagnostics.SelectMany(d => Actions(provider, document, d)).Select(a => a.Title).ToList();
    }

    private static (Document Document, ImmutableArray<Diagnostic> Diagnostics) Load(CodeFixProvider provider, string source)
    {
        var compilation = AnalyzerRun.Compilation(null, source);
        var (output, _) = TestCompilation.Generate(compilation);
        var workspace = new AdhocWorkspace();
        var project = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(), VersionStamp.Default, "TestModels", "TestModels", LanguageNames.CSharp,
                compilationOptions: compilation.Options, parseOptions: TestCompilation.ParseOptions, metadataReferences: compilation.References))
            .Projects.Single();
        Document? main = null;
        foreach (var tree in output.SyntaxTrees)
        {
            var document = project.AddDocument(System.IO.Path.GetFileName(tree.FilePath), tree.GetText(), filePath: tree.FilePath);
            main ??= document;
            project = document.Project;
        }

        main = project.GetDocument(main!.Id)!;
        var analyzed = project.GetCompilationAsync().GetAwaiter().GetResult()!
            .WithAnalyzers(AnalyzerRun.Analyzers)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var mainTree = main.GetSyntaxTreeAsync().GetAwaiter().GetResult();
        var fixable = analyzed
            .Where(d => provider.FixableDiagnosticIds.Contains(d.Id) && d.Location.SourceTree == mainTree)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
        Assert.NotEmpty(fixable);
        return (main, fixable);
    }

    private static List<CodeAction> Actions(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        provider.RegisterCodeFixesAsync(context).GetAwaiter().GetResult();
        return actions;
    }

    private static string Apply(CodeAction action, Document document)
    {
        var operations = action.GetOperationsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return changed.GetDocument(document.Id)!.GetTextAsync().GetAwaiter().GetResult().ToString();
    }

    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
