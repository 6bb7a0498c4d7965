using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace TypedGraph.Interop;

/// <summary>
/// The element types of the safetensors format: their names, bit sizes, the order the reference implementation
/// (huggingface/safetensors, <c>Dtype</c>) sorts them in, and the TorchSharp type of those TorchSharp has.
/// </summary>
internal static class SafetensorsDTypes
{
    /// <summary>One safetensors element type.</summary>
    /// <param name="Name">The name in the header, e.g. <c>F32</c>.</param>
    /// <param name="Rank">Position in the reference's <c>Dtype</c> enum (increasing alignment); files list larger ranks first.</param>
    /// <param name="Bits">Bits per element.</param>
    /// <param name="ScalarType">The TorchSharp type, or <see langword="null"/> when TorchSharp has none.</param>
    public readonly record struct Info(string Name, int Rank, int Bits, ScalarType? ScalarType);

    // Same order as the reference's enum Dtype: serialization sorts by it.
    private static readonly Info[] All =
    [
        new("BOOL", 0, 8, ScalarType.Bool),
        new("F4", 1, 4, null),
        new("F6_E2M3", 2, 6, null),
        new("F6_E3M2", 3, 6, null),
        new("U8", 4, 8, ScalarType.Byte),
        new("I8", 5, 8, ScalarType.Int8),
        new("F8_E5M2", 6, 8, null),
        new("F8_E4M3", 7, 8, null),
        new("F8_E8M0", 8, 8, null),
        new("F8_E4M3FNUZ", 9, 8, null),
        new("F8_E5M2FNUZ", 10, 8, null),
        new("I16", 11, 16, ScalarType.Int16),
        new("U16", 12, 16, null),
        new("F16", 13, 16, ScalarType.Float16),
        new("BF16", 14, 16, ScalarType.BFloat16),
        new("I32", 15, 32, ScalarType.Int32),
        new("U32", 16, 32, null),
        new("F32", 17, 32, ScalarType.Float32),
        new("C64", 18, 64, ScalarType.ComplexFloat32),
        new("F64", 19, 64, ScalarType.Float64),
        new("I64", 20, 64, ScalarType.Int64),
        new("U64", 21, 64, null),
    ];

    private static readonly Dictionary<string, Info> ByName = CreateByName();

    /// <summary>The names the format defines, in the reference's order, for messages.</summary>
    public static string KnownNames { get; } = string.Join(", ", Array.ConvertAll(All, info => info.Name));

    /// <summary>Looks up a header dtype name (case-sensitive, as the reference).</summary>
    public static bool TryGet(string name, out Info info) => ByName.TryGetValue(name, out info);

    /// <summary>The safetensors type of a TorchSharp element type.</summary>
    /// <exception cref="NotSupportedException">The format has no such type (e.g. complex128).</exception>
    public static Info Of(ScalarType type)
    {
        foreach (var info in All)
        {
            if (info.ScalarType == type)
            {
                return info;
            }
        }

        throw new NotSupportedException($"The safetensors format has no element type for TorchSharp's {type}.");
    }

    private static Dictionary<string, Info> CreateByName()
    {
        var map = new Dictionary<string, Info>(StringComparer.Ordinal);
        foreach (var info in All)
        {
            map.Add(info.Name, info);
        }

        return map;
    }
}
