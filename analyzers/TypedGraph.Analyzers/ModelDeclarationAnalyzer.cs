using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Layers;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Analyzers;

/// <summary>
/// Reports the declaration and shape diagnostics of every <c>[Model]</c> class: it runs the generator's own parser and
/// graph analysis (one implementation of the rules) and places each result at the attribute or argument at fault.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.Declarations;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var modelAttribute = start.Compilation.GetTypeByMetadataName(ModelParser.ModelAttributeName);
            if (modelAttribute is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, modelAttribute), SymbolKind.NamedType);
        });
    }

    /// <summary>Key of the property that tells the code fixes which fix applies (<see cref="Projection"/>).</summary>
    public const string FixProperty = "TypedGraph.Fix";

    /// <summary>TG0005 on a two-input merge whose shortcut a 1×1 <c>Conv2d</c> can project: properties name it, the stride and the filters.</summary>
    public const string Projection = "Projection";

    public const string ShortcutProperty = "TypedGraph.Shortcut";
    public const string StrideProperty = "TypedGraph.Stride";
    public const string FiltersProperty = "TypedGraph.Filters";

    private static ImmutableDictionary<string, string?>? FixProperties(GraphDiagnostic diagnostic) =>
        diagnostic.Projection is { } projection
            ? ImmutableDictionary<string, string?>.Empty
                .Add(FixProperty, Projection)
                .Add(ShortcutProperty, projection.Shortcut)
                .Add(StrideProperty, projection.Stride.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add(FiltersProperty, projection.Filters.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : null;

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol modelAttribute)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, modelAttribute)))
        {
            return;
        }

        var graph = ModelGraphCache.Get(context.Compilation, type, context.CancellationToken);
        foreach (var diagnostic in graph.Diagnostics)
        {
            var descriptor = DiagnosticDescriptors.Declarations.FirstOrDefault(d => d.Id == diagnostic.Id);
            if (descriptor is not null)
            {
                context.ReportDiagnostic(DiagnosticContract.Report(descriptor, diagnostic, DiagnosticLocator.Locate(type, diagnostic), FixProperties(diagnostic)));
            }
        }
    }
}
