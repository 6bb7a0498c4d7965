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
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Analyzers;

namespace TypedGraph.CodeFixes;

/// <summary>TG0001: adds <c>partial</c> to the model class and every enclosing type, or to the node property.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix)), System.Composition.Shared]
public sealed class MakePartialCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "TypedGraph.MakePartial";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.NotPartial.Id];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => DocumentFixAll.Create(Fix);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || Declaration(root, diagnostic) is not { } declaration)
            {
                continue;
            }

            var title = declaration is PropertyDeclarationSyntax property
                ? $"Make property '{property.Identifier.ValueText}' partial"
                : $"Make '{((TypeDeclarationSyntax)declaration).Identifier.ValueText}' partial";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => DocumentFixAll.ApplyAsync(context.Document, [diagnostic], Fix, ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static void Fix(SyntaxEditor editor, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        switch (Declaration(editor.OriginalRoot, diagnostic))
        {
            case PropertyDeclarationSyntax property:
                MakePartial(editor, property);
                break;
            case TypeDeclarationSyntax type:
                foreach (var enclosing in type.AncestorsAndSelf().OfType<TypeDeclarationSyntax>())
                {
                    MakePartial(editor, enclosing);
                }

                break;
        }
    }

    private static SyntaxNode? Declaration(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf()
            .FirstOrDefault(n => n is PropertyDeclarationSyntax or TypeDeclarationSyntax);

    private static void MakePartial(SyntaxEditor editor, MemberDeclarationSyntax declaration)
    {
        if (declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return;
        }

        // ReplaceNode with a callback sees earlier edits of the same node (an enclosing type made partial twice).
        editor.ReplaceNode(declaration, (current, _) => WithPartial((MemberDeclarationSyntax)current));
    }

    /// <summary>Adds <c>partial</c> as the last modifier (where C# requires it), keeping the declaration's trivia.</summary>
    private static MemberDeclarationSyntax WithPartial(MemberDeclarationSyntax declaration)
    {
        if (declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return declaration;
        }

        if (declaration.Modifiers.Count > 0)
        {
            return declaration.WithModifiers(declaration.Modifiers.Add(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space)));
        }

        // No modifiers: `partial` takes the place (and the leading trivia) of the token after the attributes.
        var next = declaration.AttributeLists.Count > 0 ? declaration.AttributeLists.Last().GetLastToken().GetNextToken() : declaration.GetFirstToken();
        var partial = SyntaxFactory.Token(next.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        return declaration.ReplaceToken(next, next.WithLeadingTrivia()).WithModifiers(SyntaxFactory.TokenList(partial));
    }
}
