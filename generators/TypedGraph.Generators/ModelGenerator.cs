using System.Linq;
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
                ModelParser.ModelAttributeName,
                predicate: static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
                transform: static (ctx, ct) => IsFirstModelDeclaration(ctx) ? ModelParser.Parse((INamedTypeSymbol)ctx.TargetSymbol, ct) : null)
            .WithTrackingName(Steps.Parse)
            .Where(static spec => spec is { CanEmit: true })
            .Select(static (spec, ct) => GraphAnalyzer.Analyze(spec!, ct))
            .WithTrackingName(Steps.Analyze);

        context.RegisterSourceOutput(graphs, static (output, graph) =>
            output.AddSource(graph.Model.HintName, ModelEmitter.Emit(graph, output.CancellationToken)));
    }

    /// <summary>
    /// [Model] on two declarations of one class (partial parts, or a duplicated class the compiler rejects) yields one
    /// model, not two sources with the same hint name: only the declaration holding the symbol's first [Model] counts.
    /// </summary>
    private static bool IsFirstModelDeclaration(GeneratorAttributeSyntaxContext context)
    {
        // Two types of one name and arity (the compiler reports CS0101): generate neither, their hint names would clash.
        if (context.TargetSymbol.ContainingSymbol is INamespaceOrTypeSymbol container
            && container.GetTypeMembers(context.TargetSymbol.Name).Count(t => t.Arity == ((INamedTypeSymbol)context.TargetSymbol).Arity) > 1)
        {
            return false;
        }

        var first = context.TargetSymbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == ModelParser.ModelAttributeName)?.ApplicationSyntaxReference;
        // context.Attributes holds the symbol's matching attributes of the whole file, not only this declaration's.
        return first is null || (first.SyntaxTree == context.TargetNode.SyntaxTree && context.TargetNode.Span.Contains(first.Span));
    }
}
