using System.Globalization;

namespace TypedGraph.Generators.Emitting;

/// <summary>C# literals for generated code.</summary>
internal static class Literal
{
    public static string Bool(bool value) => value ? "true" : "false";

    public static string Double(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string String(string value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);
}
