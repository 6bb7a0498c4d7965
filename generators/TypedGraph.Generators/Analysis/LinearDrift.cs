namespace TypedGraph.Generators.Analysis;

/// <summary>
/// A one-symbol dimension as a line plus a bounded error: Denominator·f(x) = Slope·x + e(x) with
/// <see cref="ErrorLow"/> ≤ e(x) ≤ <see cref="ErrorHigh"/> for every integer x. Exact for constants, the symbol, sums,
/// products by constants and floor/ceiling division by positive constants (floor(f/d) lies in [f/d − (d−1)/d, f/d]),
/// whatever the period. <see cref="DimComparer"/> uses it where the period is too long for
/// <see cref="QuasiLinear"/>: two sides whose lines differ can only meet inside a bounded window of x.
/// Arithmetic is checked (<see cref="System.OverflowException"/> on overflow).
/// </summary>
internal sealed class LinearDrift
{
    private LinearDrift(long denominator, long slope, long errorLow, long errorHigh)
    {
        Denominator = denominator;
        Slope = slope;
        ErrorLow = errorLow;
        ErrorHigh = errorHigh;
    }

    /// <summary>The positive common denominator.</summary>
    public long Denominator { get; }

    /// <summary>The slope of the line, over <see cref="Denominator"/>.</summary>
    public long Slope { get; }

    /// <summary>The least error, over <see cref="Denominator"/>.</summary>
    public long ErrorLow { get; }

    /// <summary>The greatest error, over <see cref="Denominator"/>.</summary>
    public long ErrorHigh { get; }

    /// <summary>The drift of <paramref name="dim"/> in its only symbol, or <see langword="null"/> outside the fragment.</summary>
    public static LinearDrift? Of(Dim dim)
    {
        switch (dim.Kind)
        {
            case DimKind.Constant:
                return new LinearDrift(1, 0, dim.Value, dim.Value);
            case DimKind.Symbol:
                return new LinearDrift(1, 1, 0, 0);
            case DimKind.Add:
                var left = Of(dim.Left!);
                var right = Of(dim.Right!);
                return left is null || right is null ? null : Combine(left, right, 1);
            case DimKind.Multiply when dim.Right!.IsKnown || dim.Left!.IsKnown:
                var factor = dim.Right.IsKnown ? dim.Right.Value : dim.Left!.Value;
                var operand = Of(dim.Right.IsKnown ? dim.Left! : dim.Right);
                return operand is null ? null
                    : factor >= 0 ? new LinearDrift(operand.Denominator, checked(operand.Slope * factor), checked(operand.ErrorLow * factor), checked(operand.ErrorHigh * factor))
                    : new LinearDrift(operand.Denominator, checked(operand.Slope * factor), checked(operand.ErrorHigh * factor), checked(operand.ErrorLow * factor));
            case DimKind.FloorDivide or DimKind.CeilDivide when dim.Right!.IsKnown && dim.Right.Value > 0:
                var inner = Of(dim.Left!);
                if (inner is null)
                {
                    return null;
                }

                var d = dim.Right.Value;
                var slack = checked(inner.Denominator * (d - 1));
                return dim.Kind == DimKind.FloorDivide
                    ? new LinearDrift(checked(inner.Denominator * d), inner.Slope, checked(inner.ErrorLow - slack), inner.ErrorHigh)
                    : new LinearDrift(checked(inner.Denominator * d), inner.Slope, inner.ErrorLow, checked(inner.ErrorHigh + slack));
            default:
                return null;
        }
    }

    /// <summary><paramref name="a"/> + <paramref name="sign"/>·<paramref name="b"/> (sign ±1).</summary>
    public static LinearDrift Combine(LinearDrift a, LinearDrift b, long sign)
    {
        var denominator = Arith.Lcm(a.Denominator, b.Denominator);
        long ka = denominator / a.Denominator, kb = denominator / b.Denominator;
        var (bLow, bHigh) = sign > 0 ? (b.ErrorLow, b.ErrorHigh) : (checked(-b.ErrorHigh), checked(-b.ErrorLow));
        return new LinearDrift(
            denominator,
            checked((a.Slope * ka) + (sign * b.Slope * kb)),
            checked((a.ErrorLow * ka) + (bLow * kb)),
            checked((a.ErrorHigh * ka) + (bHigh * kb)));
    }
}
