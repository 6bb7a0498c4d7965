using System;
using static TorchSharp.torch;

namespace TypedGraph.Layers;

/// <summary>
/// Pooling with Keras <c>padding="same"</c>: max pooling ignores padded positions (pads with −∞), average pooling
/// excludes them from each window's count, also where the padding is asymmetric.
/// </summary>
public static class KerasPooling
{
    /// <summary>1-D max pooling over the last dimension with "same" padding.</summary>
    public static Tensor MaxPool1dSame(Tensor input, long poolSize, long stride) =>
        nn.functional.max_pool1d(KerasPadding.Same1d(input, poolSize, stride, value: double.NegativeInfinity), poolSize, stride);

    /// <summary>2-D max pooling over the last two dimensions with "same" padding.</summary>
    public static Tensor MaxPool2dSame(Tensor input, long poolSize, long stride) =>
        nn.functional.max_pool2d(KerasPadding.Same2d(input, poolSize, stride, value: double.NegativeInfinity), poolSize, stride);

    /// <summary>1-D average pooling with "same" padding; padded positions do not count.</summary>
    public static Tensor AvgPool1dSame(Tensor input, long poolSize, long stride)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var scope = NewDisposeScope();
        var sums = nn.functional.avg_pool1d(KerasPadding.Same1d(input, poolSize, stride), poolSize, stride);
        var counts = nn.functional.avg_pool1d(KerasPadding.Same1d(ones_like(input.narrow(1, 0, 1)), poolSize, stride), poolSize, stride);
        return sums.div(counts).MoveToOuterDisposeScope();
    }

    /// <summary>2-D average pooling with "same" padding; padded positions do not count.</summary>
    public static Tensor AvgPool2dSame(Tensor input, long poolSize, long stride)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var scope = NewDisposeScope();
        var sums = nn.functional.avg_pool2d(KerasPadding.Same2d(input, poolSize, stride), poolSize, stride);
        var counts = nn.functional.avg_pool2d(KerasPadding.Same2d(ones_like(input.narrow(1, 0, 1)), poolSize, stride), poolSize, stride);
        return sums.div(counts).MoveToOuterDisposeScope();
    }

    /// <summary>Max pooling of (N, C, H, W) over a [rows, cols] window with Keras's "same" padding (−∞ padding).</summary>
    /// <param name="input">A channels-first map.</param>
    /// <param name="window">Window rows and columns.</param>
    /// <param name="stride">Stride on both axes.</param>
    public static Tensor MaxPool2dSame(Tensor input, (long Rows, long Cols) window, long stride) =>
        nn.functional.max_pool2d(KerasPadding.Same2d(input, window, stride, value: double.NegativeInfinity), window, (stride, stride));

    /// <summary>Average pooling of (N, C, H, W) over a [rows, cols] window with Keras's "same" padding, averaging real elements only.</summary>
    /// <param name="input">A channels-first map.</param>
    /// <param name="window">Window rows and columns.</param>
    /// <param name="stride">Stride on both axes.</param>
    public static Tensor AvgPool2dSame(Tensor input, (long Rows, long Cols) window, long stride)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var scope = NewDisposeScope();
        var sums = nn.functional.avg_pool2d(KerasPadding.Same2d(input, window, stride), window, (stride, stride));
        var counts = nn.functional.avg_pool2d(KerasPadding.Same2d(ones_like(input.narrow(1, 0, 1)), window, stride), window, (stride, stride));
        return sums.div(counts).MoveToOuterDisposeScope();
    }
}
