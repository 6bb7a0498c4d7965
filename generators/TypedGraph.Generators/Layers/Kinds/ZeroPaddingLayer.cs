using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary><c>[ZeroPadding2d(p)]</c> or <c>[ZeroPadding2d(Top = …, Bottom = …, Left = …, Right = …)]</c>: zeros around the rows and columns.</summary>
[LayerKind(typeof(ZeroPadding2dAttribute))]
internal sealed record ZeroPaddingLayer(int Top, int Bottom, int Left, int Right) : LayerSpec
{
    public override string KerasType => "ZeroPadding2D";

    public static LayerSpec Parse(LayerReader reader)
    {
        var a = reader.Attribute<ZeroPadding2dAttribute>();
        if (reader.Data.ConstructorArguments.Length > 0)
        {
            reader.NonNegative(LayerReader.At(0), "padding", a.Padding);
        }

        return new ZeroPaddingLayer(
            reader.NonNegative(nameof(ZeroPadding2dAttribute.Top), "Top", a.Top),
            reader.NonNegative(nameof(ZeroPadding2dAttribute.Bottom), "Bottom", a.Bottom),
            reader.NonNegative(nameof(ZeroPadding2dAttribute.Left), "Left", a.Left),
            reader.NonNegative(nameof(ZeroPadding2dAttribute.Right), "Right", a.Right));
    }

    public override string Describe() => Top == Bottom && Top == Left && Top == Right
        ? $"ZeroPadding2d({Top})"
        : $"ZeroPadding2d(Top = {Top}, Bottom = {Bottom}, Left = {Left}, Right = {Right})";

    public override InferenceResult Infer(InferContext context)
    {
        if (!context.SpatialRank(2))
        {
            return null;
        }

        var axes = Layout.SpatialAxes(context.X, context.Format);
        return context.X.With(axes[0], context.X[axes[0]] + (Top + Bottom)).With(axes[1], context.X[axes[1]] + (Left + Right));
    }

    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) => inputs[0];

    /// <summary>Pads the input as it is stored; <c>pad</c> lists (before, after) pairs from the last axis backwards.</summary>
    protected override string Expression(EmitContext context) => Padded(context, $"{ConstructContext.Nn}.functional.pad");

    /// <summary>The pad call of <paramref name="pad"/> (TorchSharp's or PyTorch's <c>pad</c>, which take the same list).</summary>
    private string Padded(NodeContext context, string pad)
    {
        var input = context.InputShape();
        var rows = context.StoredSpatialAxes()[0];
        var pads = new List<int>();
        for (var axis = input.Rank - 1; axis >= rows; axis--)
        {
            pads.AddRange(axis == rows ? [Top, Bottom] : axis == rows + 1 ? [Left, Right] : [0, 0]);
        }

        return $"{pad}({context.Stored()}, [{string.Join(", ", pads)}])";
    }

    protected override string PyTorchExpression(PythonEmitContext context) => Padded(context, $"{PythonEmitContext.F}.pad");

    /// <summary><c>Pad</c> with zeros of the stored rows and columns (ONNX lists every axis's start, then every axis's end).</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var rank = context.InputShape().Rank;
        var rows = context.Emit.StoredSpatialAxes()[0];
        var pads = new long[2 * rank];
        (pads[rows], pads[rows + 1], pads[rank + rows], pads[rank + rows + 1]) = (Top, Left, Bottom, Right);
        return context.Assign(OnnxContext.Node("Pad", [context.Stored(), OnnxContext.Int64s(pads)]));
    }
}
