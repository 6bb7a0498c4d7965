using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary><c>[UpSampling2d(size)]</c>: nearest-neighbour upsampling, every row and column repeated <see cref="Size"/> times.</summary>
[LayerKind(typeof(UpSampling2dAttribute))]
internal sealed record UpSamplingLayer(int Size) : LayerSpec
{
    public override string KerasType => "UpSampling2D";

    public static LayerSpec Parse(LayerReader reader) =>
        new UpSamplingLayer(reader.Positive(LayerReader.At(0), "size", reader.Attribute<UpSampling2dAttribute>().Size));

    public override string Describe() => $"UpSampling2d({Size})";

    public override InferenceResult Infer(InferContext context)
    {
        if (!context.SpatialRank(2))
        {
            return null;
        }

        var axes = Layout.SpatialAxes(context.X, context.Format);
        return context.X.With(axes[0], context.X[axes[0]] * Dim.Of(Size)).With(axes[1], context.X[axes[1]] * Dim.Of(Size));
    }

    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) => inputs[0];

    protected override string Expression(EmitContext context) => Repeated(context);

    /// <summary>The repeats, which read the same in C# and Python.</summary>
    private string Repeated(NodeContext context)
    {
        var rows = context.StoredSpatialAxes()[0];
        return $"{context.Stored()}.repeat_interleave({Size}, {rows}).repeat_interleave({Size}, {rows + 1})";
    }

    protected override string PyTorchExpression(PythonEmitContext context) => Repeated(context);

    /// <summary>
    /// <c>Resize</c> (nearest, asymmetric coordinates, floor) of the stored rows and columns: output row <c>i</c> reads
    /// input row <c>floor(i / size)</c>, exactly the forward step's <c>repeat_interleave</c>.
    /// </summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var rows = context.Emit.StoredSpatialAxes()[0];
        var scales = Enumerable.Range(0, context.InputShape().Rank).Select(a => a == rows || a == rows + 1 ? (double)Size : 1).ToArray();
        return context.Assign(OnnxContext.Node(
            "Resize",
            [context.Stored(), "\"\"", OnnxContext.Floats(scales)],
            OnnxContext.Text("mode", "nearest"),
            OnnxContext.Text("coordinate_transformation_mode", "asymmetric"),
            OnnxContext.Text("nearest_mode", "floor")));
    }
}
