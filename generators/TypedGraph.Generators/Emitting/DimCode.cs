using System.Globalization;
using TypedGraph.Generators.Analysis;

namespace TypedGraph.Generators.Emitting;

/// <summary>
/// A dimension as a C# expression of the model's hyper-parameters, for sizes the constructor needs (<c>this.Filters * 121</c>).
/// Only dimensions the analysis accepted as known at build time reach here (constants and hyper-parameter expressions,
/// every one ≥ 1 at every point of the space), so integer division of the non-negative numerators is floor division.
/// </summary>
internal static class DimCode
{
    public static string Of(Dim dim) => dim.Kind switch
    {
        DimKind.Constant => dim.Value.ToString(CultureInfo.InvariantCulture),
        DimKind.Symbol => "this." + dim.Name,
        DimKind.Add when dim.Right!.IsKnown && dim.Right.Value < 0 => $"({Of(dim.Left!)} - {(-dim.Right.Value).ToString(CultureInfo.InvariantCulture)})",
        DimKind.Add => $"({Of(dim.Left!)} + {Of(dim.Right!)})",
        DimKind.Multiply => $"{Factor(dim.Left!)} * {Factor(dim.Right!)}",
        DimKind.FloorDivide => $"({Of(dim.Left!)}) / {Divisor(dim.Right!)}",
        _ when dim.Right!.IsKnown => $"({Of(dim.Left!)} + {(dim.Right.Value - 1).ToString(CultureInfo.InvariantCulture)}) / {Of(dim.Right)}",
        _ => $"({Of(dim.Left!)} + {Of(dim.Right)} - 1) / {Divisor(dim.Right)}", // ceil(a/p) = (a + p − 1)/p for a ≥ 0, p ≥ 1
    };

    /// <summary>
    /// A factor of a product: a division is parenthesized, since C# evaluates <c>a * b / c</c> as <c>(a * b) / c</c>, which
    /// is not <c>a * floor(b / c)</c> (<c>this.Filters * ((30 - this.Kernel) / 2)</c>).
    /// </summary>
    private static string Factor(Dim dim) => dim.Kind is DimKind.FloorDivide or DimKind.CeilDivide ? $"({Of(dim)})" : Of(dim);

    /// <summary>A divisor: anything but a constant or a symbol is parenthesized (<c>x / (this.Pool * 2)</c>).</summary>
    private static string Divisor(Dim dim) => dim.Kind is DimKind.Constant or DimKind.Symbol ? Of(dim) : $"({Of(dim)})";
}
