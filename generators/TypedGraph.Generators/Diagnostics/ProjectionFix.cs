namespace TypedGraph.Generators.Diagnostics;

/// <summary>
/// Fix planning data of a TG0005 residual merge (produced by the merge's shape rule, applied by the code fix): the
/// shortcut becomes the main path's shape through <c>[Conv2d(Filters, 1, Stride = Stride, Padding = Same)]</c>.
/// </summary>
/// <param name="Shortcut">The merge input to project (the larger map).</param>
/// <param name="Stride">The stride s with ceil(size / s) equal to the main path's size on both spatial axes.</param>
/// <param name="Filters">The main path's channels.</param>
internal sealed record ProjectionFix(string Shortcut, int Stride, long Filters)
{
    /// <summary>The largest stride the fix considers.</summary>
    public const int MaxStride = 16;

    /// <summary>
    /// The projection of one input of a two-input merge onto the other's shape (the first input tried first), when
    /// both are image tensors with known sizes and one exists; else null.
    /// </summary>
    public static ProjectionFix? Plan(Analysis.InferenceInput a, Analysis.InferenceInput b, DataFormat format) =>
        Plan(a.Name, a.Shape, b.Shape, format) ?? Plan(b.Name, b.Shape, a.Shape, format);

    private static ProjectionFix? Plan(string shortcut, Analysis.TensorShape shortcutShape, Analysis.TensorShape mainShape, DataFormat format)
    {
        if (Image(shortcutShape, format) is not { } from || Image(mainShape, format) is not { } to)
        {
            return null;
        }

        for (var stride = 1; stride <= MaxStride; stride++)
        {
            if (CeilDiv(from.Height, stride) == to.Height && CeilDiv(from.Width, stride) == to.Width)
            {
                return new ProjectionFix(shortcut, stride, to.Channels);
            }
        }

        return null;
    }

    private static (long Channels, long Height, long Width)? Image(Analysis.TensorShape shape, DataFormat format)
    {
        if (shape.Rank != 4 || !System.Linq.Enumerable.All(shape.SampleDims, d => d.IsKnown))
        {
            return null;
        }

        var spatial = Layers.Layout.SpatialAxes(shape, format);
        return (shape[Layers.Layout.ChannelAxis(shape, format)].Value, shape[spatial[0]].Value, shape[spatial[1]].Value);
    }

    private static long CeilDiv(long value, long divisor) => (value + divisor - 1) / divisor;
}
