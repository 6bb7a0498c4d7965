using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace TypedGraph;

/// <summary>An immutable tensor shape whose dimensions may be symbolic. The batch dimension, when present, comes first.</summary>
public sealed class Shape : IEquatable<Shape>
{
    private readonly Dim[] _dims;
    private string? _text;

    /// <summary>Creates a shape from its dimensions, batch dimension included.</summary>
    /// <param name="dims">The dimensions, outermost first.</param>
    public Shape(params Dim[] dims)
    {
        ArgumentNullException.ThrowIfNull(dims);
        _dims = (Dim[])dims.Clone();
        Dims = new ReadOnlyCollection<Dim>(_dims);
    }

    /// <summary>The dimensions, outermost first.</summary>
    public IReadOnlyList<Dim> Dims { get; }

    /// <summary>Number of dimensions, batch dimension included.</summary>
    public int Rank => _dims.Length;

    /// <summary>Allocation-free access for hot paths.</summary>
    internal ReadOnlySpan<Dim> Span => _dims;

    /// <summary>Formats actual tensor sizes the way shapes are shown: <c>(5, 63)</c>.</summary>
    /// <param name="actual">The sizes, e.g. a tensor's <c>shape</c>.</param>
    public static string Format(long[] actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var builder = new StringBuilder("(");
        for (var i = 0; i < actual.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(actual[i].ToString(CultureInfo.InvariantCulture));
        }

        return builder.Append(')').ToString();
    }

    /// <summary>The shape as shown in summaries and messages: <c>(N, 64)</c>, <c>(N, T, 32)</c>.</summary>
    public override string ToString() => _text ??= "(" + string.Join(", ", _dims) + ")";

    /// <inheritdoc/>
    public bool Equals(Shape? other) =>
        other is not null && (ReferenceEquals(this, other) || _dims.AsSpan().SequenceEqual(other._dims));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Shape);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var dim in _dims)
        {
            hash.Add(dim);
        }

        return hash.ToHashCode();
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(Shape? left, Shape? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Shape? left, Shape? right) => !(left == right);
}
