using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// Output shapes of every layer kind, symbolic from the start: <c>Input("T")</c> flows through as the symbol <c>T</c>,
/// conv and pool sizes become expressions such as <c>(T-4)/5+1</c> or <c>ceil(H/2)</c>. The one implementation of shape
/// rules in TypedGraph: the emitter reads what it computes (a Dense layer's input width, a convolution's input
/// channels) and never recomputes it, and the analyzers report the diagnostics it produces.
/// </summary>
internal static class ShapeInference
{
    public static InferenceResult Infer(string node, LayerSpec layer, IReadOnlyList<InferenceInput> inputs, DataFormat format, List<GraphDiagnostic> diagnostics)
    {
        var context = new Context(node, layer, format, diagnostics);
        if (layer is InputLayerSpec input)
        {
            return input.Shape.Count == 0 ? null : new TensorShape(input.Shape, TensorLayout.Plain, input.DType is DType.Int32 or DType.Int64);
        }

        if (inputs.Count == 0)
        {
            return null;
        }

        if (layer is not MergeLayerSpec and not SubmodelLayerSpec && inputs.Count != 1)
        {
            context.Argument("From", $"{layer.KerasType} reads one input, got {inputs.Count}");
            return null;
        }

        var x = inputs[0].Shape;
        switch (layer)
        {
            case DenseLayerSpec dense:
                return context.Known(x.Last, "input width (last dimension", x) ? x.With(-1, Dim.Of(dense.Units)) with { Layout = x.Layout == TensorLayout.Sequence ? TensorLayout.Sequence : TensorLayout.Plain, IsInteger = false } : null;

            case EmbeddingLayerSpec embedding:
                if (!x.IsInteger)
                {
                    context.Rank(inputs[0], "Embedding reads integer token ids (declare the input with DType = DType.Int64)");
                    return null;
                }

                return new TensorShape(x.SampleDims.Concat([Dim.Of(embedding.OutputDim)]).ToEquatableArray(), x.Rank == 2 ? TensorLayout.Sequence : TensorLayout.Plain);

            case RecurrentLayerSpec recurrent:
                if (x.Rank != 3)
                {
                    context.Rank(inputs[0], $"{recurrent.KerasType} reads a batch-first sequence (N, T, C)");
                    return null;
                }

                if (!context.Known(x.Last, "input size (last dimension", x))
                {
                    return null;
                }

                var units = Dim.Of(recurrent.Units * (recurrent.Bidirectional ? 2 : 1));
                return recurrent.ReturnSequences
                    ? new TensorShape(new[] { x.SampleDims[0], units }.ToEquatableArray(), TensorLayout.Sequence)
                    : new TensorShape(new[] { units }.ToEquatableArray());

            case ConvolutionLayerSpec conv:
                return Convolution(context, conv, inputs[0]);

            case PoolingLayerSpec pool:
                return Pooling(context, pool, inputs[0]);

            case GlobalPoolingLayerSpec global:
                if (!context.SpatialRank(inputs[0], global.Rank, global.KerasType))
                {
                    return null;
                }

                return new TensorShape(new[] { x[ChannelAxis(x, format)] }.ToEquatableArray());

            case ZeroPaddingLayerSpec zero:
                if (!context.SpatialRank(inputs[0], 2, zero.KerasType))
                {
                    return null;
                }

                var padded = x;
                foreach (var axis in SpatialAxes(2, format))
                {
                    padded = padded.With(axis, padded[axis] + (2 * zero.Padding));
                }

                return padded;

            case BatchNormLayerSpec:
                return context.Known(x[ChannelAxis(x, format)], $"channel count (axis {ChannelAxis(x, format)}", x) ? x : null;

            case LayerNormLayerSpec:
                return context.Known(x.Last, "normalized size (last dimension", x) ? x : null;

            case ActivationLayerSpec or DropoutLayerSpec:
                return x;

            case FlattenLayerSpec:
                return new TensorShape(new[] { x.SampleDims.Aggregate(Dim.Of(1), (acc, d) => acc * d) }.ToEquatableArray());

            case ReshapeLayerSpec reshape:
                return Reshape(context, reshape, x);

            case PermuteLayerSpec permute:
                var order = permute.Dims;
                if (order.Count != x.Rank - 1 || !order.OrderBy(d => d).SequenceEqual(Enumerable.Range(1, x.Rank - 1)))
                {
                    context.Argument("0", $"Permute needs a permutation of 1 … {x.Rank - 1} for input {x}, got ({string.Join(", ", order)})");
                    return null;
                }

                return new TensorShape(order.Select(d => x.SampleDims[d - 1]).ToEquatableArray());

            case MergeLayerSpec merge:
                return merge.Kind == MergeKind.Concatenate ? Concatenate(context, merge, inputs) : ElementWise(context, merge, inputs);

            case SubmodelLayerSpec submodel:
                return Submodel(context, submodel, inputs);

            case CustomLayerSpec custom:
                return new InferenceResult(new TensorShape(custom.OutputShape), CheckAtRunTime: true);

            default:
                return null;
        }
    }

