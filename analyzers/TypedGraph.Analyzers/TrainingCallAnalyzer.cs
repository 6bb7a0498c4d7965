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
/// and the call has no validation data (naming the validation arguments of the overload called, and offering the split
/// fix only where the overload has a split); and the objective of every <c>new Tuner&lt;M, …&gt;(…)</c>: TG0040 when model
/// <c>M</c> never logs it (the same names). Where the callbacks, a monitor or the objective cannot be followed, it
/// reports nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TrainingCallAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Metadata name of the tuner, whose creations name an objective.</summary>
    public const string TunerMetadataName = "TypedGraph.Tuning.Tuner`2";

    /// <summary>Key of the property that carries the logged name nearest to an unknown monitor (for the code fix).</summary>
    public const string NearestNameProperty = "NearestName";

    /// <summary>
    /// Key of the property of a TG0020 on a <c>Fit</c> overload that can hold out part of its data: the name of that
    /// parameter (<c>validationSplit</c>). Absent for the streaming <c>Fit</c>, whose validation batches only the user can
    /// supply, so the code fix is offered exactly where it applies.
    /// </summary>
    public const string SplitParameterProperty = "SplitParameter";

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
            if (start.Compilation.GetTypeByMetadataName(TunerMetadataName) is { } tuner)
            {
                start.RegisterSyntaxNodeAction(
                    node => AnalyzeTuner(node, modelAttribute, tuner),
                    SyntaxKind.ObjectCreationExpression,
                    SyntaxKind.ImplicitObjectCreationExpression);
            }
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
        var validationParameters = TrainingCall.ValidationParameters(invocation);
        var missingValidation = validationParameters.Contains(TrainingCall.ValidationSplitParameter)
            ? ImmutableDictionary<string, string?>.Empty.Add(SplitParameterProperty, TrainingCall.ValidationSplitParameter)
            : ImmutableDictionary<string, string?>.Empty;
        foreach (var monitor in TrainingCall.Monitors(invocation, context.CancellationToken))
        {
            if (!LogNames.Contains(names, monitor.Name))
            {
                if (!LogNames.IsComplete(graph))
                {
                    continue; // a custom metric names itself at run time: an unknown name may be one of those
                }

                var properties = ImmutableDictionary<string, string?>.Empty.Add(NearestNameProperty, Nearest.Name(monitor.Name, names));
                context.ReportDiagnostic(DiagnosticDescriptors.UnknownMonitor.Create(
                    monitor.Location, monitor.Callback, monitor.Name, model.Name, names, properties: properties));
            }
            else if (!hasValidation && LogNames.Normalize(monitor.Name).StartsWith(LogNames.ValidationPrefix, System.StringComparison.Ordinal))
            {
                context.ReportDiagnostic(DiagnosticDescriptors.MonitorWithoutValidation.Create(
                    monitor.Location, monitor.Callback, monitor.Name, validationParameters, properties: missingValidation, additionalLocations: [invocation.Syntax.GetLocation()]));
            }
        }
    }

    private static void AnalyzeTuner(SyntaxNodeAnalysisContext context, INamedTypeSymbol modelAttribute, INamedTypeSymbol tuner)
    {
        // Syntax first: only creations spelled `Tuner<…>` (or target-typed `new(…)`) are bound.
        var spelled = context.Node is ObjectCreationExpressionSyntax { Type: var type }
            ? type switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => null,
            }
            : tuner.Name;
        if (spelled != tuner.Name)
        {
            return;
        }

        if (context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is not IObjectCreationOperation { Type: INamedTypeSymbol created } creation
            || !SymbolEqualityComparer.Default.Equals(created.OriginalDefinition, tuner)
            || created.TypeArguments[0] is not INamedTypeSymbol model
            || !model.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, modelAttribute))
            || creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "objective") is not { ArgumentKind: not ArgumentKind.DefaultValue } argument
            || ValueFlow.Constant(argument.Value, context.CancellationToken) is not { HasValue: true, Value: string objective })
        {
            return;
        }

        var graph = ModelGraphCache.Get(context.Compilation, model, context.CancellationToken);
        if (graph.HasErrors || !LogNames.IsComplete(graph))
        {
            return;
        }

        var names = LogNames.Epoch(graph, validation: true);
        if (!names.IsEmpty && !LogNames.Contains(names, objective))
        {
            context.ReportDiagnostic(DiagnosticDescriptors.TunerObjectiveNeverLogged.Create(
                argument.Value.Syntax.GetLocation(), objective, model.Name, names));
        }
    }
}
