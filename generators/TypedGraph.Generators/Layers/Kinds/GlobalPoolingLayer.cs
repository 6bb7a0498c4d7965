using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary><c>[GlobalMaxPool1d]</c>, <c>[GlobalAvgPool2d]</c> …: the maximum or mean over every spatial (or time) axis, (N, C) out.</summary>
[LayerKind(typeof(GlobalMaxPool1dAttribute), typeof(GlobalMaxPool2dAttribute), typeof(GlobalAvgPool1dAttribute), typeof(GlobalAvgPool2dAttribute))]
internal sealed record GlobalPoolingLayer(PoolKind Kind, int Rank) : LayerSpec
{
    public override string KerasType => $"Global{(Kind == PoolKind.Max ? "Max" : "Average")}Pooling{Rank}D";

    public static LayerSpec Parse(LayerReader reader)
    {
        var name = reader.AttributeName;
        return new GlobalPoolingLayer(name.Contains("Max") ? PoolKind.Max : PoolKind.Avg, name.Contains("1d") ? 1 : 2);
    }

    public override string Describe() => $"Global{Kind}Pool{Rank}d";

    public override InferenceResult Infer(InferContext context) =>
        context.SpatialRank(Rank) ? new TensorShape(new[] { context.X[Layout.ChannelAxis(context.X, context.Format)] }.ToEquatableArray()) : null;

    /// <summary>Reduces the input as it is stored: no permute is needed to pool a channels-first-stored sequence.</summary>
    protected override string Expression(EmitContext context)
    {
        var axes = EmitContext.Axes(context.StoredSpatialAxes());
        var x = context.Stored();
        return Kind == PoolKind.Max ? $"{x}.amax({axes})" : $"{x}.mean([{axes}])";
    }

    protected override string PyTorchExpression(PythonEmitContext context) =>
        $"{context.Stored()}.{(Kind == PoolKind.Max ? "amax" : "mean")}([{EmitContext.Axes(context.StoredSpatialAxes())}])";

    /// <summary><c>ReduceMax</c> / <c>ReduceMean</c> over the spatial axes of the input as stored.</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context) =>
        context.Assign(OnnxContext.AddNode(
            Kind == PoolKind.Max ? "ReduceMax" : "ReduceMean",
            [context.Stored()],
            OnnxContext.Ints("axes", context.StoredSpatialAxes().Select(a => (long)a)),
            OnnxContext.Int("keepdims", 0)));
}
