using TypedGraph.Generators.Analysis;

namespace TypedGraph.Generators.Model;

/// <summary>Sizes given as <see cref="Tunable{T}"/>: the dimension the shape engine works with.</summary>
internal static class TunableSize
{
    /// <summary>The literal as a constant, or the hyper-parameter as a symbol whose domain the analysis knows.</summary>
    public static Dim ToDim(this Tunable<int> size) => size.HyperParameter is { } name ? Dim.Symbol(name) : Dim.Of(size.Literal);
}
