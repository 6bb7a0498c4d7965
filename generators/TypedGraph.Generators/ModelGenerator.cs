using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators;

/// <summary>
/// Pipeline wiring only: <c>[Model]</c> classes → <see cref="ModelSpec"/> (parser) → <see cref="ModelGraph"/> (analysis and
/// shape inference) → source (emitter). Every step's model is a value-equatable record without symbols, syntax or
/// locations, so an edit that does not change a model leaves its steps cached. Diagnostics are reported by the
/// analyzers, which run the same parser and analysis; this generator reports none.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ModelGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for incremental-caching tests.</summary>
    public static class Steps
    {
        public const string Parse = "TypedGraph.Parse";
        public const string Analyze = "TypedGraph.Analyze";
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var graphs = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.Model,
                predicate: static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
                transform: static (ctx, ct) => ModelParser.Parse((INamedTypeSymbol)ctx.TargetSymbol, ct))
            .WithTrackingName(Steps.Parse)
            .Where(static spec => spec.CanEmit)
            .Select(static (spec, _) => GraphAnalyzer.Analyze(spec))
            .WithTrackingName(Steps.Analyze);

        context.RegisterSourceOutput(graphs, static (output, graph) =>
            output.AddSource(graph.Model.HintName, ModelEmitter.Emit(graph)));
    }
}