    /// <summary>
    /// The sizes that a layer's weights are allocated for, given its input — for <c>[Shared]</c>: a layer can be applied
    /// to another input only when these agree. Null when the layer's weights do not depend on its input.
    /// </summary>
    public static string? WeightKey(LayerSpec layer, TensorShape input, DataFormat format) => layer switch
    {
        DenseLayerSpec or LayerNormLayerSpec or RecurrentLayerSpec => input.Last.ToString(),
        ConvolutionLayerSpec or BatchNormLayerSpec => input[ChannelAxis(input, format)].ToString(),
        _ => null,
    };

    /// <summary>The input width a Dense (or recurrent, or layer-norm) layer allocates weights for.</summary>
    public static long InputWidth(TensorShape input) => input.Last.Value;

    /// <summary>The input channels a convolution or batch normalization allocates weights for.</summary>
    public static long InputChannels(TensorShape input, DataFormat format) => input[ChannelAxis(input, format)].Value;

    /// <summary>
    /// The channel axis (full-tensor index): 1 in channels-first, the last in channels-last, and the last for
    /// batch-first sequences (N, T, C) and (N, C) vectors in either format.
    /// </summary>
    public static int ChannelAxis(TensorShape shape, DataFormat format) =>
        shape.Rank == 2 || shape.Layout == TensorLayout.Sequence || format == DataFormat.ChannelsLast ? shape.Rank - 1 : 1;

    /// <summary>The full-tensor spatial axes of a rank-<paramref name="rank"/> convolution in <paramref name="format"/>.</summary>
    public static int[] SpatialAxes(int rank, DataFormat format) =>
        format == DataFormat.ChannelsFirst ? Enumerable.Range(2, rank).ToArray() : Enumerable.Range(1, rank).ToArray();

    private static InferenceResult Convolution(Context context, ConvolutionLayerSpec conv, InferenceInput input)
    {
        if (!context.SpatialRank(input, conv.Rank, conv.KerasType))
        {
            return null;
        }

        var x = input.Shape;
        var channelAxis = ChannelAxis(x, context.Format);
        if (!context.Known(x[channelAxis], $"input channel count (axis {channelAxis}", x))
        {
            return null;
        }

        var result = x;
        foreach (var axis in SpatialAxes(conv.Rank, context.Format))
        {
            result = result.With(axis, WindowOutput(x[axis], conv.KernelSize, conv.Stride, conv.Dilation, conv.Padding));
        }

        var channels = conv.Kind == ConvolutionKind.Depthwise ? Dim.Of(x[channelAxis].Value * conv.DepthMultiplier) : Dim.Of(conv.Filters);
        result = result.With(channelAxis, channels) with { Layout = TensorLayout.Spatial, IsInteger = false };
        return context.Positive(input, result) ? result : null;
    }

