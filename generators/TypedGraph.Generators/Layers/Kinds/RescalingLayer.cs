using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary><c>[Rescaling(scale, Offset = o)]</c>: <c>y = x·scale + o</c>, element-wise, in any storage.</summary>
[LayerKind(typeof(RescalingAttribute))]
internal sealed record RescalingLayer(double Scale, double Offset) : LayerSpec
{
    public override string KerasType => "Rescaling";

    public static LayerSpec Parse(LayerReader reader)
    {
        var a = reader.Attribute<RescalingAttribute>();
        if (double.IsNaN(a.Scale) || double.IsInfinity(a.Scale))
        {
            reader.ArgumentError(LayerReader.At(0), $"scale must be a finite number, got {LayerReader.Format(a.Scale)}");
        }

        if (double.IsNaN(a.Offset) || double.IsInfinity(a.Offset))
        {
            reader.ArgumentError(nameof(RescalingAttribute.Offset), $"Offset must be a finite number, got {LayerReader.Format(a.Offset)}");
        }

        return new RescalingLayer(a.Scale, a.Offset);
    }

    public override string Describe() => $"Rescaling({Format(Scale)}{Options(("Offset", Offset, 0.0))})";

    public override InferenceResult Infer(InferContext context) => context.X with { IsInteger = false };

    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) => inputs[0];

    protected override string Expression(EmitContext context) => Scaled(context);

    /// <summary>The arithmetic, which reads the same in C# and Python (round-trip literals are valid in both).</summary>
    private string Scaled(NodeContext context)
    {
        var x = context.Stored();
        var scaled = Scale == 1 ? x : $"{x} * {Literal.Double(Scale)}";
        return Offset == 0 ? scaled : $"{scaled} + {Literal.Double(Offset)}";
    }

    protected override string PyTorchExpression(PythonEmitContext context) => Scaled(context);

    /// <summary><c>Mul</c> by the scale and <c>Add</c> of the offset, each left out when it changes nothing, on the input as stored.</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var x = context.Stored();
        var scaled = Scale == 1 ? x : OnnxContext.Node("Mul", [x, OnnxContext.Scalar(Scale)]);
        return context.Assign(Offset == 0 ? scaled : OnnxContext.Node("Add", [scaled, OnnxContext.Scalar(Offset)]));
    }
}
