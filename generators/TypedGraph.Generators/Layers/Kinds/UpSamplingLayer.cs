using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// <c>[UpSampling2d(size)]</c>: nearest-neighbour upsampling, every row and column repeated <see cref="Size"/> times. The
/// size may be <c>nameof</c> of an <c>int</c> hyper-parameter: the output is then <c>H*Size</c>, and the forward step,
/// the PyTorch form and the ONNX scales read the model's value.
/// </summary>
[LayerKind(typeof(UpSampling2dAttribute))]
internal sealed record UpSamplingLayer(Tunable<int> Size) : LayerSpec
{
    public override string KerasType => "UpSampling2D";

    public static LayerSpec Parse(LayerReader reader) =>
        new UpSamplingLayer(reader.Size(0, "size", reader.Attribute<UpSampling2dAttribute>().Size));

    public override string Describe() => $"UpSampling2d({Size})";

    public override string? HyperParameterArgument(string name) => Size.HyperParameter == name ? LayerReader.At(0) : null;

    public override InferenceResult Infer(InferContext context)
    {
        if (!context.SpatialRank(2))
        {
            return null;
        }

        var axes = Layout.SpatialAxes(context.X, context.Format);
        return context.X.With(axes[0], context.X[axes[0]] * Size.ToDim()).With(axes[1], context.X[axes[1]] * Size.ToDim());
    }

    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) => inputs[0];

    protected override string Expression(EmitContext context) => Repeated(context, Size.Code);

    /// <summary>The repeats, which read the same in C# and Python but for the size (<c>this.Size</c>, or its hole in <c>model.py</c>).</summary>
    private static string Repeated(NodeContext context, string size)
    {
        var rows = context.StoredSpatialAxes()[0];
        return $"{context.Stored()}.repeat_interleave({size}, {rows}).repeat_interleave({size}, {rows + 1})";
    }

    protected override string PyTorchExpression(PythonEmitContext context) => Repeated(context, PythonEmitContext.Value(Size));

    /// <summary>
    /// <c>Resize</c> (nearest, asymmetric coordinates, floor) of the stored rows and columns: output row <c>i</c> reads
    /// input row <c>floor(i / size)</c>, exactly the forward step's <c>repeat_interleave</c>.
    /// </summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var rows = context.StoredSpatialAxes()[0];
        var size = Size.IsReference ? Size.Code : OnnxContext.FloatLiteral(Size.Literal);
        var scales = Enumerable.Range(0, context.InputShape().Rank).Select(a => a == rows || a == rows + 1 ? size : OnnxContext.FloatLiteral(1));
        return context.Assign(OnnxContext.AddNode(
            "Resize",
            [context.Stored(), "\"\"", OnnxContext.FloatsOf(scales)],
            OnnxContext.Text("mode", "nearest"),
            OnnxContext.Text("coordinate_transformation_mode", "asymmetric"),
            OnnxContext.Text("nearest_mode", "floor")));
    }
}
