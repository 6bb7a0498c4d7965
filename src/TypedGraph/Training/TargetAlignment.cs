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
