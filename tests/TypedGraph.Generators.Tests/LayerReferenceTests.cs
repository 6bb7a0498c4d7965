using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TypedGraph.Generators.Layers;

namespace TypedGraph.Generators.Tests;

/// <summary>
/// Keeps docs/layers.md true to the generator: every attribute a layer kind registers has a row in the reference's
/// table, every attribute the table names is registered, and every node attribute class has a kind.
/// </summary>
public sealed partial class LayerReferenceTests
{
    private static readonly string Reference = Path.Combine(AppContext.BaseDirectory, "Docs", "layers.md");

    /// <summary>The attribute names (<c>Dense</c>) the first cells of the reference's table rows name as <c>[Dense(</c> or <c>[Flatten]</c>.</summary>
    private static HashSet<string> TableAttributes()
    {
        Assert.True(File.Exists(Reference), "docs/layers.md is not copied to the test output");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Reference))
        {
            var cells = line.Split('|');
            if (!line.StartsWith('|') || cells.Length < 3)
            {
                continue;
            }

            foreach (Match match in AttributeUse().Matches(cells[1]))
            {
                names.Add(match.Groups[1].Value);
            }
        }

        return names;
    }

    private static IEnumerable<string> Registered() =>
        LayerRegistry.Kinds.SelectMany(k => k.Attributes).Select(a => a.Name[..^"Attribute".Length]);

    [Fact]
    public void Every_registered_attribute_has_a_row()
    {
        var documented = TableAttributes();

        var missing = Registered().Where(a => !documented.Contains(a)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"docs/layers.md has no table row for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_attribute_in_the_table_is_registered()
    {
        var registered = Registered().ToHashSet(StringComparer.Ordinal);

        var unknown = TableAttributes().Where(a => !registered.Contains(a)).Order(StringComparer.Ordinal).ToList();

        Assert.True(unknown.Count == 0, $"docs/layers.md names attributes no layer kind registers: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void Every_node_attribute_class_has_a_layer_kind()
    {
        // The runtime's attribute classes are compiled into the generator (linked sources), so its assembly holds them all.
        var nodeAttributes = typeof(LayerRegistry).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && IsNodeAttribute(t))
            .Select(t => t.Name)
            .ToList();
        Assert.NotEmpty(nodeAttributes);

        var registered = LayerRegistry.Kinds.SelectMany(k => k.Attributes).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);

        var unregistered = nodeAttributes.Where(n => !registered.Contains(n)).Order(StringComparer.Ordinal).ToList();

        Assert.True(unregistered.Count == 0, $"node attributes without a layer kind: {string.Join(", ", unregistered)}");
    }

    private static bool IsNodeAttribute(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.Name == "NodeAttribute")
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\[([A-Z][A-Za-z0-9]*)[(\]]")]
    private static partial Regex AttributeUse();
}
