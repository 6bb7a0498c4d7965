using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// <c>[Rescaling(scale, Offset = o)]</c>: <c>y = x·scale + o</c>, element-wise, in any storage. The scale may be a
/// <c>double</c> hyper-parameter; the offset is a literal.
/// </summary>
[LayerKind(typeof(RescalingAttribute))]
internal sealed record RescalingLayer(Tunable<double> Scale, double Offset) : LayerSpec
{
    public override string KerasType => "Rescaling";

    public static LayerSpec Parse(LayerReader reader)
    {
        var a = reader.Attribute<RescalingAttribute>();
        var scale = reader.Number(0, "Rescaling scale", a.Scale, IsFinite, "scale must be a finite number");
        if (!IsFinite(a.Offset))
        {
            reader.ArgumentError(nameof(RescalingAttribute.Offset), $"Offset must be a finite number, got {LayerReader.Format(a.Offset)}");
        }

        return new RescalingLayer(scale, a.Offset);
    }

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    public override string Describe() => $"Rescaling({Scale}{Options(("Offset", Offset, 0.0))})";

    public override string? HyperParameterArgument(string name) => Scale.HyperParameter == name ? LayerReader.At(0) : null;

    public override InferenceResult Infer(InferContext context) => context.X with { IsInteger = false };

    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) => inputs[0];

    protected override string Expression(EmitContext context) => Scaled(context, Scale.Code);

    /// <summary>
    /// The arithmetic, which reads the same in C# and Python (round-trip literals are valid in both); <paramref name="scale"/>
    /// is the factor as the language writes it (the literal, <c>this.Scale</c>, or a hole filled with it).
    /// </summary>
    private string Scaled(NodeContext context, string scale)
    {
        var x = context.Stored();
        var scaled = !Scale.IsReference && Scale.Literal == 1 ? x : $"{x} * {scale}";
        return Offset == 0 ? scaled : $"{scaled} + {Literal.Double(Offset)}";
    }

    protected override string PyTorchExpression(PythonEmitContext context) => Scaled(context, Scale.IsReference ? PythonEmitContext.Value(Scale) : Scale.Code);

    /// <summary><c>Mul</c> by the scale and <c>Add</c> of the offset, each left out when it changes nothing, on the input as stored.</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var x = context.Stored();
        var scaled = Scale.IsReference ? OnnxContext.AddNode("Mul", [x, OnnxContext.ScalarOf(Scale.Code)])
            : Scale.Literal == 1 ? x
            : OnnxContext.AddNode("Mul", [x, OnnxContext.Scalar(Scale.Literal)]);
        return context.Assign(Offset == 0 ? scaled : OnnxContext.AddNode("Add", [scaled, OnnxContext.Scalar(Offset)]));
    }
}
