using System;
using System.Globalization;
using System.Text;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// Run-time checks that generated forward code makes where shape inference could not decide at compile time
/// (dimensions that agree for some sizes only), and for declared shapes it cannot see (custom layers).
/// </summary>
public static class ShapeChecks
{
    /// <summary>Checks that the inputs of element-wise merge <paramref name="node"/> have one shape.</summary>
    public static void SameShape(string node, Tensor first, Tensor second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (!first.shape.AsSpan().SequenceEqual(second.shape))
        {
            throw new ShapeMismatchException(node, Shape.Format(first.shape), Shape.Format(second.shape),
                $"Merge '{node}' needs inputs of one shape but got {Shape.Format(first.shape)} and {Shape.Format(second.shape)}.");
        }
    }

    /// <summary>Checks that the inputs of concatenation <paramref name="node"/> agree outside <paramref name="axis"/>.</summary>
    public static void ConcatCompatible(string node, long axis, Tensor first, Tensor second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = first.shape;
        var b = second.shape;
        var compatible = a.Length == b.Length;
        for (var i = 0; compatible && i < a.Length; i++)
        {
            compatible = i == axis || a[i] == b[i];
        }

        if (!compatible)
        {
            throw new ShapeMismatchException(node, Shape.Format(a), Shape.Format(b),
                $"Concatenate '{node}' needs inputs that agree outside axis {axis} but got {Shape.Format(a)} and {Shape.Format(b)}.");
        }
    }

    /// <summary>Checks the output of a custom layer against its declared shape; returns it for chaining.</summary>
    public static Tensor Declared(string node, Tensor output, Shape expected)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(expected);
        var actual = output.shape;
        var matches = actual.Length == expected.Rank;
        for (var i = 1; matches && i < actual.Length; i++)
        {
            matches = expected.Dims[i].Size is not { } size || size == actual[i];
        }

