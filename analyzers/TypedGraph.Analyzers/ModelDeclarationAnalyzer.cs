using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Diagnostics;
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
            var modelAttribute = start.Compilation.GetTypeByMetadataName(AttributeNames.Model);
            if (modelAttribute is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, modelAttribute), SymbolKind.NamedType);
        });
    }

    /// <summary>Key of the property that tells the code fixes which fix applies (<see cref="SequenceIntoConv1d"/>).</summary>
    public const string FixProperty = "TypedGraph.Fix";

    /// <summary>TG0007 on a Conv1d that reads a batch-first sequence in a ChannelsFirst model: insert a Permute, or switch the layout.</summary>
    public const string SequenceIntoConv1d = "SequenceIntoConv1d";

    private static ImmutableDictionary<string, string?>? FixProperties(ModelGraph graph, GraphDiagnostic diagnostic)
    {
        if (diagnostic.Id != DiagnosticDescriptors.UnsupportedRank.Id || diagnostic.Node is null || graph.Model.DataFormat != DataFormat.ChannelsFirst)
        {
            return null;
        }

        var index = graph.IndexOf(diagnostic.Node);
        if (index < 0 || graph.Nodes[index] is not { Layer: ConvolutionLayerSpec { Rank: 1, Kind: ConvolutionKind.Standard }, InputIndices.Count: 1 } node
            || graph.Nodes[node.InputIndices[0]].Shape is not { Layout: TensorLayout.Sequence, Rank: 3 })
        {
            return null;
        }

        return ImmutableDictionary<string, string?>.Empty.Add(FixProperty, SequenceIntoConv1d);
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
                context.ReportDiagnostic(Diagnostic.Create(
                    descriptor, DiagnosticLocator.Locate(type, diagnostic), FixProperties(graph, diagnostic), diagnostic.MessageArguments.ToArray<object>()));
            }
        }
    }
}
