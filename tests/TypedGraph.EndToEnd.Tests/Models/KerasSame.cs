using System;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>
/// Keras <c>padding="same"</c> written out for the hand-written references (independently of TypedGraph's helpers):
/// ceil(size / stride) outputs, the padding that needs split with the extra element after.
/// </summary>
internal static class KerasSame
{
    /// <summary>Zero-pads height and width of an (N, C, H, W) tensor for a square window.</summary>
    public static Tensor Pad(Tensor x, int kernel, int stride)
    {
        var (top, bottom) = Split(x.shape[2], kernel, stride);
        var (left, right) = Split(x.shape[3], kernel, stride);
        return nn.functional.pad(x, [left, right, top, bottom]);
    }

    /// <summary>Average pooling with Keras "same" padding: padded positions are not counted in the mean.</summary>
    public static Tensor AvgPool(Tensor x, int pool, int stride)
    {
        var sums = nn.functional.avg_pool2d(Pad(x, pool, stride), pool, stride) * (pool * pool);
        var counts = nn.functional.avg_pool2d(Pad(ones_like(x.narrow(1, 0, 1)), pool, stride), pool, stride) * (pool * pool);
        return sums / counts;
    }

    private static (long Before, long After) Split(long size, int kernel, int stride)
    {
        var output = (size + stride - 1) / stride;
        var total = Math.Max(((output - 1) * stride) + kernel - size, 0);
        return (total / 2, total - (total / 2));
    }
}
