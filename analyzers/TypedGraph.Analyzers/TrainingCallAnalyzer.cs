using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Analyzers;

/// <summary>
/// Checks the callbacks of every <c>Fit</c> call on a <c>[Model]</c>: TG0021 when a monitor names a value the model never
/// logs (the names come from the generator's own <see cref="LogNames"/>), TG0020 when it monitors a <c>val_</c> value
/// and the call has no validation data. Where the callbacks or a monitor cannot be followed, it reports nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TrainingCallAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Key of the property that carries the logged name nearest to an unknown monitor (for the code fix).</summary>
    public const string NearestNameProperty = "NearestName";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.TrainingCalls;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var modelAttribute = start.Compilation.GetTypeByMetadataName(ModelParser.ModelAttributeName);
            var modelBase = start.Compilation.GetTypeByMetadataName(TrainingCall.ModelBaseMetadataName);
            if (modelAttribute is null || modelBase is null)
            {
                return;
            }

            // A syntax action filtered by the invoked name, not an operation action: the driver then builds operations
            // only for calls named Fit instead of for every method body of the compilation.
            start.RegisterSyntaxNodeAction(
                node => Analyze(node, modelAttribute, modelBase),
                SyntaxKind.InvocationExpression);
        });
    }

    private static void Analyze(
        SyntaxNodeAnalysisContext context, INamedTypeSymbol modelAttribute, INamedTypeSymbol modelBase)
    {
        var syntax = (InvocationExpressionSyntax)context.Node;
        if (TrainingCall.InvokedName(syntax.Expression)?.Identifier.ValueText != TrainingCall.FitName
            || context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IInvocationOperation invocation
            || !TrainingCall.IsFit(invocation, modelBase)
            || invocation.Instance?.Type is not INamedTypeSymbol model
            || !model.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, modelAttribute)))
        {
            return;
        }

        // Every name a Fit call with validation data logs; for an invalid model that is unknown, so nothing is reported.
        var graph = ModelGraphCache.Get(context.Compilation, model, context.CancellationToken);
        if (graph.HasErrors)
        {
            return;
        }

        var names = LogNames.Epoch(graph, validation: true);
        if (names.IsEmpty)
        {
            return;
        }

        var hasValidation = TrainingCall.HasValidation(invocation, context.CancellationToken);
        foreach (var monitor in TrainingCall.Monitors(invocation, context.CancellationToken))
        {
            if (!LogNames.Contains(names, monitor.Name))
            {
                if (!LogNames.IsComplete(graph))
                {
                    continue; // a custom metric names itself at run time: an unknown name may be one of those
                }

                var properties = ImmutableDictionary<string, string?>.Empty.Add(NearestNameProperty, Nearest.Name(monitor.Name, names));
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UnknownMonitor, monitor.Location, properties,
                    monitor.Callback, monitor.Name, model.Name, string.Join(", ", names)));
            }
            else if (!hasValidation && LogNames.Normalize(monitor.Name).StartsWith(LogNames.ValidationPrefix, System.StringComparison.Ordinal))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.MonitorWithoutValidation, monitor.Location, [invocation.Syntax.GetLocation()],
                    monitor.Callback, monitor.Name));
            }
        }
    }
}