    private static InferenceResult Pooling(Context context, PoolingLayerSpec pool, InferenceInput input)
    {
        if (!context.SpatialRank(input, pool.Rank, pool.KerasType))
        {
            return null;
        }

        var result = input.Shape;
        foreach (var axis in SpatialAxes(pool.Rank, context.Format))
        {
            result = result.With(axis, WindowOutput(input.Shape[axis], pool.PoolSize, pool.Stride, 1, pool.Padding));
        }

        return context.Positive(input, result) ? result : null;
    }

    /// <summary>Output positions of a sliding window: valid floor((L − d(k−1) − 1)/s) + 1; same and causal ceil(L/s).</summary>
    private static Dim WindowOutput(Dim size, int kernel, int stride, int dilation, Padding padding) =>
        padding == Padding.Valid
            ? Dim.FloorDivide(size - ((dilation * (kernel - 1)) + 1), stride) + 1
            : Dim.CeilDivide(size, stride);

    private static InferenceResult Reshape(Context context, ReshapeLayerSpec reshape, TensorShape x)
    {
        var total = x.SampleDims.Aggregate(Dim.Of(1), (acc, d) => acc * d);
        var target = reshape.Shape.ToList();
        var inferred = target.FindIndex(d => d.IsKnown && d.Value == -1);
        var known = target.Where((d, i) => i != inferred).Aggregate(Dim.Of(1), (acc, d) => acc * d);
        if (inferred >= 0)
        {
            if (!known.IsKnown || (total.IsKnown && total.Value % known.Value != 0))
            {
                context.Argument("0", $"cannot reshape {x} to ({string.Join(", ", target)}): the inferred dimension is not a whole number");
                return null;
            }

            target[inferred] = Dim.FloorDivide(total, known.Value);
        }
        else if (DimComparer.Compare(total, known) == DimRelation.Different)
        {
            context.Argument("0", $"cannot reshape {x} ({total} values) to ({string.Join(", ", target)}) ({known} values)");
            return null;
        }

        if (target.Count(d => !d.IsKnown) > 1)
        {
            context.Argument("0", $"Reshape can leave at most one dimension to run time; ({string.Join(", ", target)}) has {target.Count(d => !d.IsKnown)}");
            return null;
        }

        return TensorShape.Of(target);
    }

    private static InferenceResult ElementWise(Context context, MergeLayerSpec merge, IReadOnlyList<InferenceInput> inputs)
    {
        var first = inputs[0];
        var runtime = false;
        foreach (var other in inputs.Skip(1))
        {
            if (other.Shape.Rank != first.Shape.Rank)
            {
                context.Report(DiagnosticIds.MergeShapeMismatch, DiagnosticTarget.NodeAttribute, null, merge.Kind.ToString(), $"{first.Describe()}; {other.Describe()}");
                return null;
            }

            var relations = first.Shape.SampleDims.Zip(other.Shape.SampleDims, DimComparer.Compare).ToList();
            if (relations.Contains(DimRelation.Different))
            {
                context.Report(DiagnosticIds.MergeShapeMismatch, DiagnosticTarget.NodeAttribute, null, merge.Kind.ToString(), $"{first.Describe()}; {other.Describe()}");
                return null;
            }

            runtime |= relations.Contains(DimRelation.Unknown);
        }

        return new InferenceResult(first.Shape with { IsInteger = false }, runtime);
    }

