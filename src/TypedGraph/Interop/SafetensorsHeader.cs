using System;
using System.Collections.Generic;

namespace TypedGraph.Interop;

/// <summary>The validated header of a safetensors file: its tensors in data order and its <c>__metadata__</c>.</summary>
public sealed class SafetensorsHeader
{
    private readonly Dictionary<string, SafetensorsEntry> _byName;

    internal SafetensorsHeader(List<SafetensorsEntry> entries, Dictionary<string, string> metadata, long dataStart)
    {
        Entries = entries.AsReadOnly();
        Metadata = metadata.AsReadOnly();
        DataStart = dataStart;
        _byName = new Dictionary<string, SafetensorsEntry>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _byName.Add(entry.Name, entry);
        }
    }

    /// <summary>The tensors, in the order of their data in the file.</summary>
    public IReadOnlyList<SafetensorsEntry> Entries { get; }

    /// <summary>The free-form string pairs of <c>__metadata__</c>; empty when the file has none.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The file offset where the data section starts: 8 + the header length.</summary>
    public long DataStart { get; }

    /// <summary>Finds the entry named <paramref name="name"/>.</summary>
    /// <param name="name">The tensor name.</param>
    /// <param name="entry">The entry, when found.</param>
    public bool TryGetEntry(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SafetensorsEntry? entry) =>
        _byName.TryGetValue(name, out entry);
}
