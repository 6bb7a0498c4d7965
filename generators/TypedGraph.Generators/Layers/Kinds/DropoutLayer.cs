using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary><c>[Dropout(rate)]</c>: zeroes a fraction of the elements in training, scaling the rest; the identity in inference.</summary>
[LayerKind(typeof(DropoutAttribute))]
internal sealed record DropoutLayer(Tunable<double> Rate) : LayerSpec
{
    public override string KerasType => "Dropout";

    public static LayerSpec Parse(LayerReader reader) =>
        new DropoutLayer(reader.Number(0, "Dropout rate", reader.Attribute<DropoutAttribute>().Rate, rate => rate >= 0 && rate < 1, "Dropout rate must be in [0, 1)"));

    public override string? HyperParameterArgument(string name) => Rate.HyperParameter == name ? LayerReader.At(0) : null;

    public override string Describe() => $"Dropout({Rate})";

    public override Dim? Parameters(ConstructContext context) => Dim.Of(0);

    public override InferenceResult Infer(InferContext context) => context.X;

    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) => inputs[0];

    public override string? ModuleType(ConstructContext context) => "global::TorchSharp.Modules.Dropout";

    public override IEnumerable<string> Construct(ConstructContext context)
    {
        yield return $"{context.Field} = {ConstructContext.Nn}.Dropout({Rate.Code});";
    }

    protected override string Expression(EmitContext context) => $"{context.Field}.forward({context.Input(0, context.Storage)})";

    public override string? PyTorchModule(ConstructContext context) => $"torch.nn.Dropout({PythonEmitContext.Value(Rate)})";

    protected override string PyTorchExpression(PythonEmitContext context) => $"{context.Module}({context.Input(0, context.Storage)})";

    /// <summary>The identity: the exported graph is the inference graph.</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context) => context.Assign(context.Input(0, context.Storage));
}
