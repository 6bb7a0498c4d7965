using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using static TorchSharp.torch;

namespace TypedGraph.Data;

/// <summary>
/// Reads IDX files, the format of MNIST, Fashion-MNIST, EMNIST and KMNIST: two zero bytes, a type byte, the number of
/// dimensions, each dimension as a big-endian int32, then the data in C order, big-endian. Files may be gzip-compressed
/// (detected from their first bytes, whatever their name).
/// </summary>
/// <remarks>
/// Type bytes and the dtypes they give: 0x08 unsigned byte → Byte (uint8), 0x09 signed byte → Int8, 0x0B → Int16,
/// 0x0C → Int32, 0x0D → Float32, 0x0E → Float64.
/// </remarks>
public static class IdxFile
{
    /// <summary>Bytes copied per step; without a known length (gzip) also the most allocated ahead of the data read.</summary>
    private const int ChunkBytes = 1 << 26;

    /// <summary>Reads an IDX file (raw or gzip).</summary>
    /// <param name="path">The file.</param>
    /// <returns>A CPU tensor with the file's dimensions and element type.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not an IDX file, a gzip file is damaged, or its data is shorter or longer than its dimensions say; the message names the file.</exception>
    public static Tensor Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The IDX file '{path}' does not exist.", path);
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Load(file, path);
    }

    /// <summary>Reads an IDX file (raw or gzip) from <paramref name="stream"/>, to its end.</summary>
    /// <param name="stream">The stream, positioned at the start of the file.</param>
    /// <param name="source">The name used in error messages.</param>
    /// <exception cref="InvalidDataException">The stream is not an IDX file or its length disagrees with its dimensions.</exception>
    public static Tensor Load(Stream stream, string source) => Load(stream, source, ChunkBytes);

    /// <summary>Reads an IDX file from <paramref name="stream"/>, copying <paramref name="chunkBytes"/> bytes per step (tests use small values to cross chunk boundaries).</summary>
    internal static Tensor Load(Stream stream, string source, int chunkBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        var buffered = stream as BufferedStream ?? new BufferedStream(stream, 1 << 16);
        Span<byte> magic = stackalloc byte[4];
        var got = buffered.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        if (got >= 2 && magic[0] == 0x1f && magic[1] == 0x8b)
        {
            // gzip: rewind what was read by chaining it in front of the rest.
            using var gzip = new DecodingErrorStream(
                new GZipStream(new PrefixedStream(magic[..got].ToArray(), buffered), CompressionMode.Decompress), $"'{source}' is a damaged gzip file");
            return Read(gzip, source + " (gzip)", available: null, chunkBytes);
        }

        // A file (not gzip) tells its length: the announced shape is checked against it before anything is allocated.
        long? available = buffered.CanSeek ? buffered.Length - buffered.Position + got : null;
        return Read(new PrefixedStream(magic[..got].ToArray(), buffered), source, available, chunkBytes);
    }

    /// <summary>Reads the IDX file in <paramref name="stream"/>, whose total length is <paramref name="available"/> bytes when known.</summary>
    private static Tensor Read(Stream stream, string source, long? available, int chunkBytes)
    {
        Span<byte> magic = stackalloc byte[4];
        var got = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        if (got < 4 || magic[0] != 0 || magic[1] != 0)
        {
            throw FormatError($"'{source}' is not an IDX file: it does not start with two zero bytes, a type byte and a rank.");
        }

        var (dtype, itemSize) = magic[2] switch
        {
            0x08 => (ScalarType.Byte, 1),
            0x09 => (ScalarType.Int8, 1),
            0x0B => (ScalarType.Int16, 2),
            0x0C => (ScalarType.Int32, 4),
            0x0D => (ScalarType.Float32, 4),
            0x0E => (ScalarType.Float64, 8),
            var other => throw FormatError(
                $"'{source}' is not an IDX file: type byte 0x{other.ToString("X2", CultureInfo.InvariantCulture)} is none of 0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x0E."),
        };
        var rank = magic[3];
        var shape = new long[rank];
        Span<byte> dim = stackalloc byte[4];
        for (var i = 0; i < rank; i++)
        {
            if (stream.ReadAtLeast(dim, 4, throwOnEndOfStream: false) < 4)
            {
                throw FormatError($"'{source}' is truncated: it ends inside its {rank} dimension sizes.");
            }

            shape[i] = BinaryPrimitives.ReadUInt32BigEndian(dim);
        }

        var shapeText = NpyHeader.FormatShape(shape);
        var dataBytes = NpyHeader.DataBytes(shape, itemSize)
            ?? throw FormatError($"'{source}' announces {shapeText} of {dtype}, more than {long.MaxValue} bytes of data: its header is damaged.");
        var count = dataBytes / itemSize;
        var follows = available - 4 - (4L * rank);
        if (follows < dataBytes)
        {
            throw Truncated(source, shapeText, dtype, dataBytes, follows.Value);
        }

        if (follows > dataBytes)
        {
            throw TooLong(source, shapeText, dtype, dataBytes);
        }

        using var scope = NewDisposeScope();
        Tensor result;
        var perChunk = Math.Max(1, chunkBytes / itemSize);
        if (available is not null || count <= perChunk)
        {
            result = empty(shape, dtype);
            ReadInto(stream, result.view(-1), 0, perChunk, source, shapeText, dtype, dataBytes);
        }
        else
        {
            // Length unknown (gzip): read chunk by chunk, so a damaged header announcing more than the stream holds ends
            // in a clear error after reading what is there, not in one huge allocation.
            var pieces = new List<Tensor>();
            for (long at = 0; at < count; at += perChunk)
            {
                var piece = empty(Math.Min(perChunk, count - at), dtype);
                ReadInto(stream, piece, at, perChunk, source, shapeText, dtype, dataBytes);
                pieces.Add(piece);
            }

            result = cat(pieces, 0).view(shape);
        }

        if (stream.ReadByte() >= 0)
        {
            throw TooLong(source, shapeText, dtype, dataBytes);
        }

        return result.MoveToOuterDisposeScope();
    }

    /// <summary>Fills the flat tensor <paramref name="target"/>, elements <paramref name="first"/>… of the file's data, in chunks.</summary>
    private static void ReadInto(Stream stream, Tensor target, long first, long perChunk, string source, string shapeText, ScalarType dtype, long dataBytes)
    {
        var itemSize = (int)target.ElementSize;
        var count = target.shape[0];
        for (long at = 0; at < count; at += perChunk)
        {
            var n = Math.Min(perChunk, count - at);
            using var chunk = target.narrow(0, at, n);
            var bytes = chunk.bytes;
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read < bytes.Length)
            {
                throw Truncated(source, shapeText, dtype, dataBytes, ((first + at) * itemSize) + read);
            }

            if (BitConverter.IsLittleEndian)
            {
                NpyData.SwapBytes(bytes, itemSize);
            }
        }
    }

    private static InvalidDataException Truncated(string source, string shapeText, ScalarType dtype, long dataBytes, long got) =>
        FormatError($"'{source}' is truncated: its header announces {shapeText} of {dtype} ({dataBytes} data bytes) but the data ends after {got} bytes.");

    private static InvalidDataException TooLong(string source, string shapeText, ScalarType dtype, long dataBytes) =>
        FormatError($"'{source}' does not match its header: more data follows the {dataBytes} bytes of {shapeText} of {dtype}.");

    private static InvalidDataException FormatError(string message) => new(message);

    /// <summary>A read-only stream that yields some already-read bytes, then the rest of another stream.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream rest) : ReadOnlyStream
    {
        private int _at;

        public override int Read(Span<byte> buffer)
        {
            if (_at < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _at);
                prefix.AsSpan(_at, n).CopyTo(buffer);
                _at += n;
                return n;
            }

            return rest.Read(buffer);
        }
    }
}
