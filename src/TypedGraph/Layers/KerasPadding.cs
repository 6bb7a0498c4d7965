using System;
using static TorchSharp.torch;

namespace TypedGraph.Layers;

/// <summary>
/// Keras/TensorFlow <c>padding="same"</c> for any stride: the output has ceil(size / stride) positions and the padding
/// that needs is split with the extra element after (bottom/right). TorchSharp's own <c>same</c> refuses stride &gt; 1,
/// so generated code pads explicitly through these helpers when the split is asymmetric or depends on the input size.
/// </summary>
public static class KerasPadding
{
    /// <summary>The (before, after) padding of one dimension of <paramref name="size"/> elements.</summary>
    public static (long Before, long After) Same(long size, long kernel, long stride, long dilation = 1)
    {
        var output = (size + stride - 1) / stride;
        var total = Math.Max((output - 1) * stride + ((kernel - 1) * dilation) + 1 - size, 0);
        return (total / 2, total - (total / 2));
    }

    /// <summary>
    /// The ONNX <c>pads</c> of a "same" window over spatial axes of the given sizes: every axis's padding before, then every
    /// axis's padding after (<c>[top, left, bottom, right]</c> for a map), as <see cref="Same"/> splits it. ONNX export
    /// uses it where the sizes are known when the graph is written.
    /// </summary>
    /// <param name="sizes">The spatial sizes.</param>
    /// <param name="kernel">The window size on each spatial axis.</param>
    /// <param name="stride">The stride on every axis.</param>
    /// <param name="dilation">The dilation on every axis.</param>
    public static long[] SamePads(long[] sizes, long[] kernel, long stride, long dilation = 1)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(kernel);
        if (sizes.Length != kernel.Length)
        {
            throw new ArgumentException($"{sizes.Length} sizes but {kernel.Length} kernel sizes.", nameof(kernel));
        }

        var pads = new long[2 * sizes.Length];
        for (var i = 0; i < sizes.Length; i++)
        {
            (pads[i], pads[sizes.Length + i]) = Same(sizes[i], kernel[i], stride, dilation);
        }

        return pads;
    }

    /// <summary>Pads the last dimension of <paramref name="input"/> for a "same" 1-D window.</summary>
    public static Tensor Same1d(Tensor input, long kernel, long stride, long dilation = 1, double value = 0)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (before, after) = Same(input.shape[^1], kernel, stride, dilation);
        return before == 0 && after == 0 ? input : nn.functional.pad(input, [before, after], value: value);
    }

    /// <summary>Pads the last two dimensions (height, width) of <paramref name="input"/> for a "same" square 2-D window.</summary>
    public static Tensor Same2d(Tensor input, long kernel, long stride, long dilation = 1, double value = 0)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (top, bottom) = Same(input.shape[^2], kernel, stride, dilation);
        var (left, right) = Same(input.shape[^1], kernel, stride, dilation);
        return top == 0 && bottom == 0 && left == 0 && right == 0
            ? input
            : nn.functional.pad(input, [left, right, top, bottom], value: value);
    }

    /// <summary>Pads the last two axes of (N, C, H, W) for Keras's "same" with a [rows, cols] kernel, the extra row and column after.</summary>
    /// <param name="input">A channels-first map.</param>
    /// <param name="kernel">Kernel rows and columns.</param>
    /// <param name="stride">Stride on both axes.</param>
    /// <param name="dilation">Dilation on both axes.</param>
    /// <param name="value">The padding value (−∞ for max pooling).</param>
    public static Tensor Same2d(Tensor input, (long Rows, long Cols) kernel, long stride, long dilation = 1, double value = 0)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (top, bottom) = Same(input.shape[^2], kernel.Rows, stride, dilation);
        var (left, right) = Same(input.shape[^1], kernel.Cols, stride, dilation);
        return top == 0 && bottom == 0 && left == 0 && right == 0
            ? input
            : nn.functional.pad(input, [left, right, top, bottom], value: value);
    }

    /// <summary>Left-pads the last dimension for a causal 1-D convolution (Keras <c>padding="causal"</c>).</summary>
    public static Tensor Causal1d(Tensor input, long kernel, long dilation = 1)
    {
        ArgumentNullException.ThrowIfNull(input);
        var left = (kernel - 1) * dilation;
        return left == 0 ? input : nn.functional.pad(input, [left, 0L]);
    }
}
