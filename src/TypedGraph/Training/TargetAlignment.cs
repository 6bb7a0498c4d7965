using System;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>Brings a target to the shape and dtype of the output it is compared with, or explains why it cannot.</summary>
internal static class TargetAlignment
{
    /// <summary>
    /// For element-wise losses and metrics: a target of shape <c>(N)</c> for an output <c>(N, 1)</c> gains the trailing
    /// dimension (Keras does the same); the dtype becomes the output's. Any other shape difference is an error rather
    /// than a silent broadcast.
    /// </summary>
    public static Tensor Dense(Tensor output, Tensor target, string outputName)
    {
        if (target.Dimensions == output.Dimensions - 1 && output.size(-1) == 1)
        {
            target = target.unsqueeze(-1);
        }

        if (!SameShape(output, target))
        {
            throw Mismatch(outputName, output, target, "the shape of the output");
        }

        return target.dtype == output.dtype ? target : target.to_type(output.dtype);
    }

    /// <summary>
    /// For sparse categorical losses and metrics: integer class indices shaped like the output without its last
    /// dimension (a trailing dimension of 1 is dropped), as int64.
    /// </summary>
    public static Tensor ClassIndices(Tensor output, Tensor target, string outputName)
    {
        if (!torch.is_integral(target.dtype))
        {
            throw new ShapeMismatchException(
                outputName,
                nameof(DType.Int64),
                target.dtype.DisplayName(),
                $"Target '{outputName}' of a sparse categorical loss must hold integer class indices (Int64) but has dtype {target.dtype.DisplayName()}.");
        }

        if (target.Dimensions == output.Dimensions && target.size(-1) == 1)
        {
            target = target.squeeze(-1);
        }

        var matches = target.Dimensions == output.Dimensions - 1;
        for (var d = 0; matches && d < target.Dimensions; d++)
        {
            matches = target.size(d) == output.size(d);
        }

        if (!matches)
        {
            throw Mismatch(outputName, output, target, "the shape of the output without its class dimension");
        }

        return target.dtype == ScalarType.Int64 ? target : target.to_type(ScalarType.Int64);
    }

    /// <summary>
    /// For categorical cross-entropy: one-hot (or soft) class vectors as wide as the output's class dimension. A target
    /// of another width, or class indices where one-hot vectors are expected, fail naming the output and both widths.
    /// </summary>
    public static Tensor OneHot(Tensor output, Tensor target, string outputName)
    {
        var classes = output.size(-1);
        if (target.Dimensions == output.Dimensions && target.size(-1) != classes)
        {
            var width = target.size(-1);
            throw new ShapeMismatchException(
                outputName,
                Shape.Format(output.shape),
                Shape.Format(target.shape),
                $"Target '{outputName}' has {width} one-hot columns but output '{outputName}' has {classes} classes: categorical cross-entropy " +
                $"needs targets of shape {Shape.Format(output.shape)}, one column per class.");
        }

        if (target.Dimensions == output.Dimensions - 1 && classes != 1)
        {
            throw new ShapeMismatchException(
                outputName,
                Shape.Format(output.shape),
                Shape.Format(target.shape),
                $"Target '{outputName}' has shape {Shape.Format(target.shape)}, one value per sample, but categorical cross-entropy needs one-hot " +
                $"targets of shape {Shape.Format(output.shape)}; for class indices declare Loss.SparseCategoricalCrossentropy.");
        }

        return Dense(output, target, outputName);
    }

    /// <summary>
    /// For sparse categorical losses: <see cref="ClassIndices"/>, then a check that every index names one of the output's
    /// classes. The check is one min/max reduction; the first offending index is searched for only when it fails.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An index is negative or not below the number of classes; <see cref="ArgumentException.ParamName"/> is the output's name.
    /// </exception>
    public static Tensor ClassIndicesInRange(Tensor output, Tensor target, string outputName)
    {
        var indices = ClassIndices(output, target, outputName);
        if (indices.NumberOfElements == 0)
        {
            return indices;
        }

        var classes = output.size(-1);
        long smallest;
        long largest;
        var (min, max) = indices.aminmax(null, false);
        using (min)
        using (max)
        {
            smallest = min.item<long>();
            largest = max.item<long>();
        }

        if (smallest >= 0 && largest < classes)
        {
            return indices;
        }

        var (value, position, count) = ShapeChecks.FirstOutOfRange(indices, classes);
        throw new ArgumentOutOfRangeException(
            outputName,
            value,
            $"Target '{outputName}' holds class index {value} at position {position} of its batch {Shape.Format(indices.shape)}, but output " +
            $"'{outputName}' has {classes} classes, so sparse labels must be in [0, {classes}); {count} of {indices.NumberOfElements} labels " +
            $"in this batch are outside the range (smallest {smallest}, largest {largest}).");
    }

    private static bool SameShape(Tensor a, Tensor b)
    {
        if (a.Dimensions != b.Dimensions)
        {
            return false;
        }

        for (var d = 0; d < a.Dimensions; d++)
        {
            if (a.size(d) != b.size(d))
            {
                return false;
            }
        }

        return true;
    }

    private static ShapeMismatchException Mismatch(string outputName, Tensor output, Tensor target, string rule)
    {
        var expected = Shape.Format(output.shape);
        var actual = Shape.Format(target.shape);
        return new ShapeMismatchException(
            outputName,
            expected,
            actual,
            $"Target '{outputName}' has shape {actual} but must have {rule}; the output has shape {expected}.");
    }
}
