using System;
using System.Buffers.Binary;
using System.IO;
using System.Runtime.InteropServices;
using static TorchSharp.torch;

namespace TypedGraph.Data;

/// <summary>
/// Moves array data between <c>.npy</c> byte layout and tensors: reading in bounded chunks straight into the tensor's
/// memory (byte-swapping big-endian data, transposing Fortran-order data) and writing C-order little-endian data.
/// The one implementation of the format's data part; <see cref="NumPy"/> and <see cref="NpyFile"/> use it.
/// </summary>
internal static class NpyData
{
    /// <summary>Bytes copied per chunk: bounds the spans handed to streams and the work between cancellation points.</summary>
    private const int ChunkBytes = 1 << 26;

    /// <summary>Reads the data of <paramref name="header"/> from <paramref name="stream"/> (positioned at the data).</summary>
    /// <param name="stream">The stream, positioned at the data.</param>
    /// <param name="header">The header read from it.</param>
    /// <param name="source">The file (or archive entry) name, for messages.</param>
    /// <param name="chunkBytes">Bytes copied per step (tests use small values to cross chunk boundaries).</param>
    /// <exception cref="InvalidDataException">The stream ends before the data does, or a boolean is neither 0 nor 1.</exception>
    public static Tensor Read(Stream stream, NpyHeader header, string source, int chunkBytes = ChunkBytes)
    {
        using var scope = NewDisposeScope();
        var stored = empty(StoredShape(header.Shape, header.FortranOrder), header.Element.DType);
        var flat = stored.view(-1);
        var count = header.ElementCount;
        var itemSize = header.Element.ItemSize;
        var perChunk = Math.Max(1, chunkBytes / itemSize);
        for (long at = 0; at < count; at += perChunk)
        {
            var n = Math.Min(perChunk, count - at);
            using var chunk = flat.narrow(0, at, n);
            var bytes = chunk.bytes;
            var got = ReadUpTo(stream, bytes);
            if (got < bytes.Length)
            {
                throw new InvalidDataException(
                    $"'{source}' is truncated: its header announces shape {header.ShapeText} of '{header.Element.Descr}' " +
                    $"({header.DataLength} data bytes) but the data ends after {(at * itemSize) + got} bytes.");
            }

            if (header.Element.BigEndian)
            {
                SwapBytes(bytes, header.Element.SwapUnit);
            }

            if (header.Element.DType == ScalarType.Bool && Interop.TensorBytes.BooleanViolation(bytes, at) is { } violation)
            {
                throw new InvalidDataException($"'{source}' {violation}");
            }
        }

        return FromStoredLayout(stored, header.FortranOrder).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The shape the data has in memory order: the shape itself for C order, reversed for Fortran order (a Fortran array
    /// of shape (a, b, c) is a C array of shape (c, b, a), transposed).
    /// </summary>
    public static long[] StoredShape(long[] shape, bool fortranOrder)
    {
        var stored = (long[])shape.Clone();
        if (fortranOrder)
        {
            Array.Reverse(stored);
        }

        return stored;
    }

    /// <summary>
    /// The array in C order from data read in stored order (see <see cref="StoredShape"/>): <paramref name="stored"/>
    /// itself for C order, a new contiguous tensor for Fortran order.
    /// </summary>
    public static Tensor FromStoredLayout(Tensor stored, bool fortranOrder)
    {
        if (!fortranOrder || stored.dim() < 2)
        {
            return stored;
        }

        var dims = new long[stored.dim()];
        for (var i = 0; i < dims.Length; i++)
        {
            dims[i] = dims.Length - 1 - i;
        }

        return stored.permute(dims).contiguous();
    }

    /// <summary>Writes <paramref name="tensor"/> as a complete <c>.npy</c> file (header and data) to <paramref name="stream"/>.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="tensor">The tensor, on any device; it is not modified.</param>
    /// <param name="what">What is being written, for messages ("'a.npy'", "entry 'x' of 'b.npz'").</param>
    /// <param name="chunkBytes">Bytes copied per step (tests use small values to cross chunk boundaries).</param>
    /// <exception cref="ArgumentException">The dtype has no NumPy equivalent (BFloat16).</exception>
    public static void Write(Stream stream, Tensor tensor, string what, int chunkBytes = ChunkBytes)
    {
        var element = NpyElementType.For(tensor.dtype, what);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Writing .npy files needs a little-endian machine.");
        }

        using var scope = NewDisposeScope();
        var data = tensor.detach().cpu().resolve_conj().contiguous();
        stream.Write(NpyHeader.Format(element, data.shape));
        var flat = data.view(-1);
        var count = flat.shape[0];
        var perChunk = Math.Max(1, chunkBytes / element.ItemSize);
        for (long at = 0; at < count; at += perChunk)
        {
            using var chunk = flat.narrow(0, at, Math.Min(perChunk, count - at));
            stream.Write(chunk.bytes);
        }
    }

    /// <summary>Reverses the byte order of every <paramref name="unit"/>-byte value in <paramref name="bytes"/>.</summary>
    public static void SwapBytes(Span<byte> bytes, int unit)
    {
        switch (unit)
        {
            case 1:
                break;
            case 2:
                BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, ushort>(bytes), MemoryMarshal.Cast<byte, ushort>(bytes));
                break;
            case 4:
                BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, uint>(bytes), MemoryMarshal.Cast<byte, uint>(bytes));
                break;
            case 8:
                BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, ulong>(bytes), MemoryMarshal.Cast<byte, ulong>(bytes));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(unit), unit, "Byte swaps are by 1, 2, 4 or 8 bytes.");
        }
    }

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
