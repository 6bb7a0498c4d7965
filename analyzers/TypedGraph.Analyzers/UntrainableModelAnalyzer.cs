using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Analyzers;

/// <summary>
/// TG0023: <c>Fit</c> or <c>Evaluate</c> called on a <c>[Model]</c> none of whose outputs has a loss; the runtime throws
/// before the first batch. Reported at the invoked method's name. A model with declaration errors is left to those.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UntrainableModelAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.UntrainableModels;

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

            // Filtered by the invoked name before any operation is built, as TrainingCallAnalyzer does.
            start.RegisterSyntaxNodeAction(node => Analyze(node, modelAttribute, modelBase), SyntaxKind.InvocationExpression);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, INamedTypeSymbol modelAttribute, INamedTypeSymbol modelBase)
    {
        var syntax = (InvocationExpressionSyntax)context.Node;
        if (TrainingCall.InvokedName(syntax.Expression) is not { Identifier.ValueText: TrainingCall.FitName or TrainingCall.EvaluateName } name
            || context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IInvocationOperation invocation
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType?.OriginalDefinition, modelBase)
            || invocation.TargetMethod.Name is not (TrainingCall.FitName or TrainingCall.EvaluateName)
            || invocation.Instance?.Type is not INamedTypeSymbol model
            || !model.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, modelAttribute)))
        {
            return;
        }

        var graph = ModelGraphCache.Get(context.Compilation, model, context.CancellationToken);
        var outputs = graph.Model.Nodes.Where(n => n.Output is not null).ToList();
        if (graph.HasErrors || outputs.Count == 0 || outputs.Any(n => n.Output!.HasLoss))
        {
            return;
        }

        context.ReportDiagnostic(DiagnosticDescriptors.UntrainableModel.Create(
            name.GetLocation(), invocation.TargetMethod.Name, model.Name, outputs.Select(n => n.Name)));
    }
}
