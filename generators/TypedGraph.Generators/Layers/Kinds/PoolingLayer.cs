using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// <c>[MaxPool1d]</c>, <c>[MaxPool2d]</c>, <c>[AvgPool1d]</c>, <c>[AvgPool2d]</c>; <see cref="Stride"/> is already defaulted
/// to the pool size. Keras's "same" pads with −∞ for max pooling and averages over the real elements only. The pool size
/// may be <c>nameof</c> of an <c>int</c> hyper-parameter (square); the stride then defaults to it, and a valid output is
/// <c>H/Pool</c> (<see cref="Layout.WindowOutput(Dim, Dim, Dim, int, Padding)"/>), which must be ≥ 1 at every point.
/// </summary>
[LayerKind(typeof(MaxPool1dAttribute), typeof(MaxPool2dAttribute), typeof(AvgPool1dAttribute), typeof(AvgPool2dAttribute))]
internal sealed record PoolingLayer(PoolKind Kind, int Rank, EquatableArray<Tunable<int>> Window, Tunable<int> Stride, Padding Padding) : LayerSpec
{
    public override string KerasType => $"{(Kind == PoolKind.Max ? "Max" : "Average")}Pooling{Rank}D";

    private bool IsSquare => Window.All(k => k == Window[0]);

    public static LayerSpec Parse(LayerReader reader)
    {
        var (kind, rank, literal, stride, padding) = reader.AttributeName switch
        {
            nameof(MaxPool1dAttribute) => LayerReader.Read(reader.Attribute<MaxPool1dAttribute>(), a => (PoolKind.Max, 1, new[] { a.PoolSize }, a.Stride, a.Padding)),
            nameof(MaxPool2dAttribute) => LayerReader.Read(reader.Attribute<MaxPool2dAttribute>(), a => (PoolKind.Max, 2, a.PoolShape, a.Stride, a.Padding)),
            nameof(AvgPool1dAttribute) => LayerReader.Read(reader.Attribute<AvgPool1dAttribute>(), a => (PoolKind.Avg, 1, new[] { a.PoolSize }, a.Stride, a.Padding)),
            _ => LayerReader.Read(reader.Attribute<AvgPool2dAttribute>(), a => (PoolKind.Avg, 2, a.PoolShape, a.Stride, a.Padding)),
        };

        var window = reader.Window(0, "pool size", literal, rank);
        if (stride < 0)
        {
            reader.ArgumentError(nameof(MaxPool2dAttribute.Stride), $"Stride must be positive (or 0 for the pool size), got {stride}");
        }

        if (padding == Padding.Causal)
        {
            reader.ArgumentError(nameof(MaxPool2dAttribute.Padding), "pooling supports Padding.Valid and Padding.Same, not Padding.Causal");
        }

        if (stride <= 0 && window.Any(w => w != window[0]))
        {
            reader.ArgumentError(nameof(MaxPool2dAttribute.Stride), "a [rows, cols] pool size that is not square needs an explicit Stride");
        }

        return new PoolingLayer(kind, rank, window.ToEquatableArray(), stride > 0 ? new Tunable<int>(stride, null) : window[0], padding);
    }

    public override string Describe()
    {
        var window = IsSquare ? $"{Window[0]}" : $"[{string.Join(", ", Window)}]";
        return $"{Kind}Pool{Rank}d({window}{Options(("Stride", Stride, Window[0]), ("Padding", Padding, Padding.Valid))})";
    }

    public override string? HyperParameterArgument(string name) =>
        Window.Any(w => w.HyperParameter == name) ? LayerReader.At(0) : null;

