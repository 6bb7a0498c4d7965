using System;
using System.Collections.Generic;
using System.Globalization;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// The entry check of a generated <c>forward</c>: compares the input tensors with the model's <see cref="InputSpec"/>s.
/// It runs on every forward call and allocates nothing when the inputs are valid: the generated call passes its tensors
/// as a collection expression, which the compiler places on the stack for a span parameter.
/// </summary>
public static class InputValidator
{
    /// <summary>
    /// <see cref="Validate(IReadOnlyList{InputSpec}, ReadOnlySpan{Tensor})"/>, after replacing, in place, an Int32 tensor
    /// given for an Int64 input (token ids, the book's dtype) by its Int64 cast — once, at the entry, reading each dtype
    /// once. The cast belongs to the current dispose scope. Generated models call this for models with Int64 inputs.
    /// </summary>
    /// <param name="specs">The model's inputs.</param>
    /// <param name="tensors">The given tensors, in declaration order; widened entries are replaced.</param>
    public static void Validate(IReadOnlyList<InputSpec> specs, Span<Tensor> tensors)
    {
        ArgumentNullException.ThrowIfNull(specs);
        for (var i = 0; i < tensors.Length && i < specs.Count; i++)
        {
            // A disposed tensor is left to the check below, which names it without touching native memory.
            if (specs[i].DType == DType.Int64 && tensors[i] is { IsInvalid: false, dtype: ScalarType.Int32 } tokens)
            {
                tensors[i] = tokens.to_type(ScalarType.Int64);
            }
        }

        Validate(specs, (ReadOnlySpan<Tensor>)tensors);
    }

    /// <summary>
    /// Checks each input's dtype, rank and fixed dimensions (in that order, input by input), then that every named
    /// symbolic dimension has one size across all inputs, then that all inputs have the same batch size.
    /// </summary>
    /// <param name="specs">The model's inputs, in declaration order.</param>
    /// <param name="tensors">The tensors given for them, in the same order.</param>
    /// <exception cref="ArgumentNullException">A tensor is null (the parameter name is the input's name).</exception>
    /// <exception cref="ObjectDisposedException">A tensor was disposed before the call (the object name is the input's name).</exception>
    /// <exception cref="ArgumentException">The number of tensors differs from the number of inputs.</exception>
    /// <exception cref="ShapeMismatchException">A tensor does not match its input; the message names the input, the expected and the actual shape.</exception>
    public static void Validate(IReadOnlyList<InputSpec> specs, ReadOnlySpan<Tensor> tensors)
    {
        ArgumentNullException.ThrowIfNull(specs);
        if (tensors.Length != specs.Count)
        {
            throw new ArgumentException(
                $"The model has {specs.Count} input(s) but {tensors.Length} tensor(s) were given.", nameof(tensors));
        }

        for (var i = 0; i < specs.Count; i++)
        {
            CheckTypeRankAndFixedDims(specs[i], tensors[i]);
        }

        for (var i = 0; i < specs.Count; i++)
        {
            CheckSymbols(specs, tensors, i);
        }

        CheckBatchSizes(specs, tensors);
    }

    private static void CheckTypeRankAndFixedDims(InputSpec spec, Tensor? tensor)
    {
        if (tensor is null)
        {
            throw new ArgumentNullException(spec.Name, $"Input '{spec.Name}' is null.");
        }

        // Reads the managed handle only: a disposed tensor has none, and any native call on it would fail obscurely.
        if (tensor.IsInvalid)
        {
            throw Disposed(spec.Name);
        }

        var expectedType = spec.DType.ToScalarType();
        if (tensor.dtype != expectedType)
        {
            var actualType = tensor.dtype.DisplayName();
            throw new ShapeMismatchException(
                spec.Name,
                expectedType.DisplayName(),
                actualType,
                $"Input '{spec.Name}' expects dtype {expectedType.DisplayName()} but got {actualType}.");
        }

        var dims = spec.Shape.Span;
        if (tensor.Dimensions != dims.Length)
        {
            throw Mismatch(spec, tensor, $"rank is {tensor.Dimensions}, expected {dims.Length}.");
        }

        for (var d = 0; d < dims.Length; d++)
        {
            if (dims[d].Kind == DimKind.Fixed && tensor.size(d) != dims[d].Size)
            {
                throw Mismatch(spec, tensor, $"dimension {d} is {tensor.size(d)}, expected {dims[d].Text}.");
            }

            if (dims[d].Kind == DimKind.Symbol && tensor.size(d) < dims[d].Minimum)
            {
                throw Mismatch(spec, tensor, $"dimension {d} ({dims[d].Text}) is {tensor.size(d)}, but the model needs {dims[d].Text} ≥ {dims[d].Minimum}: shorter inputs leave no positions after its convolutions and pooling.");
            }

            if (dims[d].Kind == DimKind.Symbol && tensor.size(d) == 0)
            {
                throw Mismatch(spec, tensor, $"dimension {d} ({dims[d].Text}) is 0, but {dims[d].Text} must be at least 1: an empty sequence has nothing to embed, recur over or pool.");
            }
        }
    }

