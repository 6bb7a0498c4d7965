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
        DimKind.Multiply => $"{Of(dim.Left!)} * {Of(dim.Right!)}",
        DimKind.FloorDivide => $"({Of(dim.Left!)}) / {Of(dim.Right!)}",
        _ => $"({Of(dim.Left!)} + {(dim.Right!.Value - 1).ToString(CultureInfo.InvariantCulture)}) / {Of(dim.Right)}",
    };
}
