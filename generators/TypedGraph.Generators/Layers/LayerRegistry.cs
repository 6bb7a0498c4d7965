using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// Finds the layer kind of a node attribute: every <see cref="LayerSpec"/> record marked with
/// <see cref="LayerKindAttribute"/> is registered for the attribute classes it names, so adding a kind touches only its
/// own file (and its attribute, docs and tests).
/// </summary>
internal static class LayerRegistry
{
    private static readonly Lazy<IReadOnlyDictionary<string, Func<LayerReader, LayerSpec>>> s_parsers = new(Discover);

    /// <summary>The attribute class names (<c>DenseAttribute</c>) with a layer kind, for tests and the layer reference.</summary>
    public static IEnumerable<string> AttributeNames => s_parsers.Value.Keys;

    /// <summary>The parse function for the node attribute class named <paramref name="attributeName"/>, or null.</summary>
    public static Func<LayerReader, LayerSpec>? Find(string attributeName) =>
        s_parsers.Value.TryGetValue(attributeName, out var parse) ? parse : null;

    /// <summary>The layer kind records with the attribute classes each reads, for tests and the layer reference.</summary>
    public static IEnumerable<(Type Kind, Type[] Attributes)> Kinds =>
        KindTypes().Select(t => (t, t.GetCustomAttribute<LayerKindAttribute>()!.Attributes));

    private static IEnumerable<Type> KindTypes() =>
        typeof(LayerSpec).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(LayerSpec).IsAssignableFrom(t) && t.GetCustomAttribute<LayerKindAttribute>() is not null);

    private static Dictionary<string, Func<LayerReader, LayerSpec>> Discover()
    {
        var parsers = new Dictionary<string, Func<LayerReader, LayerSpec>>(StringComparer.Ordinal);
        foreach (var kind in KindTypes())
        {
            var method = kind.GetMethod("Parse", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, null, [typeof(LayerReader)], null)
                ?? throw new InvalidOperationException($"{kind.Name} has no static Parse(LayerReader).");
            var parse = (Func<LayerReader, LayerSpec>)Delegate.CreateDelegate(typeof(Func<LayerReader, LayerSpec>), method);
            foreach (var attribute in kind.GetCustomAttribute<LayerKindAttribute>()!.Attributes)
            {
                parsers.Add(attribute.Name, parse);
            }
        }

        return parsers;
    }
}
