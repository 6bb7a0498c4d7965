using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Layers;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Analyzers;

/// <summary>
/// TG0041: a call of <c>Ensemble.Average</c>, <c>Weighted</c> or <c>LearnWeights</c> that combines members of different
/// <c>[Model]</c> classes (the overloads taking <c>first</c> and <c>others</c>) where a member's inputs or outputs
/// disagree with the first member's position by position — the rule the runtime's <c>EnsembleCompatibility</c> applies:
/// same input count, each input the same dtype and rank with equal fixed sizes; same output count, each output the same
/// rank with equal fixed sizes and the same loss. Members are followed through <see cref="ValueFlow"/>, as the callbacks of
/// a <c>Fit</c> call are: <c>others</c> given as params, an array or collection expression (with spreads), a local or
/// private field holding one (a <c>List</c> spread in, with its <c>Add</c> statements), and each member through a local
/// or field set once. Reported at the member's expression where it is written (an element of <c>others</c>, in the call
/// or where the collection is built). Models with declaration errors are left to those.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EnsembleMemberAnalyzer : DiagnosticAnalyzer
{
    private const string EnsembleName = "Ensemble";
    private const string EnsembleMetadataName = TrainingCall.ModelNamespace + "." + EnsembleName;
    private const string FirstParameter = "first";
    private const string OthersParameter = "others";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.EnsembleMembers;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var modelAttribute = start.Compilation.GetTypeByMetadataName(ModelParser.ModelAttributeName);
            var ensemble = start.Compilation.GetTypeByMetadataName(EnsembleMetadataName);
            if (modelAttribute is null || ensemble is null)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(node => Analyze(node, modelAttribute, ensemble), SyntaxKind.InvocationExpression);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, INamedTypeSymbol modelAttribute, INamedTypeSymbol ensemble)
    {
        var syntax = (InvocationExpressionSyntax)context.Node;
        if (TrainingCall.InvokedName(syntax.Expression) is not { Identifier.ValueText: "Average" or "Weighted" or "LearnWeights" }
            || context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IInvocationOperation invocation
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, ensemble))
        {
            return;
        }

        var first = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == FirstParameter);
        var others = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == OthersParameter);
        if (first is null || others is null || ModelType(first.Value, modelAttribute, context.CancellationToken) is not { } firstModel)
        {
            return;
        }

        var firstGraph = ModelGraphCache.Get(context.Compilation, firstModel, context.CancellationToken);
        if (firstGraph.HasErrors)
        {
            return;
        }

        foreach (var member in ValueFlow.Elements(others.Value, context.CancellationToken))
        {
            if (ModelType(member, modelAttribute, context.CancellationToken) is not { } model || SymbolEqualityComparer.Default.Equals(model, firstModel))
            {
                continue;
            }

            var graph = ModelGraphCache.Get(context.Compilation, model, context.CancellationToken);
            if (!graph.HasErrors && Mismatch(firstGraph, graph) is { } reason)
            {
                context.ReportDiagnostic(DiagnosticDescriptors.EnsembleMemberMismatch.Create(
                    member.Syntax.GetLocation(), model.Name, firstModel.Name, reason));
            }
        }
    }

    /// <summary>Whether <paramref name="argument"/> is the <c>others</c> argument of a method of <c>TypedGraph.Ensemble</c> (which only reads it).</summary>
    internal static bool IsOthersArgument(IArgumentOperation argument) =>
        argument is { Parameter: { Name: OthersParameter, RefKind: RefKind.None }, Parent: IInvocationOperation call }
        && call.TargetMethod.ContainingType is { Name: EnsembleName, ContainingType: null } type
        && type.ContainingNamespace?.ToDisplayString() == TrainingCall.ModelNamespace;

    /// <summary>The <c>[Model]</c> class of a member: the type of its expression, or of the value a local or field set once holds.</summary>
    private static INamedTypeSymbol? ModelType(IOperation value, INamedTypeSymbol modelAttribute, CancellationToken cancellationToken) =>
        ValueFlow.Trace(
            value,
            v => v.Type is INamedTypeSymbol type && type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, modelAttribute)) ? type : null,
            cancellationToken);

    private static string? Mismatch(ModelGraph first, ModelGraph other)
    {
        var (firstInputs, otherInputs) = (Inputs(first), Inputs(other));
        if (firstInputs.Count != otherInputs.Count)
        {
            return $"it has {otherInputs.Count} input(s) against {firstInputs.Count}";
        }

        for (var i = 0; i < firstInputs.Count; i++)
        {
            var ((xName, x), (yName, y)) = (firstInputs[i], otherInputs[i]);
            if (x.DType != y.DType)
            {
                return $"input {i} ('{yName}') has dtype {y.DType} against {x.DType} ('{xName}')";
            }

            if (!Agree(x.Shape, y.Shape))
            {
                return $"input {i} ('{yName}') has shape {TensorShape.Of(y.Shape)} against {TensorShape.Of(x.Shape)} ('{xName}')";
            }
        }

        var (firstOutputs, otherOutputs) = (Outputs(first), Outputs(other));
        if (firstOutputs.Count != otherOutputs.Count)
        {
            return $"it has {otherOutputs.Count} output(s) against {firstOutputs.Count}";
        }

        for (var o = 0; o < firstOutputs.Count; o++)
        {
            var (x, y) = (firstOutputs[o], otherOutputs[o]);
            if (x.Shape is not null && y.Shape is not null && !Agree(x.Shape.SampleDims, y.Shape.SampleDims))
            {
                return $"output {o} ('{y.Name}') has shape {y.Shape} against {x.Shape} ('{x.Name}')";
            }

            var (xHead, yHead) = (x.Spec.Output!, y.Spec.Output!);
            if (xHead.Loss != yHead.Loss || xHead.HasLoss != yHead.HasLoss)
            {
                return $"output {o} ('{y.Name}') has loss {LossName(yHead)} against {LossName(xHead)} ('{x.Name}')";
            }
        }

        return null;
    }

    private static List<(string Name, InputLayer Layer)> Inputs(ModelGraph graph) =>
        graph.Model.Nodes.Where(n => n.Layer is InputLayer).Select(n => (n.Name, (InputLayer)n.Layer)).ToList();

    private static List<GraphNode> Outputs(ModelGraph graph) =>
        graph.Model.Nodes.Where(n => n.Output is not null).Select(n => graph.Nodes[graph.IndexOf(n.Name)]).ToList();

    private static bool Agree(Generators.Model.EquatableArray<Dim> x, Generators.Model.EquatableArray<Dim> y) =>
        x.Count == y.Count && !x.Zip(y, (a, b) => a.IsKnown && b.IsKnown && a.Value != b.Value).Any(differs => differs);

    private static string LossName(Generators.Model.OutputHeadSpec head) =>
        head.CustomLoss is { } custom ? custom.Substring(custom.LastIndexOf('.') + 1) : head.Loss.ToString();
}
