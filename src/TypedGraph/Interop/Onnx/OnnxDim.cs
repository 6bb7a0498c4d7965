using System;
using System.Globalization;

namespace TypedGraph.Interop.Onnx;

/// <summary>
/// One dimension of an ONNX graph input or output: a fixed size (<c>dim_value</c>) or a named symbolic size
/// (<c>dim_param</c>, e.g. the batch <c>N</c> or a sequence length <c>T</c>). Converts implicitly from <see cref="long"/>
/// and <see cref="string"/>, so a shape reads <c>["N", 3, 224, 224]</c>.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public readonly record struct OnnxDim
{
    private OnnxDim(long size, string? symbol)
    {
        Size = size;
        Symbol = symbol;
    }

    /// <summary>The fixed size; meaningful when <see cref="Symbol"/> is null.</summary>
    public long Size { get; }

    /// <summary>The symbolic name, or null for a fixed size.</summary>
    public string? Symbol { get; }

    /// <summary>A fixed size.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is negative.</exception>
    public static OnnxDim Fixed(long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        return new OnnxDim(size, null);
    }

    /// <summary>A named symbolic size; equal names denote equal sizes.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static OnnxDim Symbolic(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new OnnxDim(0, name);
    }

    public static implicit operator OnnxDim(long size) => Fixed(size);

    public static implicit operator OnnxDim(string name) => Symbolic(name);

    /// <summary>The size or the symbol.</summary>
    public override string ToString() => Symbol ?? Size.ToString(CultureInfo.InvariantCulture);
}
