using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary><c>[LayerNorm]</c>: normalization over the last axis with a learned scale and offset.</summary>
[LayerKind(typeof(LayerNormAttribute))]
internal sealed record LayerNormLayer(double Epsilon) : LayerSpec
{
    public override string KerasType => "LayerNormalization";

    public static LayerSpec Parse(LayerReader reader) =>
        new LayerNormLayer(reader.Positive(nameof(LayerNormAttribute.Epsilon), "Epsilon", reader.Attribute<LayerNormAttribute>().Epsilon));

    public override string Describe() => "LayerNorm";

    public override InferenceResult Infer(InferContext context) =>
        context.Known(context.X.Last, "normalized size (last dimension", context.X) ? context.X : null;

    public override Dim? Parameters(ConstructContext context) => context.Input!.Last * Dim.Of(2);

    public override string? WeightKey(TensorShape input, DataFormat format) => input.Last.ToString();

    public override string? ModuleType(ConstructContext context) => "global::TorchSharp.Modules.LayerNorm";

    public override IEnumerable<string> Construct(ConstructContext context)
    {
        yield return $"{context.Field} = {ConstructContext.Nn}.LayerNorm({ConstructContext.Size(context.Input!.Last)}, eps: {Literal.Double(Epsilon)});";
    }

    protected override string Expression(EmitContext context) => $"{context.Field}.forward({context.X})";

    public override string? PyTorchModule(ConstructContext context) =>
        $"torch.nn.LayerNorm({PythonEmitContext.Size(context.Input!.Last)}, eps={PythonEmitContext.Float(Epsilon)})";

    protected override string PyTorchExpression(PythonEmitContext context) => $"{context.Module}({context.X})";

    /// <summary>
    /// <c>LayerNormalization</c> over the last axis from opset 17; before, its definition (mean, centred variance, scale,
    /// offset), in the node's one local.
    /// </summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var local = context.Local;
        var (weight, bias, epsilon) = (context.Weight("weight"), context.Weight("bias"), OnnxContext.Scalar(Epsilon));
        yield return $"var {local} = {context.X};";
        yield return $"if ({OnnxContext.Builder}.Opset >= 17)";
        yield return "{";
        yield return $"    {local} = {OnnxContext.AddNode("LayerNormalization", [local, weight, bias], OnnxContext.Int("axis", -1), OnnxContext.Float("epsilon", Epsilon))};";
        yield return "}";
        yield return "else";
        yield return "{";
        yield return $"    {local} = {OnnxContext.AddNode("Sub", [local, Mean(local)])};";
        yield return $"    {local} = {OnnxContext.AddNode("Div", [local, OnnxContext.AddNode("Sqrt", [OnnxContext.AddNode("Add", [Mean(OnnxContext.AddNode("Mul", [local, local])), epsilon])])])};";
        yield return $"    {local} = {OnnxContext.AddNode("Add", [OnnxContext.AddNode("Mul", [local, weight]), bias])};";
        yield return "}";

        static string Mean(string x) => OnnxContext.AddNode("ReduceMean", [x], OnnxContext.Ints("axes", [-1]), OnnxContext.Int("keepdims", 1));
    }
}
