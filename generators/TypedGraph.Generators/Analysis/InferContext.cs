using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Layers;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// What a layer's shape rule works with: the node, its inputs (name, layer, shape), the model's data format, and the
/// reporting helpers whose message arguments follow the diagnostic catalogue.
/// </summary>
internal sealed class InferContext(string node, LayerSpec layer, IReadOnlyList<InferenceInput> inputs, DataFormat format, List<GraphDiagnostic> diagnostics)
{
    public string Node { get; } = node;

    public IReadOnlyList<InferenceInput> Inputs { get; } = inputs;

    public DataFormat Format { get; } = format;

    /// <summary>The first (for most layers, the only) input.</summary>
    public InferenceInput Input => Inputs[0];

    /// <summary>The first input's shape.</summary>
    public TensorShape X => Inputs[0].Shape;

    /// <summary>A diagnostic of <paramref name="descriptor"/> on this node; its first message argument is the node.</summary>
    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, DiagnosticTarget target, string? argument, params string[] args) =>
        diagnostics.Add(Diagnostic(descriptor, target, argument, args));

    /// <summary>As <see cref="Report"/>, with the projection a code fix can insert.</summary>
    public void Report(ProjectionFix? projection, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, DiagnosticTarget target, string? argument, params string[] args) =>
        diagnostics.Add(Diagnostic(descriptor, target, argument, args) with { Projection = projection });

    private GraphDiagnostic Diagnostic(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, DiagnosticTarget target, string? argument, string[] args) =>
        GraphDiagnostic.Create(descriptor, Node, target, argument, new[] { Node }.Concat(args).ToArray());

    /// <summary>TG0010 on <paramref name="argument"/>; the locator falls back to the attribute when it is not written out.</summary>
    public void Argument(string argument, string message) =>
        diagnostics.Add(GraphDiagnostic.Create(DiagnosticDescriptors.InvalidArgument, Node, DiagnosticTarget.NodeArgument, argument, Node, message));

    /// <summary>TG0008 unless <paramref name="dim"/> is a constant. <paramref name="what"/> is completed with the dimension.</summary>
    public bool Known(Dim dim, string what, TensorShape input)
    {
        if (dim.IsKnown)
        {
            return true;
        }

        var described = what.EndsWith("(last dimension", System.StringComparison.Ordinal) || what.Contains("(axis") ? $"{what} '{dim}')" : what;
        Report(DiagnosticDescriptors.SymbolicWeightSize, DiagnosticTarget.NodeAttribute, null, layer.KerasType, described, input.ToString());
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

    /// <summary>TG0009 when a known dimension of <paramref name="result"/> is ≤ 0.</summary>
    public bool Positive(TensorShape result)
    {
        var bad = result.SampleDims.FirstOrDefault(d => d.IsKnown && d.Value <= 0);
        if (bad is null)
        {
            return true;
        }

        Report(DiagnosticDescriptors.NonPositiveDimension, DiagnosticTarget.NodeAttribute, null, layer.KerasType, $"{Input.Name} {X} gives {result}");
        return false;
    }
}
