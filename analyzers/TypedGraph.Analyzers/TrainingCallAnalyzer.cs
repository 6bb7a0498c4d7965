using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
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
            var modelAttribute = start.Compilation.GetTypeByMetadataName(AttributeNames.Model);
            var modelBase = start.Compilation.GetTypeByMetadataName(TrainingCall.ModelBaseMetadataName);
            if (modelAttribute is null || modelBase is null)
            {
                return;
            }

            var models = new ConcurrentDictionary<INamedTypeSymbol, ModelLogs>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(
                operation => Analyze(operation, modelAttribute, modelBase, models),
                OperationKind.Invocation);
        });
    }

    private static void Analyze(
        OperationAnalysisContext context, INamedTypeSymbol modelAttribute, INamedTypeSymbol modelBase, ConcurrentDictionary<INamedTypeSymbol, ModelLogs> models)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!TrainingCall.IsFit(invocation, modelBase)
            || invocation.Instance?.Type is not INamedTypeSymbol model
            || !model.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, modelAttribute)))
        {
            return;
        }

        var logs = models.GetOrAdd(model, m => ModelLogs.Of(m, context.CancellationToken));
        if (logs.Names.IsEmpty)
        {
            return;
        }

        var hasValidation = TrainingCall.HasValidation(invocation);
        foreach (var monitor in TrainingCall.Monitors(invocation))
        {
            if (!LogNames.Contains(logs.Names, monitor.Name))
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(NearestNameProperty, Nearest.Name(monitor.Name, logs.Names));
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UnknownMonitor, monitor.Location, properties,
                    monitor.Callback, monitor.Name, model.Name, string.Join(", ", logs.Names)));
            }
            else if (!hasValidation && LogNames.Normalize(monitor.Name).StartsWith(LogNames.ValidationPrefix, System.StringComparison.Ordinal))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.MonitorWithoutValidation, monitor.Location, [invocation.Syntax.GetLocation()],
                    monitor.Callback, monitor.Name));
            }
        }
    }

    /// <summary>Every name a <c>Fit</c> call with validation data logs for one model; empty when unknown or untrainable.</summary>
    private sealed class ModelLogs
    {
        private ModelLogs(ImmutableArray<string> names) => Names = names;

        public ImmutableArray<string> Names { get; }

        public static ModelLogs Of(INamedTypeSymbol model, System.Threading.CancellationToken cancellationToken)
        {
            var graph = GraphAnalyzer.Analyze(ModelParser.Parse(model, cancellationToken));
            return new ModelLogs(graph.HasErrors ? ImmutableArray<string>.Empty : LogNames.Epoch(graph, validation: true));
        }
    }
}
