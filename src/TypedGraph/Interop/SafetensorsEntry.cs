using System;
using System.Collections.Generic;
using System.Globalization;
using static TorchSharp.torch;

namespace TypedGraph.Interop;

/// <summary>One tensor described by a safetensors header: its name, element type, shape and where its bytes are.</summary>
public sealed class SafetensorsEntry
{
    internal SafetensorsEntry(string name, string dtype, long[] shape, long begin, long end, ScalarType? scalarType)
    {
        Name = name;
        DType = dtype;
        Shape = Array.AsReadOnly(shape);
        Begin = begin;
        End = end;
        ScalarType = scalarType;
    }

    /// <summary>The tensor's name (a state-dict key).</summary>
    public string Name { get; }

    /// <summary>The element type as the header spells it: <c>F32</c>, <c>BF16</c>, <c>I64</c>, <c>BOOL</c>…</summary>
    public string DType { get; }

    /// <summary>The TorchSharp element type, or <see langword="null"/> for a format type TorchSharp lacks (<c>U16</c>, <c>F8_E4M3</c>…).</summary>
    public ScalarType? ScalarType { get; }

    /// <summary>The dimensions, outermost first; empty for a scalar.</summary>
    public IReadOnlyList<long> Shape { get; }

    /// <summary>Offset of the first byte, relative to the start of the data section.</summary>
    public long Begin { get; }

    /// <summary>Offset just past the last byte, relative to the start of the data section.</summary>
    public long End { get; }

    /// <summary>The entry as messages show it, e.g. <c>dense.weight F32 (32, 64)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} {DType} {FormatShape(Shape)}");

    internal static string FormatShape(IReadOnlyList<long> shape) =>
        shape.Count == 1
            ? string.Create(CultureInfo.InvariantCulture, $"({shape[0]})")
            : "(" + string.Join(", ", shape) + ")";
}
