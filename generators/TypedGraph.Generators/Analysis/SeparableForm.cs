using System.Collections.Generic;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// A dimension as a constant plus a sum of one-variable <see cref="QuasiLinear"/> parts. A variable is a symbol, or an
/// "atom": a sub-expression outside the exact fragment (a product of two symbolic dims; the dividend of a division when
/// it is a sum of several variables or its period would exceed <see cref="QuasiLinear.MaxPeriod"/>; a division by a
/// non-positive number or by a symbolic divisor, which <see cref="DimComparer"/> splits over first when it can), treated as an independent unknown. Treating an atom as independent only enlarges the set of cases, so a relation proven over it
/// also holds for the real expression.
/// </summary>
internal sealed class SeparableForm
{
    private SeparableForm(long constant, Dictionary<Dim, QuasiLinear> parts)
    {
        Constant = constant;
        Parts = parts;
    }

    /// <summary>The constant term.</summary>
    public long Constant { get; }

    /// <summary>The part of each variable (a <see cref="DimKind.Symbol"/> dim or an atom sub-expression).</summary>
    public Dictionary<Dim, QuasiLinear> Parts { get; }

    /// <summary>The form of <paramref name="dim"/>. Throws <see cref="System.OverflowException"/> on overflow.</summary>
    public static SeparableForm Of(Dim dim)
    {
        switch (dim.Kind)
        {
            case DimKind.Constant:
                return new SeparableForm(dim.Value, []);
            case DimKind.Symbol:
                return Atom(dim);
            case DimKind.Add:
                return Sum(Of(dim.Left!), Of(dim.Right!)) ?? Atom(dim);
            case DimKind.Multiply when dim.Right!.IsKnown:
                return Of(dim.Left!).Scale(dim.Right.Value);
            case DimKind.Multiply when dim.Left!.IsKnown:
                return Of(dim.Right!).Scale(dim.Left.Value);
            case DimKind.FloorDivide or DimKind.CeilDivide when dim.Right!.IsKnown && dim.Right.Value > 0:
                var inner = Of(dim.Left!);
                if (inner.Parts.Count == 0)
                {
                    return new SeparableForm(dim.Evaluate(_ => 0), []);
                }

                if (inner.Parts.Count == 1)
                {
                    foreach (var part in inner.Parts)
                    {
                        var shifted = QuasiLinear.Combine(part.Value, QuasiLinear.Constant(inner.Constant), 1);
                        var divided = shifted?.Divide(dim.Right.Value, dim.Kind == DimKind.CeilDivide);
                        if (divided is not null)
                        {
                            return new SeparableForm(0, new Dictionary<Dim, QuasiLinear> { [part.Key] = divided });
                        }
                    }
                }

                if (inner.Constant % dim.Right.Value == 0 && Exactly(inner, dim.Right.Value) is { } exact)
                {
                    return exact; // every value of every part a multiple of the divisor: (H+W)*2/2 = H+W
                }

                // Beyond the exact fragment or the period limit: the dividend as one unknown, divided exactly (an
                // operand shared with the other side then still cancels).
                var divided2 = QuasiLinear.Identity.Divide(dim.Right.Value, dim.Kind == DimKind.CeilDivide);
                return divided2 is null ? Atom(dim) : new SeparableForm(0, new Dictionary<Dim, QuasiLinear> { [dim.Left!] = divided2 });
            default:
                return Atom(dim);
        }
    }

    private static SeparableForm? Exactly(SeparableForm form, long divisor)
    {
        var parts = new Dictionary<Dim, QuasiLinear>();
        foreach (var part in form.Parts)
        {
            if (part.Value.DivideExactly(divisor) is not { } divided)
            {
                return null;
            }

            parts[part.Key] = divided;
        }

        return new SeparableForm(form.Constant / divisor, parts);
    }

    private static SeparableForm Atom(Dim dim) => new(0, new Dictionary<Dim, QuasiLinear> { [dim] = QuasiLinear.Identity });

    private static SeparableForm? Sum(SeparableForm a, SeparableForm b)
    {
        var parts = new Dictionary<Dim, QuasiLinear>(a.Parts);
        foreach (var part in b.Parts)
        {
            if (parts.TryGetValue(part.Key, out var existing))
            {
                var sum = QuasiLinear.Combine(existing, part.Value, 1);
                if (sum is null)
                {
                    return null; // the sum would need too long a period: the caller makes the whole sum an atom
                }

                if (sum.IsZero)
                {
                    parts.Remove(part.Key); // the variable cancels ((H-K)+K): a division of the sum is then exact in H
                }
                else
                {
                    parts[part.Key] = sum;
                }
            }
            else
            {
                parts[part.Key] = part.Value;
            }
        }

        return new SeparableForm(checked(a.Constant + b.Constant), parts);
    }

    private SeparableForm Scale(long factor)
    {
        var parts = new Dictionary<Dim, QuasiLinear>();
        foreach (var part in Parts)
        {
            parts[part.Key] = part.Value.Scale(factor);
        }

        return new SeparableForm(checked(Constant * factor), parts);
    }
}
