using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// <c>[Conv2dTranspose(filters, kernel)]</c> with Keras's output sizes: valid <c>in·s + max(k − s, 0)</c>, same <c>in·s</c>.
/// TorchSharp's module gives <c>(in − 1)·s + k + output_padding − 2·padding</c>: output padding <c>max(s − k, 0)</c> makes the
/// valid size; for "same" the surplus <c>max(k − s, 0)</c> is removed as TensorFlow does, the smaller half first —
/// by the module's padding when it splits evenly, by a narrow otherwise. The C# forward runs the module through
/// <c>TypedGraph.Layers.ConvTransposeForward</c> (libtorch 2.10's CPU kernel is wrong for some shapes).
/// Filters and kernel may be <c>int</c> hyper-parameters. A tunable kernel's values lie all at or above the stride, or all
/// at or below it (<see cref="KernelAtLeastStride"/>), so the surplus and the output padding are expressions of the
/// kernel (<c>Kernel − s</c>, or 0 and <c>s − Kernel</c>); a "same" surplus of unknown parity is always narrowed.
/// </summary>
[LayerKind(typeof(Conv2dTransposeAttribute))]
internal sealed record ConvTransposeLayer(Tunable<int> Filters, Tunable<int> Kernel, int Stride, Padding Padding, Activation Activation, bool UseBias, bool KernelAtLeastStride) : LayerSpec
{
    public override Activation FinalActivation => Activation;

    public override string KerasType => "Conv2DTranspose";

    /// <summary><c>max(k − s, 0)</c>: what a valid output has beyond <c>in·s</c>, and what "same" removes.</summary>
    private Dim Surplus => KernelAtLeastStride ? Kernel.ToDim() - Stride : Dim.Of(0);

    /// <summary><c>max(s − k, 0)</c>: the module's output padding.</summary>
    private Dim OutputPadding => KernelAtLeastStride ? Dim.Of(0) : Dim.Of(Stride) - Kernel.ToDim();

    /// <summary>Half the surplus, removed before (the smaller half, as TensorFlow).</summary>
    private Dim Before => Dim.FloorDivide(Surplus, 2);

    /// <summary>"Same" with an odd (or, for a tunable kernel, unknown) surplus: the module cannot crop asymmetrically, the forward narrows.</summary>
    private bool Narrows => Padding == Padding.Same && !(Surplus.IsKnown && Surplus.Value % 2 == 0);

    /// <summary>The module's own symmetric padding: half an even "same" surplus, else 0.</summary>
    private long ModulePadding => Padding == Padding.Same && !Narrows ? Surplus.Value / 2 : 0;

    public static LayerSpec Parse(LayerReader reader)
    {
        var a = reader.Attribute<Conv2dTransposeAttribute>();
        var filters = reader.Size(0, "filters", a.Filters);
        var kernel = reader.Size(1, "kernel size", a.KernelSize);
        reader.Positive(nameof(Conv2dTransposeAttribute.Stride), "Stride", a.Stride);
        if (a.Padding == Padding.Causal)
        {
            reader.ArgumentError(nameof(Conv2dTransposeAttribute.Padding), "Conv2dTranspose supports Padding.Valid and Padding.Same, not Padding.Causal");
        }

        var atLeastStride = kernel.Literal >= a.Stride;
        if (reader.Domain(kernel) is { Maximum: { } largest } values)
        {
            atLeastStride = values.Minimum >= a.Stride;
            if (values.Minimum < a.Stride && largest > a.Stride)
            {
                reader.ArgumentError(LayerReader.At(1), $"with Stride = {a.Stride} the values of {kernel} ({values.Minimum} … {largest}) must all be ≥ {a.Stride} or all ≤ {a.Stride}: the output size in·s + max(k − s, 0) changes form at k = s");
            }
        }

        return new ConvTransposeLayer(filters, kernel, a.Stride, a.Padding, a.Activation, a.UseBias, atLeastStride);
    }

    public override string Describe() =>
        $"Conv2dTranspose({Filters}, {Kernel}{Options(("Stride", Stride, 1), ("Padding", Padding, Padding.Valid), ("Activation", Activation, Activation.None), ("UseBias", UseBias, true))})";

    public override string? HyperParameterArgument(string name) =>
        Kernel.HyperParameter == name ? LayerReader.At(1) : Filters.HyperParameter == name ? LayerReader.At(0) : null;

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

        var result = x.With(channelAxis, Filters.ToDim()) with { Layout = TensorLayout.Spatial, IsInteger = false };
        foreach (var axis in Layout.SpatialAxes(x, context.Format))
        {
            result = result.With(axis, (x[axis] * Dim.Of(Stride)) + (Padding == Padding.Valid ? Surplus : Dim.Of(0)));
        }

