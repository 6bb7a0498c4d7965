using System;
using static TorchSharp.torch;

namespace TypedGraph.Tests;

/// <summary>
/// The difference two float32 implementations of one computation are compared by: <c>|actual − reference| /
/// max(1, |reference|)</c>, absolute for values up to 1 and relative beyond. float32 keeps about 7 significant digits,
/// so two correct implementations that round in a different order (another kernel, another summation order) differ by
/// a few units in the last place OF THE VALUE: on an unbounded output (a product of merges, a Selu, a linear head, a
/// loss of 15) an absolute bound either fails on correct code or has to be so loose that it hides defects near zero.
/// </summary>
internal static class ScaledDifference
{
    /// <summary>The scaled difference of one value.</summary>
    public static double Of(double reference, double actual) => Math.Abs(actual - reference) / Math.Max(1, Math.Abs(reference));

    /// <summary>The largest scaled difference over every element (computed in float64; the shapes must be equal).</summary>
    public static double Max(Tensor reference, Tensor actual)
    {
        using var scope = NewDisposeScope();
        var expected = reference.to_type(ScalarType.Float64);
        return ((actual.to_type(ScalarType.Float64) - expected).abs() / expected.abs().clamp_min(1)).max().item<double>();
    }
}
