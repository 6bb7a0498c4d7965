using System.Collections.Generic;
using System.Linq;
using System.Threading;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Layers;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// What a layer's shape rule works with: the node, its inputs (name, layer, shape), the model's data format, and the
/// reporting helpers whose message arguments follow the diagnostic catalogue, and the cancellation token of the analysis.
/// </summary>
internal sealed class InferContext(string node, LayerSpec layer, IReadOnlyList<InferenceInput> inputs, DataFormat format, List<GraphDiagnostic> diagnostics, HyperParameterSpace? space = null, CancellationToken cancellationToken = default)
{
    /// <summary>The analysis's cancellation token (the pipeline step's): long decisions stop when it is cancelled.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The model's <c>int</c> hyper-parameters as symbols with finite domains.</summary>
    public HyperParameterSpace Space { get; } = space ?? HyperParameterSpace.Empty;

    public string Node { get; } = node;

    public IReadOnlyList<InferenceInput> Inputs { get; } = inputs;

    public DataFormat Format { get; } = format;

    /// <summary>The first (for most layers, the only) input.</summary>
    public InferenceInput Input => Inputs[0];

    /// <summary>The first input's shape.</summary>
    public TensorShape X => Inputs[0].Shape;

    /// <summary>A diagnostic of <paramref name="contract"/> on this node, whose first message argument is the node.</summary>
    public void Report<T1, T2>(DiagnosticContract<string, T1, T2> contract, DiagnosticTarget target, string? argument, T1 arg1, T2 arg2) =>
        diagnostics.Add(contract.Create(Node, target, argument, Node, arg1, arg2));

    /// <summary>As the overload above, with the projection a code fix can insert (TG0005 on a residual merge).</summary>
    public void Report<T1, T2>(ProjectionFix? projection, DiagnosticContract<string, T1, T2> contract, DiagnosticTarget target, string? argument, T1 arg1, T2 arg2) =>
        diagnostics.Add(contract.Create(Node, target, argument, Node, arg1, arg2) with { Projection = projection });

    /// <summary>A diagnostic of <paramref name="contract"/> on this node, whose first message argument is the node.</summary>
    public void Report<T1, T2, T3>(DiagnosticContract<string, T1, T2, T3> contract, DiagnosticTarget target, string? argument, T1 arg1, T2 arg2, T3 arg3) =>
        diagnostics.Add(contract.Create(Node, target, argument, Node, arg1, arg2, arg3));

    /// <summary>A diagnostic of <paramref name="contract"/> on this node, whose first message argument is the node.</summary>
    public void Report<T1, T2, T3, T4>(DiagnosticContract<string, T1, T2, T3, T4> contract, DiagnosticTarget target, string? argument, T1 arg1, T2 arg2, T3 arg3, T4 arg4) =>
        diagnostics.Add(contract.Create(Node, target, argument, Node, arg1, arg2, arg3, arg4));

    /// <summary>TG0010 on <paramref name="argument"/>; the locator falls back to the attribute when it is not written out.</summary>
    public void Argument(string argument, string message) =>
        diagnostics.Add(DiagnosticDescriptors.InvalidArgument.Create(Node, DiagnosticTarget.NodeArgument, argument, Node, message));

    /// <summary>
    /// TG0008 unless <paramref name="dim"/> is known when the model is built: a constant, or an expression of
    /// hyper-parameters only. <paramref name="what"/> is completed with the dimension.
    /// </summary>
    public bool Known(Dim dim, string what, TensorShape input)
    {
        if (dim.IsKnown || Space.Covers(dim))
        {
            return true;
        }

        var described = what.EndsWith("(last dimension", System.StringComparison.Ordinal) || what.Contains("(axis") ? $"{what} '{dim}')" : what;
        Report(DiagnosticDescriptors.SymbolicWeightSize, DiagnosticTarget.NodeAttribute, null, layer.KerasType, described, input);
        return false;
    }

