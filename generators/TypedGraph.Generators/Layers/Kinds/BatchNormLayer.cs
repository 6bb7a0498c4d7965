using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// <c>[BatchNorm]</c> over the channel axis, with Keras's momentum convention (TorchSharp's momentum is 1 − Keras's).
/// TorchSharp normalizes axis 1, so a channels-last input is stored channels-first. <c>Center = false</c> /
/// <c>Scale = false</c> drop the offset / scale parameter entirely (Keras), through TypedGraph's own module.
/// </summary>
[LayerKind(typeof(BatchNormAttribute))]
internal sealed record BatchNormLayer(double Momentum, double Epsilon, bool Center, bool Scale) : LayerSpec
{
    public override string KerasType => "BatchNormalization";

    public static LayerSpec Parse(LayerReader reader)
    {
        var a = reader.Attribute<BatchNormAttribute>();
        if (!(a.Momentum >= 0 && a.Momentum < 1))
        {
            reader.ArgumentError(nameof(BatchNormAttribute.Momentum), $"Momentum must be in [0, 1), got {LayerReader.Format(a.Momentum)}");
        }

        return new BatchNormLayer(a.Momentum, reader.Positive(nameof(BatchNormAttribute.Epsilon), "Epsilon", a.Epsilon), a.Center, a.Scale);
    }

    public override string Describe() => $"BatchNorm{Options(("Momentum", Momentum, 0.99), ("Epsilon", Epsilon, 1e-3), ("Center", Center, true), ("Scale", Scale, true))}";

    public override InferenceResult Infer(InferContext context)
    {
        var x = context.X;
        if (x.Rank > 5)
        {
            context.Rank("BatchNorm normalizes tensors of rank 2 to 5 (N, C, …); reshape first");
            return null;
        }

        var axis = Layout.ChannelAxis(x, context.Format);
        return context.Known(x[axis], $"channel count (axis {axis}", x) ? x : null;
    }

    /// <summary>Running mean and variance (non-trainable, as Keras counts them), plus gamma and beta when scaled and centred.</summary>
    public override Dim? Parameters(ConstructContext context) =>
        context.Input![Layout.ChannelAxis(context.Input, context.Format)] * Dim.Of(2 + (Center ? 1 : 0) + (Scale ? 1 : 0));

    public override string? WeightKey(TensorShape input, DataFormat format) => input[Layout.ChannelAxis(input, format)].ToString();

    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) =>
        Layout.IsChannelsLast(shapes[0], format) ? Emitting.Storage.ChannelsFirst : Emitting.Storage.Logical;

    private static string Dimensions(TensorShape input) => input.Rank switch
    {
        4 => "2d",
        5 => "3d",
        _ => "1d",
    };

    public override string? ModuleType(ConstructContext context) => Center && Scale
        ? $"global::TorchSharp.Modules.BatchNorm{Dimensions(context.Input!)}"
        : $"{ConstructContext.Tg}.Layers.BatchNorm";

    public override IEnumerable<string> Construct(ConstructContext context)
    {
        var channels = ConstructContext.Size(context.Input![Layout.ChannelAxis(context.Input, context.Format)]);
        var momentum = Literal.Double((double)(1m - (decimal)Momentum));
        yield return Center && Scale
            ? $"{context.Field} = {ConstructContext.Nn}.BatchNorm{Dimensions(context.Input)}({channels}, eps: {Literal.Double(Epsilon)}, momentum: {momentum});"
            : $"{context.Field} = new {ConstructContext.Tg}.Layers.BatchNorm({channels}, eps: {Literal.Double(Epsilon)}, momentum: {momentum}, center: {Literal.Bool(Center)}, scale: {Literal.Bool(Scale)});";
    }

    protected override string Expression(EmitContext context) => $"{context.Field}.forward({context.Input(0, context.Storage)})";

    /// <summary>PyTorch's momentum convention is TorchSharp's (1 − Keras's); <c>Center</c>/<c>Scale</c> off use the exported twin of TypedGraph's module.</summary>
    public override string? PyTorchModule(ConstructContext context)
    {
        var channels = PythonEmitContext.Size(context.Input![Layout.ChannelAxis(context.Input, context.Format)]);
        var momentum = PythonEmitContext.Float((double)(1m - (decimal)Momentum));
        var eps = PythonEmitContext.Float(Epsilon);
        return Center && Scale
            ? $"torch.nn.BatchNorm{Dimensions(context.Input)}({channels}, eps={eps}, momentum={momentum})"
            : $"BatchNorm({channels}, eps={eps}, momentum={momentum}, center={PythonEmitContext.Bool(Center)}, scale={PythonEmitContext.Bool(Scale)})";
    }

    protected override string PyTorchExpression(PythonEmitContext context) => $"{context.Module}({context.Input(0, context.Storage)})";

    /// <summary>
    /// <c>BatchNormalization</c> with the running statistics (inference), on the channels-first storage; without a learned
    /// scale or offset, ones or zeros stand in for it.
    /// </summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var channels = ConstructContext.Size(context.InputShape()[Layout.ChannelAxis(context.InputShape(), context.Format)]);
        var scale = Scale ? context.Weight("weight") : context.Computed("scale_ones", $"global::TorchSharp.torch.ones({channels})");
        var offset = Center ? context.Weight("bias") : context.Computed("offset_zeros", $"global::TorchSharp.torch.zeros({channels})");
        var x = context.Input(0, context.Storage);
        return context.Assign(OnnxContext.AddNode("BatchNormalization", [x, scale, offset, context.Weight("running_mean"), context.Weight("running_var")], OnnxContext.Float("epsilon", Epsilon)));
    }
}
