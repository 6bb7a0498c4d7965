using System;
using TorchSharp;

namespace TypedGraph;

/// <summary>Conversions between <see cref="DType"/> and TorchSharp's <see cref="torch.ScalarType"/>.</summary>
public static class DTypeExtensions
{
    /// <summary>The TorchSharp element type for <paramref name="dtype"/>.</summary>
    /// <param name="dtype">The TypedGraph element type.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dtype"/> is not a defined value.</exception>
    public static torch.ScalarType ToScalarType(this DType dtype) => dtype switch
    {
        DType.Float32 => torch.ScalarType.Float32,
        DType.Float64 => torch.ScalarType.Float64,
        DType.Float16 => torch.ScalarType.Float16,
        DType.BFloat16 => torch.ScalarType.BFloat16,
        DType.Int32 => torch.ScalarType.Int32,
        DType.Int64 => torch.ScalarType.Int64,
        DType.Bool => torch.ScalarType.Bool,
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "Unknown DType."),
    };

    /// <summary>
    /// The name a TorchSharp element type has in TypedGraph messages: the <see cref="DType"/> name when there is one,
    /// else TorchSharp's name (e.g. <c>Int8</c>).
    /// </summary>
    /// <param name="scalarType">The TorchSharp element type.</param>
    internal static string DisplayName(this torch.ScalarType scalarType) => scalarType switch
    {
        torch.ScalarType.Float32 => nameof(DType.Float32),
        torch.ScalarType.Float64 => nameof(DType.Float64),
        torch.ScalarType.Float16 => nameof(DType.Float16),
        torch.ScalarType.BFloat16 => nameof(DType.BFloat16),
        torch.ScalarType.Int32 => nameof(DType.Int32),
        torch.ScalarType.Int64 => nameof(DType.Int64),
        torch.ScalarType.Bool => nameof(DType.Bool),
        _ => scalarType.ToString(),
    };
}