    /// <summary>TG0007 unless the input is a rank-<paramref name="rank"/> spatial tensor (a sequence counts for rank 1).</summary>
    public bool SpatialRank(int rank)
    {
        if (X.Rank == rank + 2)
        {
            return true;
        }

        var layout = Format == DataFormat.ChannelsFirst ? (rank == 1 ? "(N, C, L)" : rank == 2 ? "(N, C, H, W)" : "(N, C, D, H, W)") : (rank == 1 ? "(N, L, C)" : rank == 2 ? "(N, H, W, C)" : "(N, D, H, W, C)");
        Rank($"{layer.KerasType} reads {layout} in {Format}");
        return false;
    }

    /// <summary>TG0007 on the first input.</summary>
    public void Rank(string why) =>
        Report(DiagnosticDescriptors.UnsupportedRank, DiagnosticTarget.NodeAttribute, null, layer.KerasType, $"{Input.Name} {X}", why);

    /// <summary>
    /// TG0009 when a known dimension of <paramref name="result"/> is ≤ 0, or a dimension of hyper-parameters is ≤ 0 at
    /// some point of the space: then the message names the point (its least value, found by <see cref="SpaceExtremes"/>)
    /// and the diagnostic lands on this node's argument that names one of the point's hyper-parameters, if any.
    /// </summary>
    public bool Positive(TensorShape result)
    {
        var bad = result.SampleDims.FirstOrDefault(d => d.IsKnown && d.Value <= 0);
        if (bad is not null)
        {
            Report(DiagnosticDescriptors.NonPositiveDimension, DiagnosticTarget.NodeAttribute, null, layer.KerasType, $"{Input.Name} {X} gives {result}");
            return false;
        }

        foreach (var dim in result.SampleDims.Where(Space.Covers))
        {
            if (SpaceExtremes.Minimum(dim, Space.DomainOf) is { Value: <= 0 } minimum)
            {
                var point = minimum.Point;
                var (target, argument) = ArgumentFor(point);
                Report(DiagnosticDescriptors.NonPositiveDimension, target, argument, layer.KerasType,
                    $"with {point}: {Input.Name} {point.Apply(X)} gives {point.Apply(result)} ({dim} becomes {minimum.Value})");
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// How two dimensions relate over the space (<see cref="DimComparer"/> with the hyper-parameters' domains). When both
    /// depend on hyper-parameters only and are not equal everywhere, the relation is <see cref="DimRelation.Different"/>
    /// with a point where they differ: every point of the space must build.
    /// </summary>
    public (DimRelation Relation, SpacePoint? Point) Compare(Dim a, Dim b)
    {
        var relation = DimComparer.Compare(a, b, Space.DomainOf, CancellationToken);
        if (relation == DimRelation.Equal || !(Space.Covers(a) || Space.Covers(b)) || !(a.IsKnown || Space.Covers(a)) || !(b.IsKnown || Space.Covers(b)))
        {
            return (relation, null);
        }

        var difference = a - b;
        if (SpaceExtremes.Minimum(difference, Space.DomainOf) is not { } low || SpaceExtremes.Maximum(difference, Space.DomainOf) is not { } high)
        {
            return (relation, null);
        }

        return low.Value != 0 ? (DimRelation.Different, low.Point)
            : high.Value != 0 ? (DimRelation.Different, high.Point)
            : (DimRelation.Equal, null);
    }

    /// <summary>The argument of this node naming a hyper-parameter of <paramref name="point"/>, else the attribute.</summary>
    public (DiagnosticTarget Target, string? Argument) ArgumentFor(SpacePoint point)
    {
        foreach (var value in point.Values)
        {
            if (layer.HyperParameterArgument(value.Key) is { } argument)
            {
                return (DiagnosticTarget.NodeArgument, argument);
            }
        }

        return (DiagnosticTarget.NodeAttribute, null);
    }
}