        return matches
            ? output
            : throw new ShapeMismatchException(node, expected.ToString(), Shape.Format(actual),
                $"Custom layer '{node}' is declared to return {expected} but returned {Shape.Format(actual)}.");
    }

    /// <summary>
    /// Looks <paramref name="ids"/> up in <paramref name="embedding"/> at no extra cost when every id is valid: libtorch
    /// checks the range itself, and only when it fails does <see cref="TokenIds"/> find the offending id and throw its
    /// named <see cref="ArgumentOutOfRangeException"/> instead of libtorch's native message. Generated Embedding steps call this.
    /// </summary>
    /// <param name="embedding">The Embedding module.</param>
    /// <param name="node">The Embedding node, named in the message.</param>
    /// <param name="ids">The token ids.</param>
    /// <param name="inputDim">The number of rows of the embedding table.</param>
    /// <returns>The embedded vectors.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An id is negative or at least <paramref name="inputDim"/>.</exception>
    public static Tensor Embed(nn.Module<Tensor, Tensor> embedding, string node, Tensor ids, long inputDim)
    {
        ArgumentNullException.ThrowIfNull(embedding);
        try
        {
            return embedding.forward(ids);
        }
        catch (Exception error) when (error is System.Runtime.InteropServices.ExternalException or InvalidOperationException or ArgumentException)
        {
            TokenIds(node, ids, inputDim);
            throw;
        }
    }

    /// <summary>
    /// Checks that every token id fed to Embedding <paramref name="node"/> is a row of its table, i.e. lies in
    /// [0, <paramref name="inputDim"/>); returns <paramref name="ids"/> for chaining. libtorch would otherwise fail with a
    /// native "index out of range" error (or, on some devices, read out of bounds). The check costs one min/max
    /// reduction per call; the offending position is searched for only when it fails.
    /// </summary>
    /// <param name="node">The Embedding node, named in the message.</param>
    /// <param name="ids">The token ids (Int64 or Int32, any shape).</param>
    /// <param name="inputDim">The number of rows of the embedding table.</param>
    /// <returns><paramref name="ids"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An id is negative or at least <paramref name="inputDim"/>. <see cref="ArgumentException.ParamName"/> is
    /// <paramref name="node"/>, <see cref="ArgumentOutOfRangeException.ActualValue"/> the first offending id (in row-major
    /// order); the message gives its position, the valid range and how many ids are outside it.
    /// </exception>
    /// <exception cref="ShapeMismatchException"><paramref name="ids"/> is neither Int64 nor Int32.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="ids"/> was disposed.</exception>
    public static Tensor TokenIds(string node, Tensor ids, long inputDim)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.IsInvalid)
        {
            throw new ObjectDisposedException(node, $"The token ids fed to Embedding '{node}' are a tensor that was already disposed.");
        }

        if (ids.dtype is not (ScalarType.Int64 or ScalarType.Int32))
        {
            throw new ShapeMismatchException(node, "Int64", ids.dtype.DisplayName(),
                $"Embedding '{node}' needs token ids of dtype Int64 or Int32 (libtorch's index types) but got {ids.dtype.DisplayName()}.");
        }

        if (ids.NumberOfElements == 0)
        {
            return ids;
        }

        long smallest;
        long largest;
        var (min, max) = ids.aminmax(null, false);
        using (min)
        using (max)
        {
            smallest = ToInt64(min);
            largest = ToInt64(max);
        }

        if (smallest < 0 || largest >= inputDim)
        {
            throw TokenIdOutOfRange(node, ids, inputDim, smallest, largest);
        }

        return ids;
    }

    /// <summary>The value of a one-element integer tensor, read in its own dtype.</summary>
    internal static long ToInt64(Tensor scalar) => scalar.dtype switch
    {
        ScalarType.Int64 => scalar.item<long>(),
        ScalarType.Int32 => scalar.item<int>(),
        ScalarType.Int16 => scalar.item<short>(),
        ScalarType.Int8 => scalar.item<sbyte>(),
        ScalarType.Byte => scalar.item<byte>(),
        _ => throw new ArgumentException($"Expected an integer tensor, got {scalar.dtype.DisplayName()}.", nameof(scalar)),
    };

    /// <summary>
    /// The first element of <paramref name="values"/> (row-major) outside [0, <paramref name="limit"/>): its value,
    /// its position formatted as <c>[i, j]</c>, and how many elements are outside. For the failure path only.
    /// </summary>
    internal static (long Value, string Position, long Count) FirstOutOfRange(Tensor values, long limit)
    {
        using var scope = NewDisposeScope();
        var flat = values.flatten();
        var outside = flat.lt(0).logical_or_(flat.ge(limit));
        var count = outside.sum().item<long>();
        var index = outside.nonzero().flatten()[0].item<long>();
        var value = ToInt64(flat[index]);
        var shape = values.shape;
        var position = new long[shape.Length];
        var rest = index;
        for (var d = shape.Length - 1; d >= 0; d--)
        {
            position[d] = rest % shape[d];
            rest /= shape[d];
        }

        var text = new StringBuilder("[");
        for (var d = 0; d < position.Length; d++)
        {
            text.Append(d > 0 ? ", " : string.Empty).Append(position[d].ToString(CultureInfo.InvariantCulture));
        }

        return (value, text.Append(']').ToString(), count);
    }

    private static ArgumentOutOfRangeException TokenIdOutOfRange(string node, Tensor ids, long inputDim, long smallest, long largest)
    {
        var (value, position, count) = FirstOutOfRange(ids, inputDim);
        var total = ids.NumberOfElements;
        return new ArgumentOutOfRangeException(
            node,
            value,
            string.Create(CultureInfo.InvariantCulture,
                $"Embedding '{node}' has {inputDim} rows, so its token ids must be in [0, {inputDim}), but it got id {value} at position {position} " +
                $"of its input {Shape.Format(ids.shape)}; {count} of {total} ids are outside the range (smallest {smallest}, largest {largest})."));
    }
}
