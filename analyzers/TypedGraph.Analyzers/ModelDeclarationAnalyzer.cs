using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedGraph.Generators.Analysis;
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
            var modelAttribute = start.Compilation.GetTypeByMetadataName(AttributeNames.Model);
            if (modelAttribute is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, modelAttribute), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol modelAttribute)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, modelAttribute)))
        {
            return;
        }

        var graph = GraphAnalyzer.Analyze(ModelParser.Parse(type, context.CancellationToken));
        foreach (var diagnostic in graph.Diagnostics)
        {
            var descriptor = DiagnosticDescriptors.Declarations.FirstOrDefault(d => d.Id == diagnostic.Id);
            if (descriptor is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(descriptor, DiagnosticLocator.Locate(type, diagnostic), diagnostic.MessageArguments.ToArray<object>()));
            }
        }
    }
}
