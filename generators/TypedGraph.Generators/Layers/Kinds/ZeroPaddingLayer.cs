using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// <c>[ZeroPadding2d(p)]</c> or <c>[ZeroPadding2d(Top = …, Bottom = …, Left = …, Right = …)]</c>: zeros around the rows and
/// columns. <c>p</c> may be an <c>int</c> hyper-parameter.
/// </summary>
[LayerKind(typeof(ZeroPadding2dAttribute))]
internal sealed record ZeroPaddingLayer(Border Sides) : LayerSpec
{
    public override string KerasType => "ZeroPadding2D";

    public static LayerSpec Parse(LayerReader reader)
    {
        var a = reader.Attribute<ZeroPadding2dAttribute>();
        return new ZeroPaddingLayer(Border.Read(reader, "padding", a.Padding, a.Top, a.Bottom, a.Left, a.Right));
    }

    public override string Describe() => Sides.Describe("ZeroPadding2d");

    public override string? HyperParameterArgument(string name) => Sides.HyperParameterArgument(name);

    public override InferenceResult Infer(InferContext context)
    {
        if (!context.SpatialRank(2))
        {
            return null;
        }

        var axes = Layout.SpatialAxes(context.X, context.Format);
        return context.X.With(axes[0], context.X[axes[0]] + Sides.Rows).With(axes[1], context.X[axes[1]] + Sides.Columns);
    }

    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) => inputs[0];

    /// <summary>Pads the input as it is stored; <c>pad</c> lists (before, after) pairs from the last axis backwards.</summary>
    protected override string Expression(EmitContext context) => Padded(context, $"{ConstructContext.Nn}.functional.pad", side => side.Code);

    /// <summary>
    /// The pad call of <paramref name="pad"/> (TorchSharp's or PyTorch's <c>pad</c>, which take the same list), each side
    /// written by <paramref name="size"/> (a literal, <c>this.Pad</c>, or a hole filled with it).
    /// </summary>
    private string Padded(NodeContext context, string pad, System.Func<Tunable<int>, string> size)
    {
        var input = context.InputShape();
        var rows = context.StoredSpatialAxes()[0];
        var pads = new List<string>();
        for (var axis = input.Rank - 1; axis >= rows; axis--)
        {
            pads.AddRange(axis == rows ? [size(Sides.Top), size(Sides.Bottom)] : axis == rows + 1 ? [size(Sides.Left), size(Sides.Right)] : ["0", "0"]);
        }

        return $"{pad}({context.Stored()}, [{string.Join(", ", pads)}])";
    }

    protected override string PyTorchExpression(PythonEmitContext context) => Padded(context, $"{PythonEmitContext.F}.pad", PythonEmitContext.Value);

    /// <summary><c>Pad</c> with zeros of the stored rows and columns (ONNX lists every axis's start, then every axis's end).</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var rank = context.InputShape().Rank;
        var rows = context.StoredSpatialAxes()[0];
        var pads = Enumerable.Repeat("0", 2 * rank).ToArray();
        (pads[rows], pads[rows + 1], pads[rank + rows], pads[rank + rows + 1]) = (Sides.Top.Code, Sides.Left.Code, Sides.Bottom.Code, Sides.Right.Code);
        return context.Assign(OnnxContext.AddNode("Pad", [context.Stored(), OnnxContext.Int64sOf(pads)]));
    }
}
