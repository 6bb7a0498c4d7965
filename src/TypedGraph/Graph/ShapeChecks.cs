using System;
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
}
