using System;
using System.Collections.Generic;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// One dimension of a shape: a known size, a named symbolic size (<c>Input("T")</c>), or an expression of them
/// (<c>T*64</c>, <c>(T-4)/5</c>, <c>ceil(T/2)</c>). Immutable with structural equality; constants are folded as the
/// expression is built so that equal arithmetic yields equal values.
/// </summary>
internal sealed record Dim
{
    private Dim(DimKind kind, long value, string? name, Dim? left, Dim? right)
    {
        Kind = kind;
        Value = value;
        Name = name;
        Left = left;
        Right = right;
    }

    public DimKind Kind { get; }

    /// <summary>The size when <see cref="Kind"/> is <see cref="DimKind.Constant"/>.</summary>
    public long Value { get; }

    /// <summary>The symbol when <see cref="Kind"/> is <see cref="DimKind.Symbol"/>.</summary>
    public string? Name { get; }

    public Dim? Left { get; }

    public Dim? Right { get; }

    /// <summary>True when the size is known at compile time.</summary>
    public bool IsKnown => Kind == DimKind.Constant;

    public static Dim Of(long value) => new(DimKind.Constant, value, null, null, null);

    public static Dim Symbol(string name) => new(DimKind.Symbol, 0, name, null, null);

    public static Dim operator +(Dim left, Dim right)
    {
        if (left.IsKnown && right.IsKnown)
        {
            return Of(left.Value + right.Value);
        }

        if (left.IsKnown && left.Value == 0)
        {
            return right;
        }

        if (right.IsKnown && right.Value == 0)
        {
            return left;
        }

        // Keep the constant on the right (T+3, T-4) and fold (T+a)+b into T+(a+b).
        if (left.IsKnown)
        {
            (left, right) = (right, left);
        }

        if (right.IsKnown && left.Kind == DimKind.Add && left.Right!.IsKnown)
        {
            return left.Left! + Of(left.Right.Value + right.Value);
        }

        return new Dim(DimKind.Add, 0, null, left, right);
    }

    public static Dim operator +(Dim left, long right) => left + Of(right);

    public static Dim operator -(Dim left, long right) => left + Of(-right);

    /// <summary>
    /// <paramref name="left"/> − <paramref name="right"/>, normalised as <see cref="op_Addition(Dim, Dim)"/> normalises a
    /// sum of <paramref name="left"/> and <paramref name="right"/>·(−1): constants fold (<c>T - 4</c> is <c>T+(-4)</c>,
    /// printed <c>T-4</c>), a subtracted product folds its factor (<c>T - K*2</c> is <c>T+K*(-2)</c>), and nothing is
    /// cancelled symbolically — <see cref="DimComparer"/> decides that <c>(H-K)+K</c> equals <c>H</c>.
    /// </summary>
    public static Dim operator -(Dim left, Dim right) => left + (right * Of(-1));

    public static Dim operator *(Dim left, Dim right)
    {
        if (left.IsKnown && right.IsKnown)
        {
            return Of(left.Value * right.Value);
        }

        if (left.IsKnown && left.Value == 1)
        {
            return right;
        }

        if (right.IsKnown && right.Value == 1)
        {
            return left;
        }

        // Canonical order: symbolic factor first, constant last (T*64).
        if (left.IsKnown)
        {
            (left, right) = (right, left);
        }

        if (right.IsKnown && left.Kind == DimKind.Multiply && left.Right!.IsKnown)
        {
            return left.Left! * Of(left.Right.Value * right.Value);
        }

        return new Dim(DimKind.Multiply, 0, null, left, right);
    }

    /// <summary>floor(left / right), as convolution and pooling output sizes need.</summary>
    public static Dim FloorDivide(Dim left, long right)
    {
        if (right == 1)
        {
            return left;
        }

        return left.IsKnown
            ? Of(FloorDiv(left.Value, right))
            : new Dim(DimKind.FloorDivide, 0, null, left, Of(right));
    }

    /// <summary>ceil(left / right), as Keras <c>padding="same"</c> output sizes need.</summary>
    public static Dim CeilDivide(Dim left, long right)
    {
        if (right == 1)
        {
            return left;
        }

        return left.IsKnown
            ? Of(-FloorDiv(-left.Value, right))
            : new Dim(DimKind.CeilDivide, 0, null, left, Of(right));
    }

    /// <summary>
    /// floor(left / right) where the divisor may be symbolic: a pool size or stride given as <c>nameof(Pool)</c> (an
    /// <c>int</c> hyper-parameter, a symbol with a finite domain). A constant divisor is the <see cref="long"/> overload.
    /// The divisor is kept as an expression rather than expanded over its values: the analyses that need a constant
    /// divisor (<see cref="DimComparer"/>) split over the divisor's finite domain themselves, and the others
    /// (<see cref="SpaceExtremes"/>, generated code) read it as it is.
    /// </summary>
    public static Dim FloorDivide(Dim left, Dim right) =>
        right.IsKnown ? FloorDivide(left, right.Value) : new Dim(DimKind.FloorDivide, 0, null, left, right);

