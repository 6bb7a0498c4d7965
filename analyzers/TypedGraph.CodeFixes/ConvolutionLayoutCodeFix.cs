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
using TypedGraph.Analyzers;

namespace TypedGraph.CodeFixes;

/// <summary>
/// TG0007 on a <c>Conv1d</c> fed by a batch-first <c>(N, T, C)</c> sequence in a ChannelsFirst model (the analyzer marks
/// those): insert a <c>[Permute(2, 1)]</c> node in front of it, or declare the model <c>DataFormat.ChannelsLast</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConvolutionLayoutCodeFix)), Shared]
public sealed class ConvolutionLayoutCodeFix : CodeFixProvider
{
    private const string PermuteKey = "TypedGraph.InsertPermute";
    private const string ChannelsLastKey = "TypedGraph.ChannelsLast";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.UnsupportedRank.Id];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
            await DocumentFixAll.ApplyAsync(
                document,
                diagnostics.Where(IsSequenceIntoConv1d).ToImmutableArray(),
                context.CodeActionEquivalenceKey == ChannelsLastKey ? ChannelsLast : InsertPermute,
                context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics.Where(IsSequenceIntoConv1d))
        {
            if (root is null || Property(root, diagnostic) is not { } property)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Insert [Permute(2, 1)] before '{property.Identifier.ValueText}'",
                    ct => DocumentFixAll.ApplyAsync(context.Document, [diagnostic], InsertPermute, ct),
                    PermuteKey),
                diagnostic);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Declare the model DataFormat.ChannelsLast",
                    ct => DocumentFixAll.ApplyAsync(context.Document, [diagnostic], ChannelsLast, ct),
                    ChannelsLastKey),
                diagnostic);
        }
    }

    private static bool IsSequenceIntoConv1d(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(ModelDeclarationAnalyzer.FixProperty, out var fix) && fix == ModelDeclarationAnalyzer.SequenceIntoConv1d;

    private static PropertyDeclarationSyntax? Property(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<PropertyDeclarationSyntax>().FirstOrDefault();

    private static void InsertPermute(SyntaxEditor editor, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (Property(editor.OriginalRoot, diagnostic) is not { Parent: TypeDeclarationSyntax type } property)
        {
            return;
        }

        var attribute = editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault();
        var from = attribute?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "From");
        var name = UniqueName(type, property.Identifier.ValueText + "Input");

        // The Permute reads what the convolution read (its From, or implicitly the node above); the convolution reads it.
        var permuteArguments = from is null ? "2, 1" : $"2, 1, From = {from.Expression}";
        var permute = SyntaxFactory.ParseMemberDeclaration($"[Permute({permuteArguments})] public partial Node {name} {{ get; }}")!
            .WithLeadingTrivia(property.GetLeadingTrivia())
            .WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"));
        editor.InsertBefore(property, permute);
        if (from is not null)
        {
            editor.ReplaceNode(from.Expression, SyntaxFactory.ParseExpression($"nameof({name})").WithTriviaFrom(from.Expression));
        }
    }

    private static void ChannelsLast(SyntaxEditor editor, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (Property(editor.OriginalRoot, diagnostic)?.Parent is not TypeDeclarationSyntax type
            || type.AttributeLists.SelectMany(l => l.Attributes).FirstOrDefault(IsModelAttribute) is not { } model)
        {
            return;
        }

        editor.ReplaceNode(model, (current, _) =>
        {
            var attribute = (AttributeSyntax)current;
            var channelsLast = SyntaxFactory.ParseExpression("DataFormat.ChannelsLast");
            var existing = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "DataFormat");
            if (existing is not null)
            {
                return existing.Expression.IsEquivalentTo(channelsLast) ? attribute : attribute.ReplaceNode(existing.Expression, channelsLast.WithTriviaFrom(existing.Expression));
            }

            var argument = SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals("DataFormat"), null, channelsLast);
            return attribute.WithArgumentList((attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList()).AddArguments(argument));
        });
    }

    private static bool IsModelAttribute(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        return name is "Model" or "ModelAttribute";
    }

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
