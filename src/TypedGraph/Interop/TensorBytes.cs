using System;
using System.IO;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph.Interop;

/// <summary>
/// Copies the raw bytes of tensors (C order, the host's byte order) to and from streams, in chunks, so tensors larger
/// than a <see cref="Span{T}"/> can hold are handled and no managed copy of a whole tensor is made.
/// </summary>
internal static class TensorBytes
{
    private const long ChunkBytes = 1L << 26;

    /// <summary>Writes the elements of <paramref name="tensor"/> (any device, any layout) in C order.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="tensor">The tensor.</param>
    /// <param name="chunkBytes">Bytes copied per step (rounded down to whole elements, at least one); tests make it small.</param>
    public static void Write(Stream stream, Tensor tensor, long chunkBytes = ChunkBytes)
    {
        ThrowIfBigEndian();
        using var scope = NewDisposeScope();
        var flat = tensor.detach().cpu().contiguous().reshape(-1);
        var count = flat.numel();
        var perChunk = Math.Max(1, chunkBytes / flat.element_size());
        for (long start = 0; start < count; start += perChunk)
        {
            using var part = flat.narrow(0, start, Math.Min(perChunk, count - start));
            stream.Write(part.bytes);
        }
    }

    /// <summary>Fills <paramref name="target"/>, a contiguous CPU tensor, with the next bytes of <paramref name="stream"/>.</summary>
    /// <param name="stream">The source, positioned at the first byte.</param>
    /// <param name="target">The tensor to fill.</param>
    /// <param name="booleans">Whether every byte must be 0 or 1 (a BOOL tensor: other bytes are not valid booleans to libtorch).</param>
    /// <exception cref="EndOfStreamException">The stream ends first.</exception>
    /// <param name="chunkBytes">Bytes copied per step (rounded down to whole elements, at least one); tests make it small.</param>
    /// <exception cref="InvalidDataException"><paramref name="booleans"/> is set and a byte is neither 0 nor 1.</exception>
    public static void Read(Stream stream, Tensor target, bool booleans = false, long chunkBytes = ChunkBytes)
    {
        ThrowIfBigEndian();
        if (target.device_type != DeviceType.CPU || !target.is_contiguous())
        {
            throw new ArgumentException("The target must be a contiguous CPU tensor.", nameof(target));
        }

        using var scope = NewDisposeScope();
        var flat = target.reshape(-1);
        var count = flat.numel();
        var perChunk = Math.Max(1, chunkBytes / flat.element_size());
        for (long start = 0; start < count; start += perChunk)
        {
            using var part = flat.narrow(0, start, Math.Min(perChunk, count - start));
            var span = part.bytes;
            stream.ReadExactly(span);
            if (booleans && BooleanViolation(span, start) is { } violation)
            {
                throw new InvalidDataException(violation);
            }
        }
    }

    /// <summary>
    /// The one rule for boolean data read from a file (safetensors BOOL, NumPy <c>|b1</c>): every byte is 0 or 1, since
    /// libtorch takes other bytes for booleans that compare unequal to <c>true</c>. Returns the end of a message for the
    /// first other byte ("holds the byte 2 at element 7; booleans must be 0 or 1."), or null when all are valid.
    /// </summary>
    /// <param name="bytes">One byte per boolean.</param>
    /// <param name="firstElement">The element index of <c>bytes[0]</c> in the file's order, for the message.</param>
    public static string? BooleanViolation(ReadOnlySpan<byte> bytes, long firstElement) =>
        bytes.IndexOfAnyExceptInRange((byte)0, (byte)1) is var bad and >= 0
            ? $"holds the byte {bytes[bad]} at element {firstElement + bad}; booleans must be 0 or 1."
            : null;

    /// <summary>Both formats this serves (safetensors, ONNX raw_data) are little-endian; .NET's supported platforms are too.</summary>
    public static void ThrowIfBigEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Tensor files are little-endian; this big-endian host is not supported.");
        }
    }
}