    private static InferenceResult Concatenate(Context context, MergeLayerSpec merge, IReadOnlyList<InferenceInput> inputs)
    {
        var first = inputs[0];
        var rank = first.Shape.Rank;
        var axis = merge.Axis < 0 ? rank + merge.Axis : merge.Axis;
        if (axis < 1 || axis >= rank)
        {
            context.Argument("Axis", $"Axis {merge.Axis} is outside the per-sample axes 1 … {rank - 1} (and ≥ −{rank - 1}) of {first.Shape}");
            return null;
        }

        var runtime = false;
        var sum = first.Shape[axis];
        foreach (var other in inputs.Skip(1))
        {
            if (other.Shape.Rank != rank)
            {
                context.Report(DiagnosticIds.ConcatShapeMismatch, DiagnosticTarget.NodeAttribute, null, axis.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{first.Name} {first.Shape} has rank {rank} but {other.Name} {other.Shape} has rank {other.Shape.Rank}");
                return null;
            }

            for (var a = 1; a < rank; a++)
            {
                if (a == axis)
                {
                    continue;
                }

                var relation = DimComparer.Compare(first.Shape[a], other.Shape[a]);
                if (relation == DimRelation.Different)
                {
                    context.Report(DiagnosticIds.ConcatShapeMismatch, DiagnosticTarget.NodeAttribute, null, axis.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        $"dimension {a} is {first.Shape[a]} in {first.Name} {first.Shape} but {other.Shape[a]} in {other.Name} {other.Shape}{After(other)}");
                    return null;
                }

                runtime |= relation == DimRelation.Unknown;
            }

            sum += other.Shape[axis];
        }

        return new InferenceResult(first.Shape.With(axis, sum) with { IsInteger = false }, runtime);
    }

    private static string After(InferenceInput input) => input.Layer is InputLayerSpec ? string.Empty : $" (after {input.Layer.Describe()})";

    private static InferenceResult Submodel(Context context, SubmodelLayerSpec submodel, IReadOnlyList<InferenceInput> inputs)
    {
        var graph = GraphAnalyzer.Analyze(submodel.Model);
        var name = submodel.Model.Name;
        if (graph.HasErrors)
        {
            context.Argument("0", $"submodel {name} has declaration errors ({string.Join(", ", graph.Diagnostics.Where(d => d.IsError).Select(d => d.Id).Distinct())})");
            return null;
        }

        var subInputs = graph.Nodes.Where(n => n.Layer is InputLayerSpec).ToList();
        var subOutputs = graph.Nodes.Where(n => n.Spec.Output is not null).ToList();
        var output = submodel.Output is null ? (subOutputs.Count == 1 ? subOutputs[0] : null) : subOutputs.FirstOrDefault(o => o.Name == submodel.Output);
        if (output is null)
        {
            context.Argument("Output", submodel.Output is null
                ? $"{name} has {subOutputs.Count} outputs; choose one with Output = nameof({name}.{subOutputs.FirstOrDefault()?.Name ?? "X"})"
                : $"{name} has no output '{submodel.Output}' (outputs: {string.Join(", ", subOutputs.Select(o => o.Name))})");
            return null;
        }

        if (subInputs.Count != inputs.Count)
        {
            context.Argument("Inputs", $"{name} has {subInputs.Count} inputs ({string.Join(", ", subInputs.Select(i => i.Name))}) but {inputs.Count} node(s) are bound to them");
            return null;
        }

        if (submodel.Repeat > 1 && (subInputs.Count != 1))
        {
            context.Argument("Repeat", $"Repeat chains instances output to input, so {name} needs exactly one input");
            return null;
        }

        var current = inputs.Select(i => i.Shape).ToList();
        TensorShape? result = null;
        for (var r = 0; r < submodel.Repeat; r++)
        {
            var binding = new Dictionary<string, Dim>();
            for (var i = 0; i < subInputs.Count; i++)
            {
                if (!Bind(context, name, subInputs[i], current[i], binding))
                {
                    return null;
                }
            }

            result = output.Shape! with { SampleDims = output.Shape!.SampleDims.Select(d => d.Substitute(binding)).ToEquatableArray() };
            current = [result];
        }

        return result;
    }

    /// <summary>Unifies a submodel input's declared dims with the actual shape: constants must agree, symbols bind.</summary>
    private static bool Bind(Context context, string model, GraphNode input, TensorShape actual, Dictionary<string, Dim> binding)
    {
        var declared = input.Shape!;
        var fits = declared.Rank == actual.Rank;
        for (var d = 0; fits && d < declared.SampleDims.Count; d++)
        {
            var want = declared.SampleDims[d];
            if (want.Kind == DimKind.Symbol)
            {
                if (binding.TryGetValue(want.Name!, out var bound))
                {
                    fits = DimComparer.Compare(bound, actual.SampleDims[d]) != DimRelation.Different;
                }
                else
                {
                    binding[want.Name!] = actual.SampleDims[d];
                }
            }
            else
            {
                fits = DimComparer.Compare(want, actual.SampleDims[d]) != DimRelation.Different;
            }
        }

        if (!fits)
        {
            context.Report(DiagnosticIds.SubmodelInputMismatch, DiagnosticTarget.NodeAttribute, null, model, input.Name, declared.ToString(), actual.ToString());
        }

        return fits;
    }

    /// <summary>Per-node reporting helpers; message arguments follow DiagnosticDescriptors.</summary>
    private sealed class Context(string node, LayerSpec layer, DataFormat format, List<GraphDiagnostic> diagnostics)
    {
        public DataFormat Format { get; } = format;

        public void Report(string id, DiagnosticTarget target, string? argument, params string[] args) =>
            diagnostics.Add(GraphDiagnostic.Error(id, node, target, argument, new[] { node }.Concat(args).ToArray()));

        /// <summary>TG0010 on <paramref name="argument"/>; the locator falls back to the attribute when it is not written out.</summary>
        public void Argument(string argument, string message) =>
            diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.InvalidArgument, node, DiagnosticTarget.NodeArgument, argument, node, message));

