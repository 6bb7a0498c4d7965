using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary><c>[Dense(units)]</c>: a linear map of the last axis (Keras <c>Dense</c>), Glorot-uniform kernel, zero bias.</summary>
[LayerKind(typeof(DenseAttribute))]
internal sealed record DenseLayer(Tunable<int> Units, Activation Activation, bool UseBias) : LayerSpec
{
    public override Activation FinalActivation => Activation;

    public override string KerasType => "Dense";

    public static LayerSpec Parse(LayerReader reader)
    {
        var attribute = reader.Attribute<DenseAttribute>();
        return new DenseLayer(reader.Size(0, "Dense units", attribute.Units), attribute.Activation, attribute.UseBias);
    }

    public override string Describe() => $"Dense({Units}{Options((nameof(DenseAttribute.Activation), Activation, Activation.None), (nameof(DenseAttribute.UseBias), UseBias, true))})";

    public override InferenceResult Infer(InferContext context)
    {
        var x = context.X;
        return context.Known(x.Last, "input width (last dimension", x)
            ? x.With(-1, Units.ToDim()) with { Layout = x.Layout == TensorLayout.Sequence ? TensorLayout.Sequence : TensorLayout.Plain, IsInteger = false }
            : null;
    }

    public override string? HyperParameterArgument(string name) => Units.HyperParameter == name ? LayerReader.At(0) : null;

    public override Dim? Parameters(ConstructContext context) =>
        (context.Input!.Last * Units.ToDim()) + (UseBias ? Units.ToDim() : Dim.Of(0));

    public override string? WeightKey(TensorShape input, DataFormat format) => input.Last.ToString();

    public override string? ModuleType(ConstructContext context) => "global::TorchSharp.Modules.Linear";

    public override IEnumerable<string> Construct(ConstructContext context)
    {
        var field = context.Field;
        yield return $"{field} = {ConstructContext.Nn}.Linear({ConstructContext.Size(context.Input!.Last)}, {Units.Code}, hasBias: {Literal.Bool(UseBias)});";
        yield return $"{ConstructContext.Nn}.init.xavier_uniform_({field}.weight);";
        if (UseBias)
        {
            yield return $"{ConstructContext.Nn}.init.zeros_({field}.bias);";
        }
    }

    protected override string Expression(EmitContext context) => context.Activate($"{context.Field}.forward({context.X})", Activation);

    public override string? PyTorchModule(ConstructContext context) =>
        $"torch.nn.Linear({PythonEmitContext.Size(context.Input!.Last)}, {PythonEmitContext.Value(Units)}, bias={PythonEmitContext.Bool(UseBias)})";

    protected override string PyTorchExpression(PythonEmitContext context) => context.Activate($"{context.Module}({context.X})", Activation);

    /// <summary><c>Gemm</c> on (N, C); <c>MatMul</c> by the transposed weight and <c>Add</c> on sequences and higher ranks.</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context) =>
        context.Assign(context.Linear(context.X, context.InputShape().Rank, string.Empty, UseBias), Activation);
}
