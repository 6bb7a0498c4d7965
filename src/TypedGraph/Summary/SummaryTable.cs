using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TorchSharp;

namespace TypedGraph;

/// <summary>
/// Renders a Keras-3-style model summary: one row per node with its name and layer type, output shape, parameter count
/// and the nodes it reads, followed by the total, trainable and non-trainable parameter counts and their float32 size.
/// </summary>
public static class SummaryTable
{
    private const int BytesPerParameter = 4;

    private static readonly string[] Headers = ["Layer (type)", "Output Shape", "Param #", "Connected to"];

    // Columns never get narrower than this, so small models print an 80-character table as Keras does.
    private static readonly int[] MinimumWidths = [23, 17, 10, 17];

    /// <summary>Renders the summary of the graph <paramref name="nodes"/> of the model called <paramref name="modelName"/>.</summary>
    /// <param name="modelName">The name printed in the title line.</param>
    /// <param name="nodes">Every node, inputs included, in topological order.</param>
    /// <returns>The table, lines separated by <c>\n</c>, without a trailing line break.</returns>
    /// <remarks>
    /// A module shared by several nodes (Keras layer sharing) is one row, on the first node that uses it, listing the
    /// inputs of every application; it is counted once, so the column adds up to the total.
    /// </remarks>
    public static string Render(string modelName, IReadOnlyList<Node> nodes) => Render(modelName, nodes, null);

    /// <summary>
    /// Renders the summary of the graph <paramref name="nodes"/> followed by the hyper-parameter values the model was built
    /// with, one <c>Name = value</c> line each (invariant culture), when there are any.
    /// </summary>
    /// <param name="modelName">The name printed in the title line.</param>
    /// <param name="nodes">Every node, inputs included, in topological order.</param>
    /// <param name="hyperParameters">Name → value in declaration order, or null.</param>
    /// <returns>The table, lines separated by <c>\n</c>, without a trailing line break.</returns>
    public static string Render(string modelName, IReadOnlyList<Node> nodes, IReadOnlyDictionary<string, object>? hyperParameters)
    {
        ArgumentNullException.ThrowIfNull(modelName);
        ArgumentNullException.ThrowIfNull(nodes);

        var rows = new List<string[][]>(nodes.Count);
        var rowOfModule = new Dictionary<torch.nn.Module, int>(ReferenceEqualityComparer.Instance);
        long trainable = 0;
        long nonTrainable = 0;
        foreach (var node in nodes)
        {
            // A shared layer is one row (as in Keras) listing the inputs of every application; it is counted once.
            if (node.Module is not null && rowOfModule.TryGetValue(node.Module, out var sharedRow))
            {
                rows[sharedRow][3] = [.. rows[sharedRow][3], .. ConnectedTo(node)];
                continue;
            }

            long parameters = 0;
            if (node.Module is not null)
            {
                rowOfModule[node.Module] = rows.Count;
                var (t, n) = ParameterCounter.Count(node.Module);
                trainable += t;
                nonTrainable += n;
                parameters = t + n;
            }

            rows.Add(
            [
                [$"{node.SummaryName} ({node.LayerType})"],
                [node.OutputShape.ToString()],
                [parameters.ToString("N0", CultureInfo.InvariantCulture)],
                ConnectedTo(node),
            ]);
        }

        var widths = ColumnWidths(rows);
        var text = new StringBuilder();
        text.Append("Model: \"").Append(modelName).Append("\"\n");
        Rule(text, widths, '┏', '━', '┳', '┓');
        Line(text, widths, '┃', Headers);
        Rule(text, widths, '┡', '━', '╇', '┩');
        for (var r = 0; r < rows.Count; r++)
        {
            if (r > 0)
            {
                Rule(text, widths, '├', '─', '┼', '┤');
            }

            var height = 0;
            foreach (var cell in rows[r])
            {
                height = Math.Max(height, cell.Length);
            }

            var line = new string[Headers.Length];
            for (var l = 0; l < height; l++)
            {
                for (var c = 0; c < line.Length; c++)
                {
                    line[c] = l < rows[r][c].Length ? rows[r][c][l] : string.Empty;
                }

                Line(text, widths, '│', line);
            }
        }

        Rule(text, widths, '└', '─', '┴', '┘');
        Totals(text, "Total", trainable + nonTrainable).Append('\n');
        Totals(text, "Trainable", trainable).Append('\n');
        Totals(text, "Non-trainable", nonTrainable);
        if (hyperParameters is { Count: > 0 })
        {
            text.Append("\n Hyper-parameters:");
            foreach (var (name, value) in hyperParameters)
            {
                text.Append("\n   ").Append(name).Append(" = ").Append(FormatValue(value));
            }
        }

        return text.ToString();
    }

    private static string FormatValue(object value) => value switch
    {
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string[] ConnectedTo(Node node)
    {
        if (node.Inputs.Count == 0)
        {
            return ["-"];
        }

        var names = new string[node.Inputs.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = node.Inputs[i].SummaryName;
        }

        return names;
    }

    private static int[] ColumnWidths(List<string[][]> rows)
    {
        var widths = new int[Headers.Length];
        for (var c = 0; c < widths.Length; c++)
        {
            widths[c] = Math.Max(MinimumWidths[c], Headers[c].Length);
            foreach (var row in rows)
            {
                foreach (var line in row[c])
                {
                    widths[c] = Math.Max(widths[c], line.Length);
                }
            }
        }

        return widths;
    }

    private static void Rule(StringBuilder text, int[] widths, char left, char fill, char junction, char right)
    {
        text.Append(left);
        for (var c = 0; c < widths.Length; c++)
        {
            text.Append(fill, widths[c] + 2).Append(c == widths.Length - 1 ? right : junction);
        }

        text.Append('\n');
    }

    private static void Line(StringBuilder text, int[] widths, char border, string[] cells)
    {
        text.Append(border);
        for (var c = 0; c < widths.Length; c++)
        {
            // The parameter column is right-aligned, the others left-aligned.
            var cell = c == 2 ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]);
            text.Append(' ').Append(cell).Append(' ').Append(border);
        }

        text.Append('\n');
    }

    private static StringBuilder Totals(StringBuilder text, string label, long count) =>
        text.Append(' ').Append(label).Append(" params: ")
            .Append(count.ToString("N0", CultureInfo.InvariantCulture))
            .Append(" (").Append(MemorySize.Format((double)count * BytesPerParameter)).Append(')');
}
