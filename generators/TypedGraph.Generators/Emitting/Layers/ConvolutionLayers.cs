using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Model;
using static TypedGraph.Generators.Emitting.EmitContext;

namespace TypedGraph.Generators.Emitting.Layers;

/// <summary>
/// Convolutions, pooling, global pooling and zero padding. TorchSharp convolves channels-first; a channels-last model
/// permutes around each of these layers. Keras <c>padding="same"</c> becomes the module's symmetric padding when it is
/// symmetric for every input size (stride 1, even total), and an explicit <see cref="T:TypedGraph.Layers.KerasPadding"/>
/// call otherwise.
/// </summary>
internal static class ConvolutionLayers
{
    public static string ModuleType(ConvolutionLayerSpec conv) => conv.Kind == ConvolutionKind.Separable
        ? $"{Tg}.Layers.SeparableConv2d"
        : $"global::TorchSharp.Modules.Conv{conv.Rank}d";

    public static IEnumerable<string> Construct(string field, ConvolutionLayerSpec conv, TensorShape input, DataFormat format)
    {
        var channels = ShapeInference.InputChannels(input, format);
        var padding = SymmetricPadding(conv.Padding, conv.KernelSize, conv.Stride, conv.Dilation) ?? 0;
        // Stride, padding and dilation go positionally: named, they are ambiguous with TorchSharp's Padding-enum overload.
        var common = $"{conv.Stride}, {padding}, {conv.Dilation}";
        switch (conv.Kind)
        {
            case ConvolutionKind.Separable:
                yield return $"{field} = new {Tg}.Layers.SeparableConv2d({channels}, {conv.Filters}, {conv.KernelSize}, stride: {conv.Stride}, padding: {padding}, dilation: {conv.Dilation}, depthMultiplier: {conv.DepthMultiplier}, useBias: {Literal.Bool(conv.UseBias)});";
                yield break;
            case ConvolutionKind.Depthwise:
                yield return $"{field} = {Nn}.Conv2d({channels}, {channels * conv.DepthMultiplier}, {conv.KernelSize}, {common}, groups: {channels}, bias: {Literal.Bool(conv.UseBias)});";
                break;
            default:
                yield return $"{field} = {Nn}.Conv{conv.Rank}d({channels}, {conv.Filters}, {conv.KernelSize}, {common}, bias: {Literal.Bool(conv.UseBias)});";
                break;
        }

        yield return $"{Nn}.init.xavier_uniform_({field}.weight);";
        if (conv.UseBias)
        {
            yield return $"{Nn}.init.zeros_({field}.bias);";
        }
    }

    public static string Convolution(EmitContext context, ConvolutionLayerSpec conv)
    {
        var x = ToChannelsFirst(context.X, conv.Rank, context.Format);
        if (conv.Padding == Padding.Causal)
        {
            x = $"{Tg}.Layers.KerasPadding.Causal1d({x}, {conv.KernelSize}, {conv.Dilation})";
        }
        else if (conv.Padding == Padding.Same && SymmetricPadding(conv.Padding, conv.KernelSize, conv.Stride, conv.Dilation) is null)
        {
            x = $"{Tg}.Layers.KerasPadding.Same{conv.Rank}d({x}, {conv.KernelSize}, {conv.Stride}, {conv.Dilation})";
        }

        var y = FromChannelsFirst($"{context.Field}.forward({x})", conv.Rank, context.Format);
        return context.Activate(y, conv.Activation);
    }

    public static string Pooling(EmitContext context, PoolingLayerSpec pool)
    {
        var x = ToChannelsFirst(context.X, pool.Rank, context.Format);
        var kind = pool.Kind == PoolKind.Max ? "max" : "avg";
        var y = pool.Padding == Padding.Same
            ? $"{Tg}.Layers.KerasPooling.{(pool.Kind == PoolKind.Max ? "Max" : "Avg")}Pool{pool.Rank}dSame({x}, {pool.PoolSize}, {pool.Stride})"
            : $"{Nn}.functional.{kind}_pool{pool.Rank}d({x}, {pool.PoolSize}, {pool.Stride})";
        return FromChannelsFirst(y, pool.Rank, context.Format);
    }

    public static string GlobalPooling(EmitContext context, GlobalPoolingLayerSpec pool)
    {
        var axes = string.Join(", ", ShapeInference.SpatialAxes(pool.Rank, context.Format));
        return pool.Kind == PoolKind.Max ? $"{context.X}.amax({axes})" : $"{context.X}.mean([{axes}])";
    }

    public static string ZeroPadding(EmitContext context, ZeroPaddingLayerSpec zero)
    {
        var p = zero.Padding;
        var pads = context.Format == DataFormat.ChannelsFirst ? $"{p}, {p}, {p}, {p}" : $"0, 0, {p}, {p}, {p}, {p}";
        return $"{Nn}.functional.pad({context.X}, [{pads}])";
    }

    /// <summary>Moves the channel axis of a rank-<paramref name="rank"/> spatial tensor to axis 1 in a channels-last model.</summary>
    public static string ToChannelsFirst(string x, int rank, DataFormat format) =>
        format == DataFormat.ChannelsFirst ? x : rank == 1 ? $"{x}.permute(0, 2, 1)" : $"{x}.permute(0, 3, 1, 2)";

    /// <summary>Moves the channel axis back to the end in a channels-last model.</summary>
    public static string FromChannelsFirst(string y, int rank, DataFormat format) =>
        format == DataFormat.ChannelsFirst ? y : rank == 1 ? $"{y}.permute(0, 2, 1)" : $"{y}.permute(0, 2, 3, 1)";

    /// <summary>The module's own symmetric padding when it reproduces Keras for every input size; null when an explicit pad is needed.</summary>
    private static long? SymmetricPadding(Padding padding, int kernel, int stride, int dilation)
    {
        if (padding == Padding.Valid)
        {
            return 0;
        }

        // A 1×1 window never needs padding; with stride 1 the total padding is the window's extent − 1 for every size.
        var total = dilation * (kernel - 1);
        return padding == Padding.Same && (total == 0 || (stride == 1 && total % 2 == 0)) ? total / 2 : null;
    }
}
