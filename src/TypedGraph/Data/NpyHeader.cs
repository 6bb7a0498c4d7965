using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace TypedGraph.Data;

/// <summary>
/// The header of a <c>.npy</c> file: magic <c>\x93NUMPY</c>, major and minor version, the header length (uint16 in
/// version 1.0, uint32 in 2.0 and 3.0, little-endian), then a Python dict literal with <c>descr</c>,
/// <c>fortran_order</c> and <c>shape</c>, padded with spaces and ended by a newline (Latin-1 in 1.0/2.0, UTF-8 in 3.0).
/// The data follows at <see cref="DataOffset"/>.
/// </summary>
/// <param name="Major">Format major version (1, 2 or 3).</param>
/// <param name="Minor">Format minor version.</param>
/// <param name="Element">The element type.</param>
/// <param name="FortranOrder">True when the data is stored column-major.</param>
/// <param name="Shape">The array's shape (empty for a scalar).</param>
/// <param name="DataOffset">The byte offset of the data from the start of the file.</param>
internal sealed record NpyHeader(int Major, int Minor, NpyElementType Element, bool FortranOrder, long[] Shape, long DataOffset)
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>NumPy (1.24 and later) pads headers so the data starts at a multiple of this many bytes.</summary>
    private const int Alignment = 64;

    /// <summary>The number of elements (<see cref="Read"/> checked that it and <see cref="DataLength"/> fit a long).</summary>
    public long ElementCount => Elements(Shape) ?? throw new OverflowException($"shape {ShapeText} has more than {long.MaxValue} elements");

    /// <summary>The number of data bytes the header announces.</summary>
    public long DataLength => checked(ElementCount * Element.ItemSize);

    /// <summary>The shape as NumPy prints it: <c>(3, 4)</c>, <c>(5,)</c>, <c>()</c>.</summary>
    public string ShapeText => FormatShape(Shape);

    /// <summary>Reads the header from the start of <paramref name="stream"/>, leaving the stream at the data.</summary>
    /// <param name="stream">The stream positioned at the magic string.</param>
    /// <param name="source">The file (or archive entry) name, for messages.</param>
    /// <exception cref="InvalidDataException">The stream is not a <c>.npy</c> file NumPy.Load can read; the message says why.</exception>
    public static NpyHeader Read(Stream stream, string source)
    {
        Span<byte> prefix = stackalloc byte[12];
        var got = ReadUpTo(stream, prefix[..8]);
        if (got < 8 || !prefix[..6].SequenceEqual(Magic))
        {
            throw new InvalidDataException(
                $"'{source}' is not a NumPy .npy file: it does not start with the magic string \\x93NUMPY" +
                (got < 8 ? $" (the file has only {got} bytes)." : "."));
        }

        int major = prefix[6], minor = prefix[7];
        if (major is < 1 or > 3)
        {
            throw new InvalidDataException(
                $"'{source}' is a .npy file of format version {major}.{minor}; NumPy.Load reads versions 1.0, 2.0 and 3.0.");
        }

        var lengthSize = major == 1 ? 2 : 4;
        if (ReadUpTo(stream, prefix.Slice(8, lengthSize)) < lengthSize)
        {
            throw Truncated(source, "in the header length");
        }

        long headerLength = major == 1
            ? BinaryPrimitives.ReadUInt16LittleEndian(prefix[8..])
            : BinaryPrimitives.ReadUInt32LittleEndian(prefix[8..]);
        if (headerLength > 1 << 24)
        {
            throw new InvalidDataException($"'{source}' announces a header of {headerLength} bytes; this is not a valid .npy file.");
        }

        var headerBytes = new byte[headerLength];
        if (ReadUpTo(stream, headerBytes) < headerLength)
        {
            throw Truncated(source, "in the header");
        }

        var text = (major == 3 ? Encoding.UTF8 : Encoding.Latin1).GetString(headerBytes);
        var fields = NpyHeaderParser.Parse(text, source);
        var descr = fields.Descr;
        if (!NpyElementType.TryParse(descr, out var element, out var why))
        {
            throw new InvalidDataException($"Cannot read '{source}': {why}.");
        }

        if (DataBytes(fields.Shape, element.ItemSize) is null)
        {
            throw new InvalidDataException(
                $"'{source}' announces shape {FormatShape(fields.Shape)} of '{element.Descr}', more than {long.MaxValue} bytes of data: its header is damaged.");
        }

        return new NpyHeader(major, minor, element, fields.FortranOrder, fields.Shape, 8 + lengthSize + headerLength);
    }

    /// <summary>Checks that <paramref name="available"/> data bytes are exactly what the header announces.</summary>
    /// <exception cref="InvalidDataException">The data is shorter (truncated file) or longer than the shape needs.</exception>
    public void CheckDataLength(long available, string source)
    {
        var needed = DataLength;
        if (available < needed)
        {
            throw new InvalidDataException(
                $"'{source}' is truncated: its header announces shape {ShapeText} of '{Element.Descr}' ({needed} data bytes) " +
                $"but only {available} data bytes follow the header.");
        }

        if (available > needed)
        {
            throw new InvalidDataException(
                $"'{source}' does not match its header: shape {ShapeText} of '{Element.Descr}' needs {needed} data bytes " +
                $"but {available} follow the header.");
        }
    }

    /// <summary>
    /// The bytes of a header for a C-order, little-endian array, version 1.0 when it fits (2.0 otherwise), padded so
    /// the data starts at a multiple of 64 bytes, as <c>numpy.save</c> writes it.
    /// </summary>
    public static byte[] Format(NpyElementType element, long[] shape)
    {
        var dict = $"{{'descr': '{element.Descr}', 'fortran_order': False, 'shape': {FormatShape(shape)}, }}";
        foreach (var lengthSize in (ReadOnlySpan<int>)[2, 4])
        {
            var prefixLength = 6 + 2 + lengthSize;
            var total = prefixLength + dict.Length + 1;
            var padded = dict + new string(' ', (Alignment - (total % Alignment)) % Alignment) + "\n";
            if (lengthSize == 2 && padded.Length > ushort.MaxValue)
            {
                continue;
            }

            var bytes = new byte[prefixLength + padded.Length];
            Magic.CopyTo(bytes, 0);
            bytes[6] = (byte)(lengthSize == 2 ? 1 : 2);
            bytes[7] = 0;
            if (lengthSize == 2)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)padded.Length);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), (uint)padded.Length);
            }

            Encoding.Latin1.GetBytes(padded, bytes.AsSpan(prefixLength));
            return bytes;
        }

        throw new InvalidOperationException("unreachable: a version 2.0 header always fits");
    }

    /// <summary>
    /// The number of bytes of an array of <paramref name="shape"/> with elements of <paramref name="itemSize"/> bytes, or
    /// null when it exceeds <see cref="long.MaxValue"/> (a damaged header): the one overflow rule of the .npy and IDX readers.
    /// </summary>
    public static long? DataBytes(IReadOnlyList<long> shape, int itemSize)
    {
        var elements = Elements(shape);
        return elements is { } n && n <= long.MaxValue / itemSize ? n * itemSize : null;
    }

    /// <summary>The product of <paramref name="shape"/> (non-negative dimensions), or null when it exceeds <see cref="long.MaxValue"/>.</summary>
    private static long? Elements(IReadOnlyList<long> shape)
    {
        long count = 1;
        foreach (var d in shape)
        {
            if (d == 0)
            {
                return 0;
            }

            if (count > long.MaxValue / d)
            {
                return null;
            }

            count *= d;
        }

        return count;
    }

    /// <summary>A shape as NumPy prints it.</summary>
    public static string FormatShape(IReadOnlyList<long> shape) => shape.Count switch
    {
        0 => "()",
        1 => string.Create(CultureInfo.InvariantCulture, $"({shape[0]},)"),
        _ => "(" + string.Join(", ", System.Linq.Enumerable.Select(shape, d => d.ToString(CultureInfo.InvariantCulture))) + ")",
    };

    private static InvalidDataException Truncated(string source, string where) =>
        new($"'{source}' is truncated {where}: the file ends before the .npy header is complete.");

    private static int ReadUpTo(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }
}
