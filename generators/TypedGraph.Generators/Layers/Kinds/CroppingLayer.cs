using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary><c>[Cropping2d(c)]</c> or <c>[Cropping2d(Top = …, Bottom = …, Left = …, Right = …)]</c>: removes rows and columns at the borders.</summary>
[LayerKind(typeof(Cropping2dAttribute))]
internal sealed record CroppingLayer(int Top, int Bottom, int Left, int Right) : LayerSpec
{
    public override string KerasType => "Cropping2D";

    public static LayerSpec Parse(LayerReader reader)
    {
        var a = reader.Attribute<Cropping2dAttribute>();
        if (reader.Data.ConstructorArguments.Length > 0)
        {
            reader.NonNegative(LayerReader.At(0), "cropping", a.Cropping);
        }

        return new CroppingLayer(
            reader.NonNegative(nameof(Cropping2dAttribute.Top), "Top", a.Top),
            reader.NonNegative(nameof(Cropping2dAttribute.Bottom), "Bottom", a.Bottom),
            reader.NonNegative(nameof(Cropping2dAttribute.Left), "Left", a.Left),
            reader.NonNegative(nameof(Cropping2dAttribute.Right), "Right", a.Right));
    }

    public override string Describe() => Top == Bottom && Top == Left && Top == Right
        ? $"Cropping2d({Top})"
        : $"Cropping2d(Top = {Top}, Bottom = {Bottom}, Left = {Left}, Right = {Right})";

    public override InferenceResult Infer(InferContext context)
    {
        if (!context.SpatialRank(2))
        {
            return null;
        }

        var axes = Layout.SpatialAxes(context.X, context.Format);
        var result = context.X.With(axes[0], context.X[axes[0]] - (Top + Bottom)).With(axes[1], context.X[axes[1]] - (Left + Right));
        return context.Positive(result) ? result : null;
    }

    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) => inputs[0];

    /// <summary>Narrows the input as it is stored.</summary>
    protected override string Expression(EmitContext context) => Cropped(context);

    /// <summary>The narrowing, which reads the same in C# and Python.</summary>
    private string Cropped(NodeContext context)
    {
        var rows = context.StoredSpatialAxes()[0];
        var x = context.Stored();
        var cropped = x;
        if (Top + Bottom > 0)
        {
            cropped = $"{cropped}.narrow({rows}, {Top}, {x}.shape[{rows}] - {Top + Bottom})";
        }

        if (Left + Right > 0)
        {
            cropped = $"{cropped}.narrow({rows + 1}, {Left}, {x}.shape[{rows + 1}] - {Left + Right})";
        }

        return cropped;
    }

    protected override string PyTorchExpression(PythonEmitContext context) => Cropped(context);

    /// <summary>A <c>Slice</c> of the input as stored (an end of <c>long.MaxValue</c> keeps the axis's end).</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var rows = context.Emit.StoredSpatialAxes()[0];
        var (starts, ends, axes) = (new List<long>(), new List<long>(), new List<long>());
        foreach (var (axis, before, after) in new[] { (rows, Top, Bottom), (rows + 1, Left, Right) })
        {
            if (before + after > 0)
            {
                starts.Add(before);
                ends.Add(after > 0 ? -after : long.MaxValue);
                axes.Add(axis);
            }
        }

        return context.Assign(axes.Count == 0
            ? context.Stored()
            : OnnxContext.Node("Slice", [context.Stored(), OnnxContext.Int64s([.. starts]), OnnxContext.Int64s([.. ends]), OnnxContext.Int64s([.. axes])]));
    }
}
