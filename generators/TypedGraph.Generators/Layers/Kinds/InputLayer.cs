using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary><c>[Input(...)]</c>: the per-sample shape as declared (<c>int</c> sizes and <c>string</c> symbols) and the element type.</summary>
[LayerKind(typeof(InputAttribute))]
internal sealed record InputLayer(EquatableArray<Dim> Shape, DType DType) : LayerSpec
{
    public override string KerasType => "InputLayer";

    /// <summary>Token ids for an Embedding.</summary>
    public bool IsInteger => DType is DType.Int32 or DType.Int64;

    public static LayerSpec Parse(LayerReader reader)
    {
        var attribute = reader.Attribute<InputAttribute>();
        var values = reader.Values(0);
        if (values.Length == 0)
        {
            reader.AttributeError("Input needs at least one per-sample dimension, e.g. [Input(64)]");
        }

        return new InputLayer(ModelParser.ParseDims(reader, "Input", values, allowInferred: false, argumentOffset: 0), attribute.DType);
    }

    public override string Describe() => $"Input({string.Join(", ", Shape.Select(d => d.IsKnown ? d.ToString() : $"\"{d}\""))})";

    public override InferenceResult Infer(InferContext context) =>
        Shape.Count == 0 ? null : new TensorShape(Shape, TensorLayout.Plain, IsInteger);

    /// <summary>None: the graph's inputs are the values the generated method receives (the emitter assigns them).</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context) => [];
}
