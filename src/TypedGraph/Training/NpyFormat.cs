using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// Writes tensors in NumPy's <c>.npy</c> format (version 1.0: magic <c>\x93NUMPY</c>, version bytes, a little-endian
/// uint16 header length, a Python-literal header dict padded with spaces to a multiple of 64 bytes and ended by a
/// newline, then the data in C order, little-endian) and <c>.npz</c> archives of them (a zip of <c>name.npy</c>
/// entries, as <c>numpy.savez</c> writes), readable with <c>numpy.load</c>.
/// </summary>
internal static class NpyFormat
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0];

    /// <summary>Writes <paramref name="tensor"/> as one <c>.npy</c> file to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, Tensor tensor)
    {
        using var scope = NewDisposeScope();
        var (descr, data) = Convert(tensor);
        var shape = tensor.shape;
        var shapeText = shape.Length switch
        {
            0 => "()",
            1 => string.Create(CultureInfo.InvariantCulture, $"({shape[0]},)"),
            _ => "(" + string.Join(", ", Array.ConvertAll(shape, d => d.ToString(CultureInfo.InvariantCulture))) + ")",
        };
        var header = $"{{'descr': '{descr}', 'fortran_order': False, 'shape': {shapeText}, }}";
        var total = Magic.Length + 2 + header.Length + 1;
        var padded = header + new string(' ', (64 - (total % 64)) % 64) + "\n";
        stream.Write(Magic);
        Span<byte> length = stackalloc byte[2];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(length, checked((ushort)padded.Length));
        stream.Write(length);
        stream.Write(Encoding.ASCII.GetBytes(padded));
        stream.Write(data);
    }

    /// <summary>
    /// Writes <paramref name="arrays"/> as an <c>.npz</c> archive at <paramref name="path"/>, through a temp file and a
    /// rename so readers never see a partial archive.
    /// </summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteArchive(string path, IEnumerable<(string Name, Tensor Tensor)> arrays)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                foreach (var (name, tensor) in arrays)
                {
                    using var entry = zip.CreateEntry(name + ".npy", CompressionLevel.NoCompression).Open();
                    Write(entry, tensor);
                }
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            File.Delete(temp);
            throw new IOException($"Cannot write the NumPy archive '{full}': {error.Message}", error);
        }
    }

    private static (string Descr, byte[] Data) Convert(Tensor tensor)
    {
        var t = tensor.detach().cpu().contiguous();
        var descr = t.dtype switch
        {
            ScalarType.Float32 => "<f4",
            ScalarType.Float64 => "<f8",
            ScalarType.Float16 => "<f2",
            ScalarType.Int64 => "<i8",
            ScalarType.Int32 => "<i4",
            ScalarType.Int16 => "<i2",
            ScalarType.Int8 => "|i1",
            ScalarType.Byte => "|u1",
            ScalarType.Bool => "|b1",
            _ => null,
        };
        if (descr is null)
        {
            // BFloat16 and others NumPy has no type for: widen to float32.
            t = t.to_type(ScalarType.Float32);
            descr = "<f4";
        }

        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Writing .npy files needs a little-endian machine.");
        }

        return (descr, t.bytes.ToArray());
    }
}
