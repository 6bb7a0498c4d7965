using System;
using static TorchSharp.torch;

namespace TypedGraph.Data;

/// <summary>
/// The element type of a <c>.npy</c> array: NumPy's type string (<c>descr</c>, e.g. <c>&lt;f4</c>), the TorchSharp
/// dtype it maps to, the item size in bytes and the byte order of the stored data.
/// </summary>
/// <param name="Descr">NumPy's type string as found in (or written to) the header.</param>
/// <param name="DType">The TorchSharp element type.</param>
/// <param name="ItemSize">Bytes per element.</param>
/// <param name="BigEndian">True when the stored data is big-endian and must be byte-swapped on this machine.</param>
internal readonly record struct NpyElementType(string Descr, ScalarType DType, int ItemSize, bool BigEndian)
{
    /// <summary>The number of bytes swapped as one unit: the item size, or half of it for complex numbers (two floats).</summary>
    public int SwapUnit => DType is ScalarType.ComplexFloat32 or ScalarType.ComplexFloat64 ? ItemSize / 2 : ItemSize;

    /// <summary>Parses a NumPy type string, or explains why it has no TorchSharp equivalent.</summary>
    /// <param name="descr">The <c>descr</c> value of a header.</param>
    /// <param name="error">Why the type is not supported, when the result is false.</param>
    /// <param name="type">The parsed element type.</param>
    public static bool TryParse(string descr, out NpyElementType type, out string error)
    {
        type = default;
        error = "";
        if (descr.Length == 0)
        {
            error = "the type string (descr) is empty";
            return false;
        }

        var order = descr[0];
        var code = order is '<' or '>' or '|' or '=' ? descr[1..] : descr;
        var bigEndian = order == '>' || (order == '=' && !BitConverter.IsLittleEndian);
        ScalarType? dtype = code switch
        {
            "b1" or "?" => ScalarType.Bool,
            "u1" or "B" => ScalarType.Byte,
            "i1" or "b" => ScalarType.Int8,
            "i2" => ScalarType.Int16,
            "i4" => ScalarType.Int32,
            "i8" => ScalarType.Int64,
            "f2" or "e" => ScalarType.Float16,
            "f4" => ScalarType.Float32,
            "f8" => ScalarType.Float64,
            "c8" => ScalarType.ComplexFloat32,
            "c16" => ScalarType.ComplexFloat64,
            _ => null,
        };
        if (dtype is null)
        {
            error = $"the NumPy dtype '{descr}' ({Describe(code)}) has no TorchSharp equivalent; supported: bool, uint8, int8, int16, " +
                "int32, int64, float16, float32, float64, complex64, complex128 (convert first, e.g. arr.astype(numpy.int64))";
            return false;
        }

        type = new NpyElementType(descr, dtype.Value, ElementSize(dtype.Value), bigEndian && ElementSize(dtype.Value) > 1);
        return true;
    }

    /// <summary>The little-endian element type NumPy uses for <paramref name="dtype"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="dtype"/> has no NumPy equivalent (BFloat16, quantized types).</exception>
    public static NpyElementType For(ScalarType dtype, string what)
    {
        var descr = dtype switch
        {
            ScalarType.Bool => "|b1",
            ScalarType.Byte => "|u1",
            ScalarType.Int8 => "|i1",
            ScalarType.Int16 => "<i2",
            ScalarType.Int32 => "<i4",
            ScalarType.Int64 => "<i8",
            ScalarType.Float16 => "<f2",
            ScalarType.Float32 => "<f4",
            ScalarType.Float64 => "<f8",
            ScalarType.ComplexFloat32 => "<c8",
            ScalarType.ComplexFloat64 => "<c16",
            ScalarType.BFloat16 => throw new ArgumentException(
                $"Cannot write {what}: NumPy has no bfloat16 dtype. Convert the tensor first, e.g. t.to_type(ScalarType.Float32) " +
                "(exact: every bfloat16 value is a float32 value)."),
            _ => throw new ArgumentException($"Cannot write {what}: NumPy has no dtype for TorchSharp's {dtype}."),
        };
        return new NpyElementType(descr, dtype, ElementSize(dtype), BigEndian: false);
    }

    /// <summary>Bytes per element of <paramref name="dtype"/>.</summary>
    public static int ElementSize(ScalarType dtype) => dtype switch
    {
        ScalarType.Bool or ScalarType.Byte or ScalarType.Int8 => 1,
        ScalarType.Int16 or ScalarType.Float16 or ScalarType.BFloat16 => 2,
        ScalarType.Int32 or ScalarType.Float32 => 4,
        ScalarType.Int64 or ScalarType.Float64 or ScalarType.ComplexFloat32 => 8,
        ScalarType.ComplexFloat64 => 16,
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "No element size for this dtype."),
    };

    private static string Describe(string code) => code.Length == 0 ? "empty" : code[0] switch
    {
        'U' => "unicode string",
        'S' or 'a' => "byte string",
        'O' => "Python object; such files also need pickle",
        'V' => "raw bytes or a structured record",
        'M' => "datetime",
        'm' => "timedelta",
        'u' => "unsigned integer wider than 8 bits",
        'f' => "floating point of an unsupported width",
        'c' => "complex of an unsupported width",
        'i' => "integer of an unsupported width",
        _ => "unknown kind",
    };
}
