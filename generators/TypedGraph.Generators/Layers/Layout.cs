using System.Linq;
using TypedGraph.Generators.Analysis;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// Where a tensor keeps its channels and the window arithmetic of convolution and pooling — the one home of these rules.
/// Logical layouts are Keras's: (N, C, …) for channels-first maps, (N, …, C) for channels-last maps and for batch-first
/// sequences (N, T, C) and vectors (N, C) in either data format.
/// </summary>
internal static class Layout
{
    /// <summary>
    /// The channel axis (full-tensor index): the last for vectors, batch-first sequences and channels-last models; 1 for
    /// channels-first maps.
    /// </summary>
    public static int ChannelAxis(TensorShape shape, DataFormat format) =>
        shape.Rank == 2 || shape.Layout == TensorLayout.Sequence || format == DataFormat.ChannelsLast ? shape.Rank - 1 : 1;

    /// <summary>A map or sequence (rank ≥ 3) whose channels come last in Keras's layout.</summary>
    public static bool IsChannelsLast(TensorShape shape, DataFormat format) => shape.Rank >= 3 && ChannelAxis(shape, format) == shape.Rank - 1;

    /// <summary>The full-tensor spatial (or time) axes of a map or sequence.</summary>
    public static int[] SpatialAxes(TensorShape shape, DataFormat format) =>
        IsChannelsLast(shape, format) ? Enumerable.Range(1, shape.Rank - 2).ToArray() : Enumerable.Range(2, shape.Rank - 2).ToArray();

    /// <summary>Output positions of a sliding window: valid floor((L − d(k−1) − 1)/s) + 1; same and causal ceil(L/s).</summary>
    public static Dim WindowOutput(Dim size, int kernel, int stride, int dilation, Padding padding) =>
        padding == Padding.Valid
            ? Dim.FloorDivide(size - ((dilation * (kernel - 1)) + 1), stride) + 1
            : Dim.CeilDivide(size, stride);

    /// <summary>
    /// <see cref="WindowOutput(Dim, int, int, int, Padding)"/> for a kernel that may be a hyper-parameter:
    /// valid floor((L − d·k + d − 1)/s) + 1 with the symbol k; same and causal do not depend on the kernel.
    /// </summary>
    public static Dim WindowOutput(Dim size, Dim kernel, int stride, int dilation, Padding padding) =>
        kernel.IsKnown ? WindowOutput(size, (int)kernel.Value, stride, dilation, padding)
        : padding == Padding.Valid
            ? Dim.FloorDivide(size - (kernel * Dim.Of(dilation)) + (dilation - 1), stride) + 1
            : Dim.CeilDivide(size, stride);

    /// <summary>
    /// <see cref="WindowOutput(Dim, Dim, int, int, Padding)"/> for a stride that may be a hyper-parameter too (a pool whose
    /// stride defaults to its tunable size): valid floor((L − d(k−1) − 1)/s) + 1, same ceil(L/s). A valid window that steps
    /// by its own size (k = s, d = 1) is written floor(L/k), the same value for k ≥ 1 (floor((L − k)/k) + 1 =
    /// floor(L/k − 1) + 1), so <c>Summary()</c> and the diagnostics read <c>H/Pool</c>.
    /// </summary>
    public static Dim WindowOutput(Dim size, Dim kernel, Dim stride, int dilation, Padding padding) =>
        stride.IsKnown ? WindowOutput(size, kernel, (int)stride.Value, dilation, padding)
        : padding != Padding.Valid ? Dim.CeilDivide(size, stride)
        : kernel == stride && dilation == 1 ? Dim.FloorDivide(size, stride)
        : Dim.FloorDivide(size - (kernel * Dim.Of(dilation)) + (dilation - 1), stride) + 1;

    /// <summary>
    /// The symmetric padding a TorchSharp module can apply itself when it reproduces Keras for every input size (valid; a
    /// 1×1 window; stride 1 with an even total); null when Keras's "same" needs an explicit, possibly asymmetric pad.
    /// </summary>
    public static long? SymmetricPadding(Padding padding, int kernel, int stride, int dilation)
    {
        if (padding == Padding.Valid)
        {
            return 0;
        }

        var total = dilation * (kernel - 1);
        return padding == Padding.Same && (total == 0 || (stride == 1 && total % 2 == 0)) ? total / 2 : null;
    }
}
