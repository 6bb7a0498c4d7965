using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// <c>[Embedding(inputDim, outputDim)]</c>: token ids → vectors; (N, T) ids become a (N, T, C) sequence. Uniform(−0.05, 0.05)
/// init as Keras. Both sizes may be <c>int</c> hyper-parameters.
/// </summary>
[LayerKind(typeof(EmbeddingAttribute))]
internal sealed record EmbeddingLayer(Tunable<int> InputDim, Tunable<int> OutputDim) : LayerSpec
{
    public override string KerasType => "Embedding";

    public static LayerSpec Parse(LayerReader reader)
    {
        var attribute = reader.Attribute<EmbeddingAttribute>();
        return new EmbeddingLayer(reader.Size(0, "Embedding inputDim", attribute.InputDim), reader.Size(1, "Embedding outputDim", attribute.OutputDim));
    }

    public override string Describe() => $"Embedding({InputDim}, {OutputDim})";

    public override string? HyperParameterArgument(string name) =>
        InputDim.HyperParameter == name ? LayerReader.At(0) : OutputDim.HyperParameter == name ? LayerReader.At(1) : null;

    public override InferenceResult Infer(InferContext context)
    {
        var x = context.X;
        if (!x.IsInteger)
        {
            context.Rank("Embedding reads integer token ids (declare the input with DType = DType.Int64)");
            return null;
        }

        return new TensorShape(x.SampleDims.Concat([OutputDim.ToDim()]).ToEquatableArray(), x.Rank == 2 ? TensorLayout.Sequence : TensorLayout.Plain);
    }

    public override Dim? Parameters(ConstructContext context) => InputDim.ToDim() * OutputDim.ToDim();

    public override string? ModuleType(ConstructContext context) => "global::TorchSharp.Modules.Embedding";

    public override IEnumerable<string> Construct(ConstructContext context)
    {
        yield return $"{context.Field} = {ConstructContext.Nn}.Embedding({InputDim.Code}, {OutputDim.Code});";
        yield return $"{ConstructContext.Nn}.init.uniform_({context.Field}.weight, -0.05, 0.05);";
    }

    /// <summary>Token ids outside [0, inputDim) are a named error, not libtorch's index error, at no cost when they are valid.</summary>
    protected override string Expression(EmitContext context) =>
        $"{ConstructContext.Tg}.ShapeChecks.Embed({context.Field}, {Literal.String(context.Node.Name)}, {context.X}, {InputDim.Code})";

    public override string? PyTorchModule(ConstructContext context) => $"torch.nn.Embedding({PythonEmitContext.Value(InputDim)}, {PythonEmitContext.Value(OutputDim)})";

    protected override string PyTorchExpression(PythonEmitContext context) => $"{context.Module}({context.X})";

    /// <summary><c>Gather</c> of the embedding rows by the token ids (Int64 or Int32, as the input is declared).</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context) =>
        context.Assign(OnnxContext.AddNode("Gather", [context.Weight("weight"), context.X], OnnxContext.Int("axis", 0)));
}
