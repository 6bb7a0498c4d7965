using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using static TorchSharp.torch;

namespace TypedGraph.Data;

/// <summary>
/// Reads and writes NumPy's <c>.npy</c> files and <c>.npz</c> archives, so arrays move between Python and TorchSharp
/// without conversion scripts.
/// </summary>
/// <remarks>
/// <para>
/// Supported element types: bool, uint8, int8, int16, int32, int64, float16, float32, float64, complex64 and complex128
/// (every TorchSharp type NumPy can represent). Reading accepts format versions 1.0, 2.0 and 3.0, C and Fortran order
/// (returned as a C-contiguous tensor), little- and big-endian data (converted to the machine's order), and <c>.npz</c>
/// entries stored or deflate-compressed (<c>numpy.savez</c> and <c>numpy.savez_compressed</c>).
/// Anything else (strings, Python objects, structured records, unsigned integers wider than 8 bits) is refused with an
/// <see cref="InvalidDataException"/> naming the file and the dtype.
/// </para>
/// <para>
/// Writing produces what <c>numpy.save</c> writes: format 1.0 (2.0 for a header over 64 KiB), C order, little-endian,
/// data aligned to 64 bytes. BFloat16 has no NumPy dtype, so saving a BFloat16 tensor throws
/// <see cref="ArgumentException"/>; convert it to Float32 first (exact). Writes are atomic: a temp file in the same
/// directory, then a rename, so a reader never sees a partial file.
/// </para>
/// <para>
/// Loaded tensors are CPU tensors owned by the caller, registered in the caller's current dispose scope like any
/// TorchSharp factory result. For arrays larger than memory use <see cref="NpyFile.Open"/>.
/// </para>
/// </remarks>
public static class NumPy
{
    /// <summary>Reads a <c>.npy</c> file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>A C-contiguous CPU tensor with the file's shape and dtype.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a readable <c>.npy</c> file (bad magic, truncated, unsupported dtype, shape and data length disagree, a boolean byte other than 0 or 1); the message names the file and the problem.</exception>
    public static Tensor Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var file = OpenRead(path, ".npy file");
        var header = NpyHeader.Read(file, path);
        header.CheckDataLength(file.Length - header.DataOffset, path);
        return NpyData.Read(file, header, path);
    }

    /// <summary>Reads every array of a <c>.npz</c> archive (<c>numpy.savez</c> or <c>numpy.savez_compressed</c>).</summary>
    /// <param name="path">The archive.</param>
    /// <returns>The arrays by name (the entry name without <c>.npy</c>), in archive order.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a zip archive, an entry's zip data is damaged, or an entry is not a readable <c>.npy</c> file; the message names the archive and the entry.</exception>
    public static IReadOnlyDictionary<string, Tensor> LoadNpz(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var file = OpenRead(path, ".npz archive");
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(file, ZipArchiveMode.Read);
        }
        catch (InvalidDataException error)
        {
            throw NotZip(path, error);
        }

        using (zip)
        {
            IReadOnlyCollection<ZipArchiveEntry> entries;
            try
            {
                entries = zip.Entries; // the central directory is read here
            }
            catch (InvalidDataException error)
            {
                throw NotZip(path, error);
            }

            var arrays = new Dictionary<string, Tensor>(StringComparer.Ordinal);
            try
            {
                foreach (var entry in entries)
                {
                    if (entry.FullName.EndsWith('/'))
                    {
                        continue; // a directory entry
                    }

                    var name = entry.FullName.EndsWith(".npy", StringComparison.Ordinal) ? entry.FullName[..^4] : entry.FullName;
                    var source = $"{path}[{entry.FullName}]";
                    if (arrays.ContainsKey(name))
                    {
                        throw new InvalidDataException($"'{path}' holds the array '{name}' twice.");
                    }

                    var damaged = $"'{path}' is a damaged zip archive (entry '{entry.FullName}')";
                    Stream opened;
                    try
                    {
                        opened = entry.Open();
                    }
                    catch (InvalidDataException error)
                    {
                        throw DecodingErrorStream.Damaged(damaged, error);
                    }

                    using var stream = new DecodingErrorStream(opened, damaged);
                    var header = NpyHeader.Read(stream, source);
                    header.CheckDataLength(entry.Length - header.DataOffset, source);
                    arrays[name] = NpyData.Read(stream, header, source);
                }
            }
            catch
            {
                foreach (var tensor in arrays.Values)
                {
                    tensor.Dispose();
                }

                throw;
            }

            return arrays;
        }
    }

    /// <summary>Writes <paramref name="tensor"/> as a <c>.npy</c> file, atomically.</summary>
    /// <param name="path">The file to create or replace; its directory is created if needed.</param>
    /// <param name="tensor">The tensor (any device, any layout); written C-order little-endian.</param>
    /// <exception cref="ArgumentException">The dtype has no NumPy equivalent (BFloat16, quantized types).</exception>
    /// <exception cref="IOException">The file cannot be written; no partial file is left behind.</exception>
    public static void Save(string path, Tensor tensor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(tensor);
        NpyElementType.For(tensor.dtype, $"'{path}'"); // fail before creating any file
        AtomicFile.Write(path, "NumPy file", stream => NpyData.Write(stream, tensor, $"'{path}'"));
    }

    /// <summary>Writes <paramref name="arrays"/> as a <c>.npz</c> archive (one <c>name.npy</c> entry each), atomically.</summary>
    /// <param name="path">The archive to create or replace; its directory is created if needed.</param>
    /// <param name="arrays">The arrays by name, written in enumeration order.</param>
    /// <param name="compress">Deflate the entries, as <c>numpy.savez_compressed</c> does; otherwise stored, as <c>numpy.savez</c>.</param>
    /// <exception cref="ArgumentException">A name is empty or contains a path separator, or a dtype has no NumPy equivalent.</exception>
    /// <exception cref="IOException">The file cannot be written; no partial file is left behind.</exception>
    public static void SaveNpz(string path, IReadOnlyDictionary<string, Tensor> arrays, bool compress = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(arrays);
        WriteArchive(path, arrays, compress);
    }

    /// <summary>Writes an archive from name/tensor pairs in the given order (shared with <c>ActivationLogger</c>).</summary>
    internal static void WriteArchive(string path, IEnumerable<KeyValuePair<string, Tensor>> arrays, bool compress)
    {
        var entries = new List<KeyValuePair<string, Tensor>>(arrays);
        foreach (var (name, tensor) in entries)
        {
            if (string.IsNullOrEmpty(name) || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Cannot write '{path}': the array name '{name}' is empty or contains a path separator.", nameof(arrays));
            }

            ArgumentNullException.ThrowIfNull(tensor, $"arrays[\"{name}\"]");
            NpyElementType.For(tensor.dtype, $"array '{name}' of '{path}'");
        }

        AtomicFile.Write(path, "NumPy archive", stream =>
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var (name, tensor) in entries)
            {
                var entry = zip.CreateEntry(name + ".npy", compress ? CompressionLevel.Optimal : CompressionLevel.NoCompression);
                using var entryStream = entry.Open();
                NpyData.Write(entryStream, tensor, $"array '{name}' of '{path}'");
            }
        });
    }

    private static InvalidDataException NotZip(string path, InvalidDataException error) =>
        new($"'{path}' is not a NumPy .npz archive: it is not a readable zip file ({error.Message}).", error);

    private static FileStream OpenRead(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The {what} '{path}' does not exist.", path);
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
    }
}
