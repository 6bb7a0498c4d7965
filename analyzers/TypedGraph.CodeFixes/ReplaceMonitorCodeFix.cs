using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Analyzers;

namespace TypedGraph.CodeFixes;

/// <summary>TG0021: replaces a monitor string literal the model never logs with the nearest logged name (edit distance, chosen by the analyzer).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceMonitorCodeFix)), System.Composition.Shared]
public sealed class ReplaceMonitorCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "TypedGraph.ReplaceMonitor";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.UnknownMonitor.Id];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => DocumentFixAll.Create(Fix);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && Literal(root, diagnostic) is not null && Nearest(diagnostic) is { } name)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Monitor '{name}'", ct => DocumentFixAll.ApplyAsync(context.Document, [diagnostic], Fix, ct), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static void Fix(SyntaxEditor editor, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (Literal(editor.OriginalRoot, diagnostic) is { } literal && Nearest(diagnostic) is { } name)
        {
            editor.ReplaceNode(literal, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)).WithTriviaFrom(literal));
        }
    }

    private static string? Nearest(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(TrainingCallAnalyzer.NearestNameProperty, out var name) ? name : null;

    private static LiteralExpressionSyntax? Literal(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
        && literal.IsKind(SyntaxKind.StringLiteralExpression)
        && literal.Span == diagnostic.Location.SourceSpan
            ? literal
            : null;
}
