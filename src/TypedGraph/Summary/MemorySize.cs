using System.Globalization;

namespace TypedGraph;

/// <summary>Formats byte counts the way Keras' summary does: 1024-based units, two decimals.</summary>
internal static class MemorySize
{
    private static readonly string[] Units = ["B", "KB", "MB", "GB", "TB", "PB"];

    /// <summary>Formats <paramref name="bytes"/> as <c>13.54 KB</c>, <c>0.00 B</c>…</summary>
    public static string Format(double bytes)
    {
        var unit = 0;
        while (bytes >= 1024 && unit < Units.Length - 1)
        {
            bytes /= 1024;
            unit++;
        }

        return bytes.ToString("F2", CultureInfo.InvariantCulture) + " " + Units[unit];
    }
}
