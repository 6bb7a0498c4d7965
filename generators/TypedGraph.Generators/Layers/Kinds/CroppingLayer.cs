using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// <c>[Cropping2d(c)]</c> or <c>[Cropping2d(Top = …, Bottom = …, Left = …, Right = …)]</c>: removes rows and columns at the
/// borders. <c>c</c> may be an <c>int</c> hyper-parameter: what is left must be ≥ 1 at every point of the space (TG0009 names
/// a point where it is not).
/// </summary>
[LayerKind(typeof(Cropping2dAttribute))]
internal sealed record CroppingLayer(Border Sides) : LayerSpec
{
    public override string KerasType => "Cropping2D";

    public static LayerSpec Parse(LayerReader reader)
    {
        var a = reader.Attribute<Cropping2dAttribute>();
        return new CroppingLayer(Border.Read(reader, "cropping", a.Cropping, a.Top, a.Bottom, a.Left, a.Right));
    }

    public override string Describe() => Sides.Describe("Cropping2d");

    public override string? HyperParameterArgument(string name) => Sides.HyperParameterArgument(name);

    public override InferenceResult Infer(InferContext context)
    {
        if (!context.SpatialRank(2))
        {
            return null;
        }

        var axes = Layout.SpatialAxes(context.X, context.Format);
        var result = context.X
            .With(axes[0], context.X[axes[0]] - Sides.Rows)
            .With(axes[1], context.X[axes[1]] - Sides.Columns);
        return context.Positive(result) ? result : null;
    }

    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) => inputs[0];

    /// <summary>Narrows the input as it is stored.</summary>
    protected override string Expression(EmitContext context) => Cropped(context, ConstructContext.Size);

    /// <summary>The narrowing, which reads the same in C# and Python; <paramref name="size"/> writes a size in the language.</summary>
    private string Cropped(NodeContext context, System.Func<Dim, string> size)
    {
        var rows = context.StoredSpatialAxes()[0];
        var x = context.Stored();
        var cropped = x;
        foreach (var (axis, before, total) in new[] { (rows, Sides.Top, Sides.Rows), (rows + 1, Sides.Left, Sides.Columns) })
        {
            if (!(total.IsKnown && total.Value == 0))
            {
                cropped = $"{cropped}.narrow({axis}, {size(before.ToDim())}, {x}.shape[{axis}] - {size(total)})";
            }
        }

        return cropped;
    }

    protected override string PyTorchExpression(PythonEmitContext context) => Cropped(context, PythonEmitContext.Size);

    /// <summary>A <c>Slice</c> end past any axis's end.</summary>
    private const string KeepEnd = "long.MaxValue";

    /// <summary>
    /// A <c>Slice</c> of the input as stored (an end of <c>long.MaxValue</c> keeps the axis's end: a side cropping a
    /// hyper-parameter's 0 chooses it at export time).
    /// </summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var rows = context.StoredSpatialAxes()[0];
        var (starts, ends, axes) = (new List<string>(), new List<string>(), new List<long>());
        foreach (var (axis, before, after) in new[] { (rows, Sides.Top, Sides.Bottom), (rows + 1, Sides.Left, Sides.Right) })
        {
            if (before.IsReference || after.IsReference || before.Literal + after.Literal > 0)
            {
                starts.Add(before.Code);
                ends.Add(after.IsReference ? $"({after.Code} > 0 ? -{after.Code} : {KeepEnd})" : after.Literal > 0 ? $"-{after.Literal}" : KeepEnd);
                axes.Add(axis);
            }
        }

        return context.Assign(axes.Count == 0
            ? context.Stored()
            : OnnxContext.AddNode("Slice", [context.Stored(), OnnxContext.Int64sOf(starts), OnnxContext.Int64sOf(ends), OnnxContext.Int64s([.. axes])]));
    }
}