    /// <summary>ceil(left / right) where the divisor may be symbolic (see <see cref="FloorDivide(Dim, Dim)"/>).</summary>
    public static Dim CeilDivide(Dim left, Dim right) =>
        right.IsKnown ? CeilDivide(left, right.Value) : new Dim(DimKind.CeilDivide, 0, null, left, right);

    /// <summary>Whether this is a division whose divisor is not a constant (<c>H/Pool</c>).</summary>
    public bool HasSymbolicDivisor => Kind is DimKind.FloorDivide or DimKind.CeilDivide && !Right!.IsKnown;

    /// <summary>Evaluates the expression for the given symbol sizes.</summary>
    public long Evaluate(Func<string, long> symbolValue) => Kind switch
    {
        DimKind.Constant => Value,
        DimKind.Symbol => symbolValue(Name!),
        DimKind.Add => Left!.Evaluate(symbolValue) + Right!.Evaluate(symbolValue),
        DimKind.Multiply => Left!.Evaluate(symbolValue) * Right!.Evaluate(symbolValue),
        DimKind.FloorDivide => FloorDiv(Left!.Evaluate(symbolValue), Right!.Evaluate(symbolValue)),
        _ => -FloorDiv(-Left!.Evaluate(symbolValue), Right!.Evaluate(symbolValue)),
    };

    /// <summary>Replaces symbols by the dimensions <paramref name="binding"/> gives (submodel inputs bound to actual shapes).</summary>
    public Dim Substitute(IReadOnlyDictionary<string, Dim> binding) => Kind switch
    {
        DimKind.Constant => this,
        DimKind.Symbol => binding.TryGetValue(Name!, out var bound) ? bound : this,
        DimKind.Add => Left!.Substitute(binding) + Right!.Substitute(binding),
        DimKind.Multiply => Left!.Substitute(binding) * Right!.Substitute(binding),
        DimKind.FloorDivide => FloorDivide(Left!.Substitute(binding), Right!.Substitute(binding)),
        _ => CeilDivide(Left!.Substitute(binding), Right!.Substitute(binding)),
    };

    /// <summary>Adds the symbols this expression mentions to <paramref name="symbols"/>, first mention first.</summary>
    public void CollectSymbols(List<string> symbols)
    {
        if (Kind == DimKind.Symbol)
        {
            if (!symbols.Contains(Name!))
            {
                symbols.Add(Name!);
            }

            return;
        }

        Left?.CollectSymbols(symbols);
        Right?.CollectSymbols(symbols);
    }

    /// <summary>
    /// The notation used by <c>Summary()</c> and the diagnostics: <c>64</c>, <c>T</c>, <c>T*64</c>, <c>(T-4)/5</c>,
    /// <c>ceil(T/2)</c>, <c>H/Pool</c>, <c>ceil(H/Pool)</c>.
    /// </summary>
    public override string ToString() => Kind switch
    {
        DimKind.Constant => Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DimKind.Symbol => Name!,
        DimKind.Add when Right!.IsKnown && Right.Value < 0 => $"{Left}-{-Right.Value}",
        DimKind.Add when Negated(Right) is { } subtrahend => $"{Left}-{Operand(subtrahend)}",
        DimKind.Add when Negated(Left!) is { } negated && Right.IsKnown => $"{Right}-{Operand(negated)}",
        DimKind.Add => $"{Left}+{Right}",
        DimKind.Multiply => $"{Operand(Left!)}*{(Right!.Kind == DimKind.FloorDivide ? $"({Right})" : Operand(Right))}", // C*(H/Pool), not (C*H)/Pool
        DimKind.FloorDivide => $"{Operand(Left!)}/{Divisor(Right!)}",
        _ => $"ceil({Operand(Left!)}/{Divisor(Right!)})",
    };

    private static string Operand(Dim dim) => dim.Kind == DimKind.Add ? $"({dim})" : dim.ToString();

    /// <summary>A divisor: bare when a constant or a symbol (<c>/5</c>, <c>/Pool</c>), else parenthesized (<c>/(Pool*2)</c>).</summary>
    private static string Divisor(Dim dim) => dim.Kind is DimKind.Constant or DimKind.Symbol ? dim.ToString() : $"({dim})";

    /// <summary>x when <paramref name="dim"/> is x·(−c) with c &gt; 0 (printed as a subtraction of x·c), else null.</summary>
    private static Dim? Negated(Dim dim) =>
        dim.Kind == DimKind.Multiply && dim.Right!.IsKnown && dim.Right.Value < 0
            ? (dim.Right.Value == -1 ? dim.Left : dim.Left! * Of(-dim.Right.Value))
            : null;

    private static long FloorDiv(long a, long b)
    {
        if (b == 0)
        {
            return 0; // a zero stride or pool size: TG0010 reports the argument; the shape is then meaningless, not a crash.
        }

        var q = a / b;
        return (a % b != 0) && ((a < 0) != (b < 0)) ? q - 1 : q;
    }
}