    private static void CheckSymbols(IReadOnlyList<InputSpec> specs, ReadOnlySpan<Tensor> tensors, int input)
    {
        var dims = specs[input].Shape.Span;
        for (var d = 0; d < dims.Length; d++)
        {
            if (dims[d].Kind != DimKind.Symbol)
            {
                continue;
            }

            // Every earlier occurrence already agrees with the first one, so comparing with the first is enough.
            if (TryFindFirstOccurrence(specs, dims[d].Text, input, d, out var firstInput, out var firstDim))
            {
                var bound = tensors[firstInput].size(firstDim);
                var actual = tensors[input].size(d);
                if (bound != actual)
                {
                    throw SymbolMismatch(specs, tensors, dims[d].Text, firstInput, bound, input, actual);
                }
            }
        }
    }

    private static bool TryFindFirstOccurrence(
        IReadOnlyList<InputSpec> specs, string symbol, int beforeInput, int beforeDim, out int input, out int dim)
    {
        for (input = 0; input <= beforeInput; input++)
        {
            var dims = specs[input].Shape.Span;
            var end = input == beforeInput ? beforeDim : dims.Length;
            for (dim = 0; dim < end; dim++)
            {
                if (dims[dim].Kind == DimKind.Symbol && string.Equals(dims[dim].Text, symbol, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        input = -1;
        dim = -1;
        return false;
    }

    private static void CheckBatchSizes(IReadOnlyList<InputSpec> specs, ReadOnlySpan<Tensor> tensors)
    {
        var owner = -1;
        long batch = 0;
        for (var i = 0; i < specs.Count; i++)
        {
            var dims = specs[i].Shape.Span;
            if (dims.Length == 0 || !dims[0].IsBatch)
            {
                continue;
            }

            var size = tensors[i].size(0);
            if (owner < 0)
            {
                owner = i;
                batch = size;
            }
            else if (size != batch)
            {
                var expected = batch.ToString(CultureInfo.InvariantCulture);
                var actual = size.ToString(CultureInfo.InvariantCulture);
                throw new ShapeMismatchException(
                    specs[i].Name,
                    expected,
                    actual,
                    $"Input '{specs[i].Name}' has batch size {actual} but input '{specs[owner].Name}' has batch size {expected}; " +
                    "all inputs must have the same batch size.");
            }
        }
    }

    private static ShapeMismatchException SymbolMismatch(
        IReadOnlyList<InputSpec> specs, ReadOnlySpan<Tensor> tensors, string symbol, int firstInput, long bound, int input, long actual)
    {
        var where = firstInput == input
            ? $"'{symbol}' is {bound} and {actual} within input '{specs[input].Name}'."
            : $"'{symbol}' is {bound} in input '{specs[firstInput].Name}' but {actual} in input '{specs[input].Name}'.";
        return Mismatch(specs[input], tensors[input], where);
    }

    /// <summary>The exception for an input tensor that was disposed before the call.</summary>
    /// <param name="name">The input's name.</param>
    internal static ObjectDisposedException Disposed(string name) =>
        new(name, $"Input '{name}' is a tensor that was already disposed (by Dispose, or by the end of the dispose scope that created it); create it again or move it out of that scope.");

    private static ShapeMismatchException Mismatch(InputSpec spec, Tensor tensor, string detail)
    {
        var expected = spec.Shape.ToString();
        var actual = Shape.Format(tensor.shape);
        return new ShapeMismatchException(
            spec.Name, expected, actual, $"Input '{spec.Name}' expects shape {expected} but got {actual}: {detail}");
    }
}
