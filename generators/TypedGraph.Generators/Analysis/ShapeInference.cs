using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// Output shapes of every layer kind, symbolic from the start: <c>Input("T")</c> flows through as the symbol
/// <c>T</c>, products and quotients stay expressions. The one implementation of shape rules in TypedGraph; the emitter
/// reads the shapes it computes (for instance a Dense layer's input width) and never recomputes them.
/// </summary>
internal static class ShapeInference
{
    /// <summary>Infers the output shape of <paramref name="node"/> from its input shapes, or returns null (with a
    /// diagnostic) when the layer cannot take them.</summary>
    public static TensorShape? Infer(NodeSpec node, IReadOnlyList<TensorShape> inputs, DataFormat dataFormat, List<GraphDiagnostic> diagnostics)
    {
        switch (node.Layer)
        {
            case InputLayerSpec input:
                return input.Shape.Count > 0 ? new TensorShape(input.Shape) : null;

            case DenseLayerSpec dense:
                var x = inputs[0];
                if (!x.Last.IsKnown)
                {
                    diagnostics.Add(GraphDiagnostic.Error(
                        DiagnosticIds.SymbolicWeightSize, node.Name, DiagnosticTarget.NodeAttribute, null,
                        node.Name, "Dense", $"input width (last dimension '{x.Last}')", x.ToString()));
                    return null;
                }

                return WithLast(x, Dim.Of(dense.Units));

            case ActivationLayerSpec or DropoutLayerSpec:
                return inputs[0];

            case FlattenLayerSpec:
                var sample = inputs[0].SampleDims;
                var product = sample.Aggregate(Dim.Of(1), (acc, d) => acc * d);
                return new TensorShape(new[] { product }.ToEquatableArray());

            default:
                return null;
        }
    }

    /// <summary>The input width a Dense layer allocates weights for: the last dimension of its (known) input shape.</summary>
    public static long DenseInputWidth(TensorShape input) => input.Last.Value;

    private static TensorShape WithLast(TensorShape shape, Dim last)
    {
        var dims = shape.SampleDims.ToList();
        dims[dims.Count - 1] = last;
        return new TensorShape(dims.ToEquatableArray());
    }
}