        return result;
    }

    /// <summary>C_in·k²·F weights and F biases.</summary>
    public override Dim? Parameters(ConstructContext context) =>
        (context.Input![Layout.ChannelAxis(context.Input, context.Format)] * Kernel.ToDim() * Kernel.ToDim() * Filters.ToDim()) + (UseBias ? Filters.ToDim() : Dim.Of(0));

    public override string? WeightKey(TensorShape input, DataFormat format) => input[Layout.ChannelAxis(input, format)].ToString();

    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) =>
        Layout.IsChannelsLast(shapes[0], format) ? Emitting.Storage.ChannelsFirst : Emitting.Storage.Logical;

    public override string? ModuleType(ConstructContext context) => "global::TorchSharp.Modules.ConvTranspose2d";

    public override IEnumerable<string> Construct(ConstructContext context)
    {
        var channels = ConstructContext.Size(context.Input![Layout.ChannelAxis(context.Input, context.Format)]);
        yield return $"{context.Field} = {ConstructContext.Nn}.ConvTranspose2d({channels}, {Filters.Code}, {Kernel.Code}, {Stride}, {ModulePadding}, {ConstructContext.Size(OutputPadding)}, bias: {Literal.Bool(UseBias)});";
        yield return $"{ConstructContext.Nn}.init.xavier_uniform_({context.Field}.weight);";
        if (UseBias)
        {
            yield return $"{ConstructContext.Nn}.init.zeros_({context.Field}.bias);";
        }
    }

    public override IEnumerable<string> Forward(EmitContext context)
    {
        var local = context.Local;
        var convolved = $"{EmitContext.Tg}.Layers.ConvTransposeForward.Run({context.Field}, {context.Input(0, context.Storage)}, {Stride}, {ModulePadding}, {ConstructContext.Size(OutputPadding)})";
        if (!Narrows)
        {
            yield return $"var {local} = {context.Activate(convolved, Activation)};";
            yield break;
        }

        yield return $"var {local} = {convolved};";
        yield return $"{local} = {context.Activate(Narrowed(local, ConstructContext.Size), Activation)};";
    }

    /// <summary>The "same" crop of <paramref name="local"/>'s rows and columns, which reads the same in C# and Python.</summary>
    private string Narrowed(string local, System.Func<Dim, string> size)
    {
        var (before, surplus) = (size(Before), size(Surplus));
        return $"{local}.narrow(2, {before}, {local}.shape[2] - {surplus}).narrow(3, {before}, {local}.shape[3] - {surplus})";
    }

    public override string? PyTorchModule(ConstructContext context)
    {
        var channels = PythonEmitContext.Size(context.Input![Layout.ChannelAxis(context.Input, context.Format)]);
        return $"torch.nn.ConvTranspose2d({channels}, {PythonEmitContext.Value(Filters)}, {PythonEmitContext.Value(Kernel)}, stride={Stride}, padding={ModulePadding}, output_padding={PythonEmitContext.Size(OutputPadding)}, bias={PythonEmitContext.Bool(UseBias)})";
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

        yield return $"{local} = {context.Module}({x})";
        yield return $"{local} = {context.Activate(Narrowed(local, PythonEmitContext.Size), Activation)}";
    }

    /// <summary>
    /// <c>ConvTranspose</c> with the module's padding and output padding; an odd "same" surplus is cropped by a <c>Slice</c>,
    /// the smaller half first; a tunable kernel's surplus, whose parity the export decides, by asymmetric <c>pads</c>.
    /// </summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var inputs = UseBias
            ? new[] { context.Input(0, context.Storage), context.Weight("weight"), context.Weight("bias") }
            : new[] { context.Input(0, context.Storage), context.Weight("weight") };
        var croppedByPads = Narrows && !Surplus.IsKnown;
        var (before, after) = croppedByPads
            ? (DimCode.Of(Before), $"{DimCode.Of(Surplus)} - {DimCode.Of(Before)}")
            : (ModulePadding.ToString(System.Globalization.CultureInfo.InvariantCulture), ModulePadding.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var outputPadding = DimCode.Of(OutputPadding);
        var convolved = OnnxContext.AddNode(
            "ConvTranspose",
            inputs,
            OnnxContext.IntsOf("kernel_shape", [Kernel.Code, Kernel.Code]),
            OnnxContext.Ints("strides", [Stride, Stride]),
            OnnxContext.IntsOf("pads", [before, before, after, after]),
            OnnxContext.IntsOf("output_padding", [outputPadding, outputPadding]));
        if (Narrows && !croppedByPads)
        {
            var (first, rest) = (Before.Value, Surplus.Value - Before.Value);
            convolved = OnnxContext.AddNode("Slice", [convolved, OnnxContext.Int64s(first, first), OnnxContext.Int64s(-rest, -rest), OnnxContext.Int64s(2, 3)]);
        }

        return context.Assign(convolved, Activation);
    }
}
