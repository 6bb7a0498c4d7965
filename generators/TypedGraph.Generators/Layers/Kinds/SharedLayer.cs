using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// <c>[Shared(node)]</c>: the layer (and module) of <see cref="Source"/>, applied to another input. Graph analysis
/// resolves it to the owner's layer, whose rules then apply; this record only names the owner.
/// </summary>
[LayerKind(typeof(SharedAttribute))]
internal sealed record SharedLayer(string Source) : LayerSpec
{
    public override string KerasType => "Shared";

    public static LayerSpec Parse(LayerReader reader) => new SharedLayer(reader.Attribute<SharedAttribute>().Node ?? string.Empty);

    public override string Describe() => $"Shared({Source})";

    public override InferenceResult Infer(InferContext context) => null;

    /// <summary>Never emitted: analysis replaces a shared application's layer by its owner's.</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context) => [];
}