    public override InferenceResult Infer(InferContext context)
    {
        if (!context.SpatialRank(Rank))
        {
            return null;
        }

        var result = context.X;
        var axes = Layout.SpatialAxes(result, context.Format);
        for (var i = 0; i < axes.Length; i++)
        {
            result = result.With(axes[i], Layout.WindowOutput(context.X[axes[i]], Window[i].ToDim(), Stride.ToDim(), 1, Padding));
        }

        // A tunable pool size with a value ≤ 0 is TG0010 on the argument already (LayerReader.Size): a division by it
        // means nothing, and a TG0009 at that point would only repeat the error.
        if (Window.Any(w => w.HyperParameter is { } name && context.Space.DomainOf(name) is { Minimum: <= 0 }))
        {
            return result;
        }

        return context.Positive(result) ? result : null;
    }

    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) =>
        Layout.IsChannelsLast(shapes[0], format) ? Emitting.Storage.ChannelsFirst : Emitting.Storage.Logical;

    protected override string Expression(EmitContext context)
    {
        var x = context.Input(0, context.Storage);
        var window = IsSquare ? Window[0].Code : $"({Window[0].Code}, {Window[1].Code})";
        var stride = IsSquare || Padding == Padding.Same ? Stride.Code : $"({Stride.Code}, {Stride.Code})";
        return Padding == Padding.Same
            ? $"{ConstructContext.Tg}.Layers.KerasPooling.{(Kind == PoolKind.Max ? "Max" : "Avg")}Pool{Rank}dSame({x}, {window}, {stride})"
            : $"{ConstructContext.Nn}.functional.{(Kind == PoolKind.Max ? "max" : "avg")}_pool{Rank}d({x}, {window}, {stride})";
    }

    protected override string PyTorchExpression(PythonEmitContext context)
    {
        var x = context.Input(0, context.Storage);
        var stride = PythonEmitContext.Value(Stride);
        if (Padding == Padding.Same)
        {
            return $"tg_pool_same(\"{(Kind == PoolKind.Max ? "max" : "avg")}\", {x}, {PythonEmitContext.Tuple(Window.Select(PythonEmitContext.Value))}, {stride})";
        }

        var window = IsSquare ? PythonEmitContext.Value(Window[0]) : $"({PythonEmitContext.Value(Window[0])}, {PythonEmitContext.Value(Window[1])})";
        return $"{PythonEmitContext.F}.{(Kind == PoolKind.Max ? "max" : "avg")}_pool{Rank}d({x}, {window}, {stride})";
    }

    /// <summary>
    /// <c>MaxPool</c> / <c>AveragePool</c> on the channels-first storage, the window and strides read from the instance (a
    /// hyper-parameter pool size is the model's value). Keras's "same": explicit <c>pads</c> from
    /// <c>KerasPadding.SamePads</c> when the sizes are known, else <c>auto_pad = SAME_UPPER</c>; padded positions never win
    /// a maximum and do not count in an average (<c>count_include_pad = 0</c>), as in <c>KerasPooling</c>.
    /// </summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var input = context.InputShape();
        var attributes = new List<string>
        {
            OnnxContext.IntsOf("kernel_shape", Window.Select(w => w.Code)),
            OnnxContext.IntsOf("strides", Enumerable.Repeat(Stride.Code, Rank)),
        };
        if (Padding == Padding.Same)
        {
            var sizes = Layout.SpatialAxes(input, context.Format).Select(a => input[a]).ToList();
            attributes.Add(sizes.All(d => d.IsKnown)
                ? OnnxContext.IntsOf("pads", $"{ConstructContext.Tg}.Layers.KerasPadding.SamePads([{string.Join(", ", sizes.Select(d => d.Value))}], [{string.Join(", ", Window.Select(w => w.Code))}], {Stride.Code})")
                : OnnxContext.Text("auto_pad", "SAME_UPPER"));
        }

        if (Kind == PoolKind.Avg)
        {
            attributes.Add(OnnxContext.Int("count_include_pad", 0));
        }

        return context.Assign(OnnxContext.AddNode(Kind == PoolKind.Max ? "MaxPool" : "AveragePool", [context.Input(0, context.Storage)], [.. attributes]));
    }
}
