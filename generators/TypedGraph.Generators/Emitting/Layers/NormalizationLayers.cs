using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Model;
using static TypedGraph.Generators.Emitting.EmitContext;

namespace TypedGraph.Generators.Emitting.Layers;

/// <summary>
/// BatchNorm over the channel axis (TorchSharp normalizes axis 1: channels-last maps and (N, T, C) sequences are
/// permuted around it), with Keras's momentum convention (TorchSharp momentum = 1 − Keras momentum); LayerNorm over the last axis.
/// </summary>
internal static class NormalizationLayers
{
    public static string BatchNormType(TensorShape input) => input.Rank == 4 ? "global::TorchSharp.Modules.BatchNorm2d" : "global::TorchSharp.Modules.BatchNorm1d";

    public static IEnumerable<string> ConstructBatchNorm(string field, BatchNormLayerSpec norm, TensorShape input, DataFormat format)
    {
        var kind = input.Rank == 4 ? "BatchNorm2d" : "BatchNorm1d";
        yield return $"{field} = {Nn}.{kind}({ShapeInference.InputChannels(input, format)}, eps: {Literal.Double(norm.Epsilon)}, momentum: {Literal.Double((double)(1m - (decimal)norm.Momentum))});";
    }

    public static IEnumerable<string> ConstructLayerNorm(string field, LayerNormLayerSpec norm, TensorShape input)
    {
        yield return $"{field} = {Nn}.LayerNorm({ShapeInference.InputWidth(input)}, eps: {Literal.Double(norm.Epsilon)});";
    }

    public static string BatchNorm(EmitContext context)
    {
        var input = context.InputShape();
        var axis = ShapeInference.ChannelAxis(input, context.Format);
        if (axis == 1)
        {
            return $"{context.Field}.forward({context.X})";
        }

        return input.Rank == 3
            ? $"{context.Field}.forward({context.X}.permute(0, 2, 1)).permute(0, 2, 1)"
            : $"{context.Field}.forward({context.X}.permute(0, 3, 1, 2)).permute(0, 2, 3, 1)";
    }
}
