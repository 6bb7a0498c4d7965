using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace TypedGraph.CodeFixes;

/// <summary>
/// Fix-All for fixes that edit one document: every diagnostic of the document is fixed in one <see cref="SyntaxEditor"/>
/// pass, so fixes that touch the same node (two models in one enclosing type, two callbacks of one <c>Fit</c> call) are
/// applied once instead of conflicting.
/// </summary>
internal static class DocumentFixAll
{
    public delegate void Fix(SyntaxEditor editor, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken);

    public static FixAllProvider Create(Fix fix) =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
            diagnostics.IsEmpty ? document : await ApplyAsync(document, diagnostics, fix, context.CancellationToken).ConfigureAwait(false));

    public static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, Fix fix, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in diagnostics)
        {
            fix(editor, editor.SemanticModel, diagnostic, cancellationToken);
        }

        return editor.GetChangedDocument();
    }
}
