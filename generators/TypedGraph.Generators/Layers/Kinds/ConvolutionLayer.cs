using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

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
    ConvolutionKind Kind, int Rank, int Filters, EquatableArray<int> Kernel, int Stride, Padding Padding, int Dilation, int DepthMultiplier, Activation Activation, bool UseBias) : LayerSpec
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
        if (hasFilters)
        {
            reader.Positive(LayerReader.At(0), "filters", filters);
        }

        var kernelArgument = LayerReader.At(hasFilters ? 1 : 0);
        if (kernel.Length != rank)
        {
            reader.ArgumentError(kernelArgument, $"the kernel needs {rank} sizes [rows, cols], got {kernel.Length}");
            kernel = Enumerable.Repeat(kernel.Length > 0 ? kernel[0] : 1, rank).ToArray();
        }

        foreach (var size in kernel)
        {
            reader.Positive(kernelArgument, "kernel size", size);
        }

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

        return new ConvolutionLayer(kind, rank, filters, kernel.ToEquatableArray(), stride, padding, dilation, multiplier, activation, useBias);
    }

    /// <summary>Keras's "same" padding that the module's own symmetric padding cannot reproduce on some axis: an explicit pad does every axis.</summary>
    private bool PadsExplicitly => Padding == Padding.Same && Kernel.Any(k => Layout.SymmetricPadding(Padding, k, Stride, Dilation) is null);

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
            result = result.With(axes[i], Layout.WindowOutput(x[axes[i]], Kernel[i], Stride, Dilation, Padding));
        }

        var channels = Kind == ConvolutionKind.Depthwise ? Dim.Of(x[channelAxis].Value * DepthMultiplier) : Dim.Of(Filters);
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
        var channels = context.Input![Layout.ChannelAxis(context.Input, context.Format)].Value;
        var pads = ModulePadding;
        var nn = ConstructContext.Nn;
        if (IsSquare)
        {
            // Stride, padding and dilation go positionally: named, they are ambiguous with TorchSharp's Padding-enum overload.
            var common = $"{Stride}, {pads[0]}, {Dilation}";
            switch (Kind)
            {
                case ConvolutionKind.Separable:
                    yield return $"{field} = new {ConstructContext.Tg}.Layers.SeparableConv2d({channels}, {Filters}, {Kernel[0]}, stride: {Stride}, padding: {pads[0]}, dilation: {Dilation}, depthMultiplier: {DepthMultiplier}, useBias: {Literal.Bool(UseBias)});";
                    yield break;
                case ConvolutionKind.Depthwise:
                    yield return $"{field} = {nn}.Conv2d({channels}, {channels * DepthMultiplier}, {Kernel[0]}, {common}, groups: {channels}, bias: {Literal.Bool(UseBias)});";
                    break;
                default:
                    yield return $"{field} = {nn}.Conv{Rank}d({channels}, {Filters}, {Kernel[0]}, {common}, bias: {Literal.Bool(UseBias)});";
                    break;
            }
        }
        else
        {
            var kernel = $"({Kernel[0]}, {Kernel[1]})";
            var geometry = $"stride: ({Stride}, {Stride}), padding: ({pads[0]}, {pads[1]}), dilation: ({Dilation}, {Dilation})";
            switch (Kind)
            {
                case ConvolutionKind.Separable:
                    yield return $"{field} = new {ConstructContext.Tg}.Layers.SeparableConv2d({channels}, {Filters}, {kernel}, stride: {Stride}, padding: ({pads[0]}, {pads[1]}), dilation: {Dilation}, depthMultiplier: {DepthMultiplier}, useBias: {Literal.Bool(UseBias)});";
                    yield break;
                case ConvolutionKind.Depthwise:
                    yield return $"{field} = {nn}.Conv2d({channels}, {channels * DepthMultiplier}, {kernel}, {geometry}, groups: {channels}, bias: {Literal.Bool(UseBias)});";
                    break;
                default:
                    yield return $"{field} = {nn}.Conv2d({channels}, {Filters}, {kernel}, {geometry}, bias: {Literal.Bool(UseBias)});";
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
        if (Kind is ConvolutionKind.Depthwise or ConvolutionKind.Separable && Layout.IsChannelsLast(context.InputShape(), context.Format))
        {
            // libtorch 2.10's grouped convolution gives wrong results on a channels-last memory layout (a permuted map, or
            // what pooling and padding of one return): make the input contiguous first.
            x = $"{x}.contiguous()";
        }
        if (Padding == Padding.Causal)
        {
            x = $"{ConstructContext.Tg}.Layers.KerasPadding.Causal1d({x}, {Kernel[0]}, {Dilation})";
        }
        else if (PadsExplicitly)
        {
            x = IsSquare
                ? $"{ConstructContext.Tg}.Layers.KerasPadding.Same{Rank}d({x}, {Kernel[0]}, {Stride}, {Dilation})"
                : $"{ConstructContext.Tg}.Layers.KerasPadding.Same2d({x}, ({Kernel[0]}, {Kernel[1]}), {Stride}, {Dilation})";
        }

        return context.Activate($"{context.Field}.forward({x})", Activation);
    }

    /// <summary>The symmetric padding the module applies itself on each axis (0 on every axis when the forward pads explicitly).</summary>
    private List<long> ModulePadding => Kernel.Select(k => PadsExplicitly ? 0 : Layout.SymmetricPadding(Padding, k, Stride, Dilation) ?? 0).ToList();

    public override string? PyTorchModule(ConstructContext context)
    {
        var channels = context.Input![Layout.ChannelAxis(context.Input, context.Format)].Value;
        var pads = ModulePadding;
        var kernel = IsSquare ? $"{Kernel[0]}" : $"({Kernel[0]}, {Kernel[1]})";
        var padding = IsSquare || pads.All(p => p == pads[0]) ? $"{pads[0]}" : $"({pads[0]}, {pads[1]})";
        var bias = PythonEmitContext.Bool(UseBias);
        return Kind switch
        {
            ConvolutionKind.Separable => $"SeparableConv2d({channels}, {Filters}, {kernel}, stride={Stride}, padding={padding}, dilation={Dilation}, depth_multiplier={DepthMultiplier}, bias={bias})",
            ConvolutionKind.Depthwise => $"torch.nn.Conv2d({channels}, {channels * DepthMultiplier}, {kernel}, stride={Stride}, padding={padding}, dilation={Dilation}, groups={channels}, bias={bias})",
            _ => $"torch.nn.Conv{Rank}d({channels}, {Filters}, {kernel}, stride={Stride}, padding={padding}, dilation={Dilation}, bias={bias})",
        };
    }

    protected override string PyTorchExpression(PythonEmitContext context)
    {
        var x = context.Input(0, context.Storage == Emitting.Storage.ChannelsFirst ? Emitting.Storage.ChannelsFirst : Emitting.Storage.Logical);
        if (Padding == Padding.Causal)
        {
            x = $"{PythonEmitContext.F}.pad({x}, [{(Kernel[0] - 1) * Dilation}, 0])";
        }
        else if (PadsExplicitly)
        {
            x = $"tg_same_pad({x}, {PythonEmitContext.Tuple(Kernel)}, {Stride}, {Dilation})";
        }

        return context.Activate($"{context.Module}({x})", Activation);
    }
}
