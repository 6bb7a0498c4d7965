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
using Microsoft.CodeAnalysis.Operations;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Analyzers;

namespace TypedGraph.CodeFixes;

/// <summary>
/// TG0020: gives the <c>Fit</c> call <c>validationSplit: 0.2</c> (Keras' usual hold-out), replacing a <c>0</c> it already
/// passes. Offered where the analyzer found that the overload called has a split (the diagnostic's
/// <see cref="TrainingCallAnalyzer.SplitParameterProperty"/> names it); the streaming <c>Fit</c> has none. The
/// diagnostic's additional location is the <c>Fit</c> call.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddValidationSplitCodeFix)), System.Composition.Shared]
public sealed class AddValidationSplitCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "TypedGraph.AddValidationSplit";
    private const string Fraction = "0.2";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticDescriptors.MonitorWithoutValidation.Id];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => DocumentFixAll.Create(Fix);

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (SplitParameter(diagnostic) is { } parameter)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Validate on the last 20% of the data ({parameter}: {Fraction})", ct => DocumentFixAll.ApplyAsync(context.Document, [diagnostic], Fix, ct), EquivalenceKey),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The split parameter the analyzer found on the overload called, when the diagnostic locates its call; otherwise null.</summary>
    private static string? SplitParameter(Diagnostic diagnostic) =>
        diagnostic.AdditionalLocations.Count == 1
        && diagnostic.Properties.TryGetValue(TrainingCallAnalyzer.SplitParameterProperty, out var parameter)
            ? parameter
            : null;

    private static InvocationExpressionSyntax? Call(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true)
            .AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();

    private static void Fix(SyntaxEditor editor, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (SplitParameter(diagnostic) is not { } parameter
            || Call(editor.OriginalRoot, diagnostic) is not { } call
            || semanticModel.GetOperation(call, cancellationToken) is not IInvocationOperation invocation)
        {
            return;
        }

        var split = SyntaxFactory.ParseExpression(Fraction);
        editor.ReplaceNode(call, (current, _) =>
        {
            var updated = (InvocationExpressionSyntax)current;
            var given = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter && a.ArgumentKind != ArgumentKind.DefaultValue);
            if (given?.Syntax is ArgumentSyntax argument)
            {
                // Same call seen again (several callbacks of one Fit): the first pass already set it.
                var index = call.ArgumentList.Arguments.IndexOf(argument);
                var existing = updated.ArgumentList.Arguments[index];
                return existing.Expression.IsEquivalentTo(split)
                    ? updated
                    : updated.ReplaceNode(existing.Expression, split.WithTriviaFrom(existing.Expression));
            }

            if (updated.ArgumentList.Arguments.Any(a => a.NameColon?.Name.Identifier.ValueText == parameter))
            {
                return updated;
            }

            var added = SyntaxFactory.Argument(SyntaxFactory.NameColon(parameter), default, split);
            var arguments = updated.ArgumentList.Arguments;
            var callbacks = arguments.IndexOf(a => a.NameColon?.Name.Identifier.ValueText == "callbacks");
            return updated.WithArgumentList(updated.ArgumentList.WithArguments(
                callbacks >= 0 ? arguments.Insert(callbacks, added) : arguments.Add(added)));
        });
    }
}
