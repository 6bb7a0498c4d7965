using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;

namespace TypedGraph.Generators.Layers;

/// <summary>A node whose attribute could not be understood; the model reports a diagnostic and emits throwing members.</summary>
internal sealed record InvalidLayer(string AttributeName) : LayerSpec
{
    public override string KerasType => AttributeName;

    public override string Describe() => AttributeName;

    public override InferenceResult Infer(InferContext context) => null;

    /// <summary>Never emitted: a model with an invalid layer gets throwing members only.</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context) => [];
}
