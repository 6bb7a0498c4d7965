using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Analyzers;

/// <summary>
/// The analysed graph of each <c>[Model]</c> class, computed once per compilation and shared by the analyzers: the
/// declaration analyzer and the <c>Fit</c>-call analyzer read the same model, so only the first of them pays for the
/// generator's parser and graph analysis. Entries live as long as their compilation.
/// </summary>
internal static class ModelGraphCache
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<INamedTypeSymbol, ModelGraph>> s_graphs = new();

    public static ModelGraph Get(Compilation compilation, INamedTypeSymbol model, CancellationToken cancellationToken) =>
        s_graphs.GetValue(compilation, static _ => new ConcurrentDictionary<INamedTypeSymbol, ModelGraph>(SymbolEqualityComparer.Default))
            .GetOrAdd(model, type => GraphAnalyzer.Analyze(ModelParser.Parse(type, cancellationToken), cancellationToken));
}