        /// <summary>TG0008 unless <paramref name="dim"/> is a constant. <paramref name="what"/> is completed with the dimension.</summary>
        public bool Known(Dim dim, string what, TensorShape input)
        {
            if (dim.IsKnown)
            {
                return true;
            }

            var described = what.EndsWith("(last dimension", System.StringComparison.Ordinal) || what.Contains("(axis") ? $"{what} '{dim}')" : what;
            Report(DiagnosticIds.SymbolicWeightSize, DiagnosticTarget.NodeAttribute, null, layer.KerasType, described, input.ToString());
            return false;
        }

        /// <summary>TG0007 for a tensor of the wrong rank or layout for a rank-<paramref name="rank"/> spatial layer.</summary>
        public bool SpatialRank(InferenceInput input, int rank, string keras)
        {
            var x = input.Shape;
            var layout = Format == DataFormat.ChannelsFirst ? (rank == 1 ? "(N, C, L)" : "(N, C, H, W)") : (rank == 1 ? "(N, L, C)" : "(N, H, W, C)");
            if (x.Rank != rank + 2)
            {
                Rank(input, $"{keras} reads {layout} in {Format}");
                return false;
            }

            if (rank == 1 && Format == DataFormat.ChannelsFirst && x.Layout == TensorLayout.Sequence)
            {
                Rank(input, $"{keras} reads channels-first (N, C, L) but {input.Name} is a batch-first (N, T, C) sequence; insert [Permute(2, 1)] before it, or declare [Model(DataFormat = DataFormat.ChannelsLast)]");
                return false;
            }

            return true;
        }

        public void Rank(InferenceInput input, string why) =>
            Report(DiagnosticIds.UnsupportedRank, DiagnosticTarget.NodeAttribute, null, layer.KerasType, $"{input.Name} {input.Shape}", why);

        /// <summary>TG0009 when a known dimension of <paramref name="result"/> is ≤ 0.</summary>
        public bool Positive(InferenceInput input, TensorShape result)
        {
            var bad = result.SampleDims.FirstOrDefault(d => d.IsKnown && d.Value <= 0);
            if (bad is null)
            {
                return true;
            }

            Report(DiagnosticIds.NonPositiveDimension, DiagnosticTarget.NodeAttribute, null, layer.KerasType, $"{input.Name} {input.Shape} gives {result}");
            return false;
        }
    }
}
