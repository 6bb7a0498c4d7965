using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// The <c>int</c> hyper-parameters of a model as symbols with finite domains, for the shape engine: a node attribute
/// argument <c>nameof(Kernel)</c> becomes the symbol <c>Kernel</c>, whose sizes are the hyper-parameter's values. Built
/// from the <see cref="ModelSpec"/> by the analysis; not a pipeline model itself.
/// </summary>
internal sealed class HyperParameterSpace
{
    private readonly Dictionary<string, SymbolDomain> _domains = new();

    public HyperParameterSpace(IEnumerable<HyperParameterSpec> hyperParameters)
    {
        foreach (var hp in hyperParameters)
        {
            if (hp.Domain() is { } domain)
            {
                _domains[hp.Name] = domain;
            }
        }
    }

    public static HyperParameterSpace Empty { get; } = new([]);

    public bool IsEmpty => _domains.Count == 0;

    /// <summary>The domain of a hyper-parameter symbol; null for an input's symbol (or an unknown name).</summary>
    public SymbolDomain? DomainOf(string symbol) => _domains.TryGetValue(symbol, out var domain) ? domain : null;

    /// <summary>Whether <paramref name="symbol"/> is an <c>int</c> hyper-parameter.</summary>
    public bool Contains(string symbol) => _domains.ContainsKey(symbol);

    /// <summary>
    /// Whether <paramref name="dim"/> depends on hyper-parameters only (at least one, and no input symbol): its value is
    /// known when the model is built, so it can size weights.
    /// </summary>
    public bool Covers(Dim dim) => Symbols(dim) is { } symbols && symbols.All(_domains.ContainsKey);

    /// <summary>Whether <paramref name="dim"/> mentions some hyper-parameter.</summary>
    public bool Mentions(Dim dim) => Symbols(dim) is { } symbols && symbols.Any(_domains.ContainsKey);

    /// <summary>The symbols of a symbolic <paramref name="dim"/>; null for a constant or when the space is empty.</summary>
    private List<string>? Symbols(Dim dim)
    {
        if (dim.IsKnown || IsEmpty)
        {
            return null;
        }

        var symbols = new List<string>();
        dim.CollectSymbols(symbols);
        return symbols;
    }
}
