using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// <c>[Conv1d]</c>, <c>[Conv2d]</c>, <c>[SeparableConv2d]</c>, <c>[DepthwiseConv2d]</c>: rank and variant are parameters
/// of one kind. TorchSharp convolves channels-first, so a channels-last input (a sequence, or a map of a channels-last
/// model) is stored channels-first around a chain of such layers. Keras's <c>padding="same"</c> becomes the module's
/// symmetric padding when that reproduces Keras for every input size, and an explicit (possibly asymmetric) pad
/// otherwise. Glorot-uniform kernels, zero biases.
/// </summary>
[LayerKind(typeof(Conv1dAttribute), typeof(Conv2dAttribute), typeof(SeparableConv2dAttribute), typeof(DepthwiseConv2dAttribute))]
internal sealed record ConvolutionLayer(
    ConvolutionKind Kind, int Rank, Tunable<int> Filters, EquatableArray<Tunable<int>> Kernel, int Stride, Padding Padding, int Dilation, int DepthMultiplier, Activation Activation, bool UseBias) : LayerSpec
{
    public override Activation FinalActivation => Activation;

    public override string KerasType => Kind switch
    {
        ConvolutionKind.Separable => "SeparableConv2D",
        ConvolutionKind.Depthwise => "DepthwiseConv2D",
        _ => $"Conv{Rank}D",
    };

    private bool IsSquare => Kernel.All(k => k == Kernel[0]);

    private string KernelText => IsSquare ? $"{Kernel[0]}" : $"[{string.Join(", ", Kernel)}]";

    /// <summary>The position of the kernel argument (after the filters, except for a depthwise convolution).</summary>
    private string KernelArgument => LayerReader.At(Kind == ConvolutionKind.Depthwise ? 0 : 1);

    public static LayerSpec Parse(LayerReader reader)
    {
        var (kind, rank, filters, kernel, stride, padding, dilation, multiplier, activation, useBias) = reader.AttributeName switch
        {
            nameof(Conv1dAttribute) => LayerReader.Read(reader.Attribute<Conv1dAttribute>(), a => (ConvolutionKind.Standard, 1, a.Filters, new[] { a.KernelSize }, a.Stride, a.Padding, a.Dilation, 1, a.Activation, a.UseBias)),
            nameof(Conv2dAttribute) => LayerReader.Read(reader.Attribute<Conv2dAttribute>(), a => (ConvolutionKind.Standard, 2, a.Filters, a.KernelShape, a.Stride, a.Padding, a.Dilation, 1, a.Activation, a.UseBias)),
            nameof(SeparableConv2dAttribute) => LayerReader.Read(reader.Attribute<SeparableConv2dAttribute>(), a => (ConvolutionKind.Separable, 2, a.Filters, a.KernelShape, a.Stride, a.Padding, a.Dilation, a.DepthMultiplier, a.Activation, a.UseBias)),
            _ => LayerReader.Read(reader.Attribute<DepthwiseConv2dAttribute>(), a => (ConvolutionKind.Depthwise, 2, 0, a.KernelShape, a.Stride, a.Padding, a.Dilation, a.DepthMultiplier, a.Activation, a.UseBias)),
        };

        var hasFilters = kind != ConvolutionKind.Depthwise;
        var tunableFilters = hasFilters ? reader.Size(0, "filters", filters) : new Tunable<int>(0, null);
        var tunableKernel = reader.Window(hasFilters ? 1 : 0, "kernel size", kernel, rank);
        reader.Positive(nameof(Conv2dAttribute.Stride), "Stride", stride);
        reader.Positive(nameof(Conv2dAttribute.Dilation), "Dilation", dilation);
        reader.Positive(nameof(SeparableConv2dAttribute.DepthMultiplier), "DepthMultiplier", multiplier);
        if (padding == Padding.Causal && rank != 1)
        {
            reader.ArgumentError(nameof(Conv2dAttribute.Padding), "Padding.Causal applies to Conv1d only");
        }

        if (stride > 1 && dilation > 1)
        {
            reader.ArgumentError(nameof(Conv2dAttribute.Dilation), "Stride and Dilation cannot both exceed 1 (as in Keras)");
        }

        return new ConvolutionLayer(kind, rank, tunableFilters, tunableKernel.ToEquatableArray(), stride, padding, dilation, multiplier, activation, useBias);
    }

    /// <summary>Keras's "same" padding that the module's own symmetric padding cannot reproduce on some axis: an explicit pad does every axis.</summary>
    private bool PadsExplicitly => Padding == Padding.Same && Kernel.Any(k => k.IsReference || Layout.SymmetricPadding(Padding, k.Literal, Stride, Dilation) is null);

    public override string Describe()
    {
        var options = Options(("Stride", Stride, 1), ("Padding", Padding, Padding.Valid), ("Dilation", Dilation, 1), ("DepthMultiplier", DepthMultiplier, 1), ("Activation", Activation, Activation.None), ("UseBias", UseBias, true));
        return Kind switch
        {
            ConvolutionKind.Separable => $"SeparableConv2d({Filters}, {KernelText}{options})",
            ConvolutionKind.Depthwise => $"DepthwiseConv2d({KernelText}{options})",
            _ => $"Conv{Rank}d({Filters}, {KernelText}{options})",
        };
    }

    public override string? HyperParameterArgument(string name) =>
        Kernel.Any(k => k.HyperParameter == name) ? KernelArgument : Filters.HyperParameter == name ? LayerReader.At(0) : null;

    public override Dim? Parameters(ConstructContext context)
    {
        var channels = context.Input![Layout.ChannelAxis(context.Input, context.Format)];
        var window = Kernel.Select(k => k.ToDim()).Aggregate((a, b) => a * b);
        var filters = Filters.ToDim();
        return Kind switch
        {
            ConvolutionKind.Depthwise => (window * channels * Dim.Of(DepthMultiplier)) + (UseBias ? channels * Dim.Of(DepthMultiplier) : Dim.Of(0)),
            ConvolutionKind.Separable => (window * channels * Dim.Of(DepthMultiplier)) + (channels * Dim.Of(DepthMultiplier) * filters) + (UseBias ? filters : Dim.Of(0)),
            _ => (window * channels * filters) + (UseBias ? filters : Dim.Of(0)),
        };
    }

    public override InferenceResult Infer(InferContext context)
    {
        if (!context.SpatialRank(Rank))
        {
            return null;
        }

        var x = context.X;
        var channelAxis = Layout.ChannelAxis(x, context.Format);
        if (!context.Known(x[channelAxis], $"input channel count (axis {channelAxis}", x))
        {
            return null;
        }

        var result = x;
        var axes = Layout.SpatialAxes(x, context.Format);
        for (var i = 0; i < axes.Length; i++)
        {
            result = result.With(axes[i], Layout.WindowOutput(x[axes[i]], Kernel[i].ToDim(), Stride, Dilation, Padding));
        }

        var channels = Kind == ConvolutionKind.Depthwise ? x[channelAxis] * Dim.Of(DepthMultiplier) : Filters.ToDim();
        result = result.With(channelAxis, channels) with { Layout = x.Layout == TensorLayout.Sequence ? TensorLayout.Sequence : TensorLayout.Spatial, IsInteger = false };
        return context.Positive(result) ? result : null;
    }

    public override string? WeightKey(TensorShape input, DataFormat format) => input[Layout.ChannelAxis(input, format)].ToString();

    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) =>
        Layout.IsChannelsLast(shapes[0], format) ? Emitting.Storage.ChannelsFirst : Emitting.Storage.Logical;

    public override string? ModuleType(ConstructContext context) => Kind == ConvolutionKind.Separable
        ? $"{ConstructContext.Tg}.Layers.SeparableConv2d"
        : $"global::TorchSharp.Modules.Conv{Rank}d";

    public override IEnumerable<string> Construct(ConstructContext context)
    {
        var field = context.Field;
        var channelDim = context.Input![Layout.ChannelAxis(context.Input, context.Format)];
        var channels = ConstructContext.Size(channelDim);
        var depthwiseChannels = ConstructContext.Size(channelDim * Dim.Of(DepthMultiplier));
        var pads = ModulePadding;
        var nn = ConstructContext.Nn;
        if (IsSquare)
        {
            // Stride, padding and dilation go positionally: named, they are ambiguous with TorchSharp's Padding-enum overload.
            var common = $"{Stride}, {pads[0]}, {Dilation}";
            switch (Kind)
            {
                case ConvolutionKind.Separable:
                    yield return $"{field} = new {ConstructContext.Tg}.Layers.SeparableConv2d({channels}, {Filters.Code}, {Kernel[0].Code}, stride: {Stride}, padding: {pads[0]}, dilation: {Dilation}, depthMultiplier: {DepthMultiplier}, useBias: {Literal.Bool(UseBias)});";
                    yield break;
                case ConvolutionKind.Depthwise:
                    yield return $"{field} = {nn}.Conv2d({channels}, {depthwiseChannels}, {Kernel[0].Code}, {common}, groups: {channels}, bias: {Literal.Bool(UseBias)});";
                    break;
                default:
                    yield return $"{field} = {nn}.Conv{Rank}d({channels}, {Filters.Code}, {Kernel[0].Code}, {common}, bias: {Literal.Bool(UseBias)});";
                    break;
            }
        }
        else
        {
            var kernel = $"({Kernel[0].Code}, {Kernel[1].Code})";
            var geometry = $"stride: ({Stride}, {Stride}), padding: ({pads[0]}, {pads[1]}), dilation: ({Dilation}, {Dilation})";
            switch (Kind)
            {
                case ConvolutionKind.Separable:
                    yield return $"{field} = new {ConstructContext.Tg}.Layers.SeparableConv2d({channels}, {Filters.Code}, {kernel}, stride: {Stride}, padding: ({pads[0]}, {pads[1]}), dilation: {Dilation}, depthMultiplier: {DepthMultiplier}, useBias: {Literal.Bool(UseBias)});";
                    yield break;
                case ConvolutionKind.Depthwise:
                    yield return $"{field} = {nn}.Conv2d({channels}, {depthwiseChannels}, {kernel}, {geometry}, groups: {channels}, bias: {Literal.Bool(UseBias)});";
                    break;
                default:
                    yield return $"{field} = {nn}.Conv2d({channels}, {Filters.Code}, {kernel}, {geometry}, bias: {Literal.Bool(UseBias)});";
                    break;
            }
        }

        yield return $"{nn}.init.xavier_uniform_({field}.weight);";
        if (UseBias)
        {
            yield return $"{nn}.init.zeros_({field}.bias);";
        }
    }

    protected override string Expression(EmitContext context)
    {
        var x = context.Input(0, context.Storage == Emitting.Storage.ChannelsFirst ? Emitting.Storage.ChannelsFirst : Emitting.Storage.Logical);
        if (Kind is ConvolutionKind.Depthwise && Layout.IsChannelsLast(context.InputShape(), context.Format))
        {
            // libtorch 2.10's grouped convolution gives wrong results on a channels-last memory layout (a permuted map, or
            // what pooling and padding of one return): make the input contiguous first. A depthwise layer is TorchSharp's
            // own Conv2d; the runtime's SeparableConv2d does this in its forward.
            x = $"{x}.contiguous()";
        }

        if (Padding == Padding.Causal)
        {
            x = $"{ConstructContext.Tg}.Layers.KerasPadding.Causal1d({x}, {Kernel[0].Code}, {Dilation})";
        }
        else if (PadsExplicitly)
        {
            x = IsSquare
                ? $"{ConstructContext.Tg}.Layers.KerasPadding.Same{Rank}d({x}, {Kernel[0].Code}, {Stride}, {Dilation})"
                : $"{ConstructContext.Tg}.Layers.KerasPadding.Same2d({x}, ({Kernel[0].Code}, {Kernel[1].Code}), {Stride}, {Dilation})";
        }

        return context.Activate($"{context.Field}.forward({x})", Activation);
    }

    /// <summary>The symmetric padding the module applies itself on each axis (0 on every axis when the forward pads explicitly).</summary>
    private List<long> ModulePadding => Kernel.Select(k => PadsExplicitly ? 0 : Layout.SymmetricPadding(Padding, k.Literal, Stride, Dilation) ?? 0).ToList();

    public override string? PyTorchModule(ConstructContext context)
    {
        var channelDim = context.Input![Layout.ChannelAxis(context.Input, context.Format)];
        var channels = PythonEmitContext.Size(channelDim);
        var filters = PythonEmitContext.Value(Filters);
        var pads = ModulePadding;
        var kernel = IsSquare ? PythonEmitContext.Value(Kernel[0]) : PythonEmitContext.Tuple(Kernel.Select(PythonEmitContext.Value));
        var padding = IsSquare || pads.All(p => p == pads[0]) ? $"{pads[0]}" : $"({pads[0]}, {pads[1]})";
        var bias = PythonEmitContext.Bool(UseBias);
        return Kind switch
        {
            ConvolutionKind.Separable => $"SeparableConv2d({channels}, {filters}, {kernel}, stride={Stride}, padding={padding}, dilation={Dilation}, depth_multiplier={DepthMultiplier}, bias={bias})",
            ConvolutionKind.Depthwise => $"torch.nn.Conv2d({channels}, {PythonEmitContext.Size(channelDim * Dim.Of(DepthMultiplier))}, {kernel}, stride={Stride}, padding={padding}, dilation={Dilation}, groups={channels}, bias={bias})",
            _ => $"torch.nn.Conv{Rank}d({channels}, {filters}, {kernel}, stride={Stride}, padding={padding}, dilation={Dilation}, bias={bias})",
        };
    }

    protected override string PyTorchExpression(PythonEmitContext context)
    {
        var x = context.Input(0, context.Storage == Emitting.Storage.ChannelsFirst ? Emitting.Storage.ChannelsFirst : Emitting.Storage.Logical);
        if (Padding == Padding.Causal)
        {
            // Keras's causal left pad d(k − 1): folded for a literal kernel, computed from the hole for a tunable one.
            var pad = Kernel[0].IsReference ? $"({PythonEmitContext.Value(Kernel[0])} - 1) * {Dilation}" : ((Kernel[0].Literal - 1) * Dilation).ToString(System.Globalization.CultureInfo.InvariantCulture);
            x = $"{PythonEmitContext.F}.pad({x}, [{pad}, 0])";
        }
        else if (PadsExplicitly)
        {
            x = $"tg_same_pad({x}, {PythonEmitContext.Tuple(Kernel.Select(PythonEmitContext.Value))}, {Stride}, {Dilation})";
        }

        return context.Activate($"{context.Module}({x})", Activation);
    }

    /// <summary>
    /// <c>Conv</c> (grouped for depthwise; depthwise then 1×1 pointwise for separable) with the padding of the forward
    /// step: causal left padding, the module's symmetric padding, or Keras's "same" split — explicit <c>pads</c> computed
    /// by <c>KerasPadding.SamePads</c> when the spatial sizes are known, <c>auto_pad = SAME_UPPER</c> (the same split,
    /// decided by the runtime per input size) when one is symbolic.
    /// </summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var input = context.InputShape();
        var channels = ConstructContext.Size(input[Layout.ChannelAxis(input, context.Format)]);
        var geometry = new List<string>
        {
            OnnxContext.IntsOf("kernel_shape", Kernel.Select(k => k.Code)),
            OnnxContext.Ints("strides", Enumerable.Repeat((long)Stride, Rank)),
            OnnxContext.Ints("dilations", Enumerable.Repeat((long)Dilation, Rank)),
        };
        var sizes = Layout.SpatialAxes(input, context.Format).Select(a => input[a]).ToList();
        if (Padding == Padding.Causal)
        {
            geometry.Add(OnnxContext.IntsOf("pads", [$"({Kernel[0].Code} - 1) * {Dilation}", "0"]));
        }
        else if (!PadsExplicitly)
        {
            var pads = ModulePadding;
            geometry.Add(OnnxContext.Ints("pads", pads.Concat(pads)));
        }
        else if (sizes.All(d => d.IsKnown))
        {
            var known = string.Join(", ", sizes.Select(d => d.Value));
            geometry.Add(OnnxContext.IntsOf("pads", $"{ConstructContext.Tg}.Layers.KerasPadding.SamePads([{known}], [{string.Join(", ", Kernel.Select(k => k.Code))}], {Stride}, {Dilation})"));
        }
        else
        {
            geometry.Add(OnnxContext.Text("auto_pad", "SAME_UPPER"));
        }

        var x = context.Input(0, context.Storage);
        string convolved;
        if (Kind == ConvolutionKind.Separable)
        {
            var depthwise = OnnxContext.AddNode("Conv", [x, context.Weight("depthwise.weight")], [.. geometry, OnnxContext.IntOf("group", channels)]);
            convolved = OnnxContext.AddNode("Conv", UseBias ? [depthwise, context.Weight("pointwise.weight"), context.Weight("pointwise.bias")] : [depthwise, context.Weight("pointwise.weight")]);
        }
        else
        {
            var group = Kind == ConvolutionKind.Depthwise ? channels : "1";
            convolved = OnnxContext.AddNode("Conv", UseBias ? [x, context.Weight("weight"), context.Weight("bias")] : [x, context.Weight("weight")], [.. geometry, OnnxContext.IntOf("group", group)]);
        }

        return context.Assign(convolved, Activation);
    }
}
