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

    private static ImmutableDictionary<string, string?>? FixProperties(ModelGraph graph, GraphDiagnostic diagnostic)
    {
        if (diagnostic.Id == DiagnosticDescriptors.MergeShapeMismatch.Id)
        {
            return ProjectionProperties(graph, diagnostic);
        }

        return null;
    }

    /// <summary>
    /// A residual merge of two image tensors with known sizes, where one (the shortcut) becomes the other's shape through
    /// a 1×1 convolution: filters = the other's channels, stride s with ceil(size / s) = the other's size.
    /// </summary>
    private static ImmutableDictionary<string, string?>? ProjectionProperties(ModelGraph graph, GraphDiagnostic diagnostic)
    {
        var index = diagnostic.Node is null ? -1 : graph.IndexOf(diagnostic.Node);
        if (index < 0 || graph.Nodes[index] is not { Layer: MergeLayer { Kind: not MergeKind.Concatenate }, InputIndices.Count: 2 } node)
        {
            return null;
        }

        var first = graph.Nodes[node.InputIndices[0]];
        var second = graph.Nodes[node.InputIndices[1]];
        if (Image(first.Shape, graph.Model.DataFormat) is not { } a || Image(second.Shape, graph.Model.DataFormat) is not { } b)
        {
            return null;
        }

        var (shortcut, main, from, to) = a.Height >= b.Height ? (first, second, a, b) : (second, first, b, a);
        for (var stride = 1; stride <= 16; stride++)
        {
            if (CeilDiv(from.Height, stride) == to.Height && CeilDiv(from.Width, stride) == to.Width)
            {
                return ImmutableDictionary<string, string?>.Empty
                    .Add(FixProperty, Projection)
                    .Add(ShortcutProperty, shortcut.Name)
                    .Add(StrideProperty, stride.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Add(FiltersProperty, to.Channels.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    private static (long Channels, long Height, long Width)? Image(TensorShape? shape, DataFormat format)
    {
        if (shape is not { Rank: 4 } || shape.SampleDims.Any(d => !d.IsKnown))
        {
            return null;
        }

        var dims = shape.SampleDims;
        return format == DataFormat.ChannelsFirst ? (dims[0].Value, dims[1].Value, dims[2].Value) : (dims[2].Value, dims[0].Value, dims[1].Value);
    }

    private static long CeilDiv(long value, long divisor) => (value + divisor - 1) / divisor;

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
                context.ReportDiagnostic(Diagnostic.Create(
                    descriptor, DiagnosticLocator.Locate(type, diagnostic), FixProperties(graph, diagnostic), diagnostic.MessageArguments.ToArray<object>()));
            }
        }
    }
}
