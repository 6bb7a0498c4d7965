using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// <c>[Conv2dTranspose(filters, kernel)]</c> with Keras's output sizes: valid <c>in·s + max(k − s, 0)</c>, same <c>in·s</c>.
/// TorchSharp's module gives <c>(in − 1)·s + k + output_padding − 2·padding</c>: output padding <c>max(s − k, 0)</c> makes the
/// valid size; for "same" the surplus <c>max(k − s, 0)</c> is removed as TensorFlow does, the smaller half first —
/// by the module's padding when it splits evenly, by a narrow otherwise. The C# forward runs the module through
/// <c>TypedGraph.Layers.ConvTransposeForward</c> (libtorch 2.10's CPU kernel is wrong for some shapes).
/// </summary>
[LayerKind(typeof(Conv2dTransposeAttribute))]
internal sealed record ConvTransposeLayer(int Filters, int Kernel, int Stride, Padding Padding, Activation Activation, bool UseBias) : LayerSpec
{
    public override Activation FinalActivation => Activation;

    public override string KerasType => "Conv2DTranspose";

    private int Surplus => System.Math.Max(Kernel - Stride, 0);

    private int OutputPadding => System.Math.Max(Stride - Kernel, 0);

    /// <summary>"Same" with an odd surplus: the module cannot crop asymmetrically, the forward narrows.</summary>
    private bool Narrows => Padding == Padding.Same && Surplus % 2 == 1;

    public static LayerSpec Parse(LayerReader reader)
    {
        var a = reader.Attribute<Conv2dTransposeAttribute>();
        reader.Positive(LayerReader.At(0), "filters", a.Filters);
        reader.Positive(LayerReader.At(1), "kernel size", a.KernelSize);
        reader.Positive(nameof(Conv2dTransposeAttribute.Stride), "Stride", a.Stride);
        if (a.Padding == Padding.Causal)
        {
            reader.ArgumentError(nameof(Conv2dTransposeAttribute.Padding), "Conv2dTranspose supports Padding.Valid and Padding.Same, not Padding.Causal");
        }

        return new ConvTransposeLayer(a.Filters, a.KernelSize, a.Stride, a.Padding, a.Activation, a.UseBias);
    }

    public override string Describe() =>
        $"Conv2dTranspose({Filters}, {Kernel}{Options(("Stride", Stride, 1), ("Padding", Padding, Padding.Valid), ("Activation", Activation, Activation.None), ("UseBias", UseBias, true))})";

    public override InferenceResult Infer(InferContext context)
    {
        if (!context.SpatialRank(2))
        {
            return null;
        }

        var x = context.X;
        var channelAxis = Layout.ChannelAxis(x, context.Format);
        if (!context.Known(x[channelAxis], $"input channel count (axis {channelAxis}", x))
        {
            return null;
        }

        var result = x.With(channelAxis, Dim.Of(Filters)) with { Layout = TensorLayout.Spatial, IsInteger = false };
        foreach (var axis in Layout.SpatialAxes(x, context.Format))
        {
            result = result.With(axis, (x[axis] * Dim.Of(Stride)) + (Padding == Padding.Valid ? Surplus : 0));
        }

        return result;
    }

    public override Dim? Parameters(ConstructContext context) =>
        (context.Input![Layout.ChannelAxis(context.Input, context.Format)] * Dim.Of((long)Kernel * Kernel * Filters)) + Dim.Of(UseBias ? Filters : 0);

    public override string? WeightKey(TensorShape input, DataFormat format) => input[Layout.ChannelAxis(input, format)].ToString();

    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) =>
        Layout.IsChannelsLast(shapes[0], format) ? Emitting.Storage.ChannelsFirst : Emitting.Storage.Logical;

    public override string? ModuleType(ConstructContext context) => "global::TorchSharp.Modules.ConvTranspose2d";

    public override IEnumerable<string> Construct(ConstructContext context)
    {
        var channels = ConstructContext.Size(context.Input![Layout.ChannelAxis(context.Input, context.Format)]);
        var padding = Padding == Padding.Same && !Narrows ? Surplus / 2 : 0;
        yield return $"{context.Field} = {ConstructContext.Nn}.ConvTranspose2d({channels}, {Filters}, {Kernel}, {Stride}, {padding}, {OutputPadding}, bias: {Literal.Bool(UseBias)});";
        yield return $"{ConstructContext.Nn}.init.xavier_uniform_({context.Field}.weight);";
        if (UseBias)
        {
            yield return $"{ConstructContext.Nn}.init.zeros_({context.Field}.bias);";
        }
    }

    public override IEnumerable<string> Forward(EmitContext context)
    {
        var local = context.Local;
        var padding = Padding == Padding.Same && !Narrows ? Surplus / 2 : 0;
        var convolved = $"{EmitContext.Tg}.Layers.ConvTransposeForward.Run({context.Field}, {context.Input(0, context.Storage)}, {Stride}, {padding}, {OutputPadding})";
        if (!Narrows)
        {
            yield return $"var {local} = {context.Activate(convolved, Activation)};";
            yield break;
        }

        var before = Surplus / 2;
        yield return $"var {local} = {convolved};";
        yield return $"{local} = {context.Activate($"{local}.narrow(2, {before}, {local}.shape[2] - {Surplus}).narrow(3, {before}, {local}.shape[3] - {Surplus})", Activation)};";
    }

    public override string? PyTorchModule(ConstructContext context)
    {
        var channels = PythonEmitContext.Size(context.Input![Layout.ChannelAxis(context.Input, context.Format)]);
        var padding = Padding == Padding.Same && !Narrows ? Surplus / 2 : 0;
        return $"torch.nn.ConvTranspose2d({channels}, {Filters}, {Kernel}, stride={Stride}, padding={padding}, output_padding={OutputPadding}, bias={PythonEmitContext.Bool(UseBias)})";
    }

    public override IEnumerable<string> PyTorchForward(PythonEmitContext context)
    {
        var local = context.Local;
        var x = context.Input(0, context.Storage);
        if (!Narrows)
        {
            yield return $"{local} = {context.Activate($"{context.Module}({x})", Activation)}";
            yield break;
        }

        var before = Surplus / 2;
        yield return $"{local} = {context.Module}({x})";
        yield return $"{local} = {context.Activate($"{local}.narrow(2, {before}, {local}.shape[2] - {Surplus}).narrow(3, {before}, {local}.shape[3] - {Surplus})", Activation)}";
    }

    /// <summary><c>ConvTranspose</c> with the module's padding and output padding; an odd "same" surplus is cropped by a <c>Slice</c>, the smaller half first.</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var padding = Padding == Padding.Same && !Narrows ? Surplus / 2 : 0;
        var inputs = UseBias
            ? new[] { context.Input(0, context.Storage), context.Weight("weight"), context.Weight("bias") }
            : new[] { context.Input(0, context.Storage), context.Weight("weight") };
        var convolved = OnnxContext.Node(
            "ConvTranspose",
            inputs,
            OnnxContext.Ints("kernel_shape", [Kernel, Kernel]),
            OnnxContext.Ints("strides", [Stride, Stride]),
            OnnxContext.Ints("pads", [padding, padding, padding, padding]),
            OnnxContext.Ints("output_padding", [OutputPadding, OutputPadding]));
        if (Narrows)
        {
            var before = Surplus / 2;
            var after = Surplus - before;
            convolved = OnnxContext.Node("Slice", [convolved, OnnxContext.Int64s(before, before), OnnxContext.Int64s(-after, -after), OnnxContext.Int64s(2, 3)]);
        }

        return context.Assign(convolved, Activation);
    }
}
