using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Analyzers;

namespace TypedGraph.CodeFixes;

/// <summary>
/// TG0022: replaces the contradicting mode with the one that fits the monitor (<c>MonitorMode.Max</c> for an accuracy,
/// <c>Min</c> for a loss or an error), or with <c>MonitorMode.Auto</c> where the runtime's rule picks that same direction.
/// A qualified <c>MonitorMode.Min</c> keeps its qualification; any other expression (a local, a cast) becomes
/// <c>MonitorMode.X</c>, simplified against the file's usings.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MonitorModeCodeFix)), System.Composition.Shared]
public sealed class MonitorModeCodeFix : CodeFixProvider
{
    private const string ExpectedKey = "TypedGraph.MonitorMode.Expected";
    private const string AutoKey = "TypedGraph.MonitorMode.Auto";
    private const string Auto = "Auto";
    private const string MonitorModeMetadataName = "TypedGraph.Callbacks.MonitorMode";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.MonitorModeMismatch.Id];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
            await DocumentFixAll.ApplyAsync(
                document,
                context.CodeActionEquivalenceKey == AutoKey ? diagnostics.Where(AutoAgrees).ToImmutableArray() : diagnostics,
                context.CodeActionEquivalenceKey == AutoKey ? UseAuto : UseExpected,
                context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || Mode(root, diagnostic) is null || Expected(diagnostic) is not { } expected)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create($"Use MonitorMode.{expected}", ct => DocumentFixAll.ApplyAsync(context.Document, [diagnostic], UseExpected, ct), ExpectedKey),
                diagnostic);
            if (AutoAgrees(diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Use MonitorMode.{Auto}", ct => DocumentFixAll.ApplyAsync(context.Document, [diagnostic], UseAuto, ct), AutoKey),
                    diagnostic);
            }
        }
    }

    private static void UseExpected(SyntaxEditor editor, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (Expected(diagnostic) is { } expected)
        {
            Replace(editor, semanticModel, diagnostic, expected);
        }
    }

    private static void UseAuto(SyntaxEditor editor, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Replace(editor, semanticModel, diagnostic, Auto);

    private static void Replace(SyntaxEditor editor, SemanticModel semanticModel, Diagnostic diagnostic, string member)
    {
        if (Mode(editor.OriginalRoot, diagnostic) is not { } mode)
        {
            return;
        }

        if (mode is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access
            && semanticModel.GetSymbolInfo(access).Symbol is IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum })
        {
            editor.ReplaceNode(name, SyntaxFactory.IdentifierName(member).WithTriviaFrom(name));
            return;
        }

        if (semanticModel.Compilation.GetTypeByMetadataName(MonitorModeMetadataName) is { } type)
        {
            var replacement = editor.Generator.MemberAccessExpression(editor.Generator.TypeExpression(type), member)
                .WithTriviaFrom(mode)
                .WithAdditionalAnnotations(Simplifier.Annotation);
            editor.ReplaceNode(mode, replacement);
        }
    }

    private static string? Expected(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(CallbackModeAnalyzer.ExpectedModeProperty, out var mode) ? mode : null;

    private static bool AutoAgrees(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(CallbackModeAnalyzer.AutoAgreesProperty, out var agrees) && agrees == "true";

    private static ExpressionSyntax? Mode(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax expression
        && expression.Span == diagnostic.Location.SourceSpan
            ? expression
            : null;
}
