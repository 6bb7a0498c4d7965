using System;
using System.Globalization;

namespace TypedGraph;

// "Dim" is pinned public contract (a VB keyword, irrelevant to C# users of a source generator).
#pragma warning disable CA1716 // Identifiers should not match keywords

/// <summary>One dimension of a <see cref="Shape"/>: the batch dimension, a fixed size, a named symbol or a derived expression.</summary>
public readonly record struct Dim
{
    private readonly string? _text;

    private Dim(DimKind kind, long? size, string text, long minimum = 0)
    {
        Kind = kind;
        Size = size;
        _text = text;
        Minimum = minimum;
    }

    /// <summary>The batch dimension, shown as <c>N</c>.</summary>
    public static Dim Batch { get; } = new(DimKind.Batch, null, "N");

    /// <summary>What this dimension stands for.</summary>
    public DimKind Kind { get; }

    /// <summary>The size when it is known at compile time; <see langword="null"/> for batch, symbolic and expression dimensions.</summary>
    public long? Size { get; }

    /// <summary>Display text: <c>"64"</c>, <c>"N"</c>, <c>"T"</c>, <c>"(T-4)/5"</c>.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>
    /// For a symbol, the smallest size the model accepts (its convolutions and pooling would leave no positions for
    /// less); the entry check rejects smaller inputs. 0 when there is no bound beyond the tensor's own.
    /// </summary>
    public long Minimum { get; }

    /// <summary>Whether this is the batch dimension.</summary>
    public bool IsBatch => Kind == DimKind.Batch;

    /// <summary>A dimension of known size.</summary>
    /// <param name="size">The size, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is negative.</exception>
    public static Dim Fixed(long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        return new Dim(DimKind.Fixed, size, size.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A named symbolic dimension; every dimension with the same name must have the same size at run time.</summary>
    /// <param name="name">The symbol, e.g. <c>"T"</c>.</param>
    /// <param name="minimum">The smallest size the model accepts (see <see cref="Minimum"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public static Dim Symbol(string name, long minimum = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        return new Dim(DimKind.Symbol, null, name, minimum);
    }

    /// <summary>A dimension derived from symbolic dimensions, e.g. <c>"(T-4)/5"</c>. It is shown but not checked at run time.</summary>
    /// <param name="text">The expression text.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null, empty or white space.</exception>
    public static Dim Expression(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new Dim(DimKind.Expression, null, text);
    }

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
