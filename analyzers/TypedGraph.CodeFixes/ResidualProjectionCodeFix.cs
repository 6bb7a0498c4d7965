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

/// <summary>
/// TG0005 on a residual merge after a stride or a pooling: inserts <c>[Conv2d(filters, 1, Stride = s, From = nameof(Shortcut))]</c>
/// (Deep Learning with Python's projection shortcut) and merges that instead. The analyzer computes filters and stride.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ResidualProjectionCodeFix)), System.Composition.Shared]
public sealed class ResidualProjectionCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "TypedGraph.ResidualProjection";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.MergeShapeMismatch.Id];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => DocumentFixAll.Create(Fix);

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Projection(diagnostic) is { } projection)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Project '{projection.Shortcut}' with a 1×1 Conv2d({projection.Filters}, 1, Stride = {projection.Stride})",
                        ct => DocumentFixAll.ApplyAsync(context.Document, [diagnostic], Fix, ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static (string Shortcut, string Stride, string Filters)? Projection(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(ModelDeclarationAnalyzer.FixProperty, out var fix) && fix == ModelDeclarationAnalyzer.Projection
        && diagnostic.Properties.TryGetValue(ModelDeclarationAnalyzer.ShortcutProperty, out var shortcut) && shortcut is not null
        && diagnostic.Properties.TryGetValue(ModelDeclarationAnalyzer.StrideProperty, out var stride) && stride is not null
        && diagnostic.Properties.TryGetValue(ModelDeclarationAnalyzer.FiltersProperty, out var filters) && filters is not null
            ? (shortcut, stride, filters)
            : null;

    private static void Fix(SyntaxEditor editor, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var attribute = editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault();
        if (Projection(diagnostic) is not { } projection
            || attribute?.Ancestors().OfType<PropertyDeclarationSyntax>().FirstOrDefault() is not { Parent: TypeDeclarationSyntax type } property)
        {
            return;
        }

        // The merge's positional argument naming the shortcut: nameof(Shortcut) or "Shortcut".
        var reference = attribute.ArgumentList?.Arguments
            .Where(a => a.NameEquals is null && a.NameColon is null)
            .FirstOrDefault(a => Names(a.Expression, projection.Shortcut));
        if (reference is null)
        {
            return;
        }

        var name = UniqueName(type, projection.Shortcut + "Projection");
        var conv = SyntaxFactory.ParseMemberDeclaration(
                $"[Conv2d({projection.Filters}, 1{(projection.Stride == "1" ? string.Empty : $", Stride = {projection.Stride}")}, From = nameof({projection.Shortcut}))] public partial Node {name} {{ get; }}")!
            .WithLeadingTrivia(property.GetLeadingTrivia())
            .WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"));
        editor.InsertBefore(property, conv);
        editor.ReplaceNode(reference.Expression, SyntaxFactory.ParseExpression($"nameof({name})").WithTriviaFrom(reference.Expression));
    }

    private static bool Names(ExpressionSyntax expression, string node) => expression switch
    {
        LiteralExpressionSyntax literal => literal.Token.ValueText == node,
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }, ArgumentList.Arguments.Count: 1 } invocation =>
            invocation.ArgumentList.Arguments[0].Expression is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == node,
        _ => false,
    };

    private static string UniqueName(TypeDeclarationSyntax type, string name)
    {
        var taken = type.Members.OfType<PropertyDeclarationSyntax>().Select(p => p.Identifier.ValueText).ToImmutableHashSet();
        var unique = name;
        for (var i = 2; taken.Contains(unique); i++)
        {
            unique = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return unique;
    }
}
