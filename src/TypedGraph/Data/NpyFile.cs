using System;
using System.Collections.Generic;
using System.IO;
using static TorchSharp.torch;

namespace TypedGraph.Data;

/// <summary>
/// A <c>.npy</c> file opened for reading rows on demand: its dtype and shape are known at once, and
/// <see cref="ReadRows"/> copies rows (slices along the first axis) into tensors without reading the rest of the file,
/// so arrays larger than memory can feed training batch by batch.
/// </summary>
/// <remarks>
/// Accepts what <see cref="NumPy.Load"/> accepts (any version, C or Fortran order, either byte order). C-order rows are
/// contiguous in the file and arrive with one positioned read straight into the tensor's storage; Fortran-order rows
/// are gathered with one positioned read per column. The kernel copies from its page cache (shared, reclaimable), so
/// the pages an epoch has read are not in the process's resident set: streaming a file twice as large does not make the
/// process look twice as large to a container limit or an RSS monitor. (A memory mapping was measured against this and
/// lost: mapping a view per read cost 23× the CPU of a positioned read, and one view of the whole file 7× and keeps
/// every page it touched resident; see docs/performance.md.) Reads from several threads at once are safe; dispose only
/// when no read is running.
/// </remarks>
public sealed class NpyFile : IDisposable
{
    private const int ChunkBytes = 1 << 26;

    private readonly NpyHeader _header;
    private readonly FileStream _file;
    private bool _disposed;

    private NpyFile(string path, NpyHeader header, FileStream file)
    {
        Path = path;
        _header = header;
        _file = file;
        Shape = Array.AsReadOnly(header.Shape);
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The element type of the tensors <see cref="ReadRows"/> returns.</summary>
    public ScalarType DType => _header.Element.DType;

    /// <summary>The array's shape as stored in the header.</summary>
    public IReadOnlyList<long> Shape { get; }

    /// <summary>The number of rows: the size of the first axis.</summary>
    /// <exception cref="InvalidOperationException">The array is a scalar (rank 0).</exception>
    public long RowCount => Shape.Count > 0
        ? Shape[0]
        : throw new InvalidOperationException($"'{Path}' holds a scalar (shape ()), which has no rows.");

    /// <summary>True when the data is stored column-major (rows are still returned C-contiguous).</summary>
    public bool FortranOrder => _header.FortranOrder;

    /// <summary>Opens <paramref name="path"/>, reading and checking only its header.</summary>
    /// <param name="path">The <c>.npy</c> file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a readable <c>.npy</c> file or its length disagrees with its header.</exception>
    public static NpyFile Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The .npy file '{path}' does not exist.", path);
        }

        // The header is read and checked through the handle the rows are read from, so a file replaced in between
        // cannot be read unchecked.
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096);
        try
        {
            var header = NpyHeader.Read(stream, path);
            header.CheckDataLength(stream.Length - header.DataOffset, path);
            return new NpyFile(path, header, stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Copies rows <c>[start, start + count)</c> into a new C-contiguous CPU tensor of shape (count, …rest of the shape).</summary>
    /// <param name="start">The first row.</param>
    /// <param name="count">The number of rows (0 gives an empty tensor).</param>
    /// <returns>A tensor owned by the caller (registered in the calling thread's current dispose scope, if any).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie within <c>[0, RowCount)</c>.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    /// <exception cref="InvalidDataException">The array is boolean and a byte of the rows is neither 0 nor 1.</exception>
    /// <exception cref="EndOfStreamException">The file was truncated after it was opened.</exception>
    public Tensor ReadRows(long start, long count)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var rows = RowCount;
        if (start < 0 || count < 0 || start > rows - count)
        {
            throw new ArgumentOutOfRangeException(
                nameof(start), $"Rows [{start}, {start + count}) are outside '{Path}', which has {rows} rows.");
        }

        var rowShape = _header.Shape[1..];
        long rowElements = 1;
        foreach (var d in rowShape)
        {
            rowElements = checked(rowElements * d);
        }

        using var scope = NewDisposeScope();
        var result = _header.FortranOrder && _header.Shape.Length > 1
            ? ReadFortranRows(start, count, rowShape, rowElements)
            : ReadCRows(start, count, rowShape, rowElements);
        return result.MoveToOuterDisposeScope();
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _file.Dispose();
    }

    private Tensor ReadCRows(long start, long count, long[] rowShape, long rowElements)
    {
        var itemSize = _header.Element.ItemSize;
        var rowBytes = rowElements * itemSize;
        var result = empty([count, .. rowShape], DType);
        if (rowBytes == 0)
        {
            return result;
        }

        if (rowBytes > int.MaxValue)
        {
            throw new NotSupportedException($"A row of '{Path}' has {rowBytes} bytes; rows over 2 GiB cannot be read one at a time.");
        }

        var perChunk = Math.Max(1, ChunkBytes / rowBytes);
        for (long at = 0; at < count; at += perChunk)
        {
            var n = Math.Min(perChunk, count - at);
            using var part = result.narrow(0, at, n);
            var bytes = part.bytes;
            Read(_header.DataOffset + ((start + at) * rowBytes), bytes);
        }

        return result;
    }

    private Tensor ReadFortranRows(long start, long count, long[] rowShape, long rowElements)
    {
        // Stored as a C array of the reversed shape (..., d1, d0): every combination of the other indices is a run of
        // d0 elements, and the wanted rows are elements [start, start + count) of each run.
        var itemSize = _header.Element.ItemSize;
        var reversedRest = (long[])rowShape.Clone();
        Array.Reverse(reversedRest);
        var stored = empty([.. reversedRest, count], DType);
        var totalBytes = rowElements * count * itemSize;
        if (totalBytes > int.MaxValue)
        {
            throw new NotSupportedException(
                $"Reading {count} rows of the Fortran-order file '{Path}' needs {totalBytes} bytes at once; read fewer rows (at most 2 GiB per call).");
        }

        var bytes = stored.bytes;
        if (bytes.Length == 0)
        {
            return NpyData.FromStoredLayout(stored, fortranOrder: true);
        }

        // One positioned read per run: the runs lie a whole column apart in the file.
        var runLength = _header.Shape[0];
        var runBytes = (int)(count * itemSize);
        var first = _header.DataOffset + (start * itemSize);
        for (long run = 0; run < rowElements; run++)
        {
            Read(first + (run * runLength * itemSize), bytes.Slice((int)(run * runBytes), runBytes));
        }

        return NpyData.FromStoredLayout(stored, fortranOrder: true);
    }

    /// <summary>Fills <paramref name="destination"/> from the file at <paramref name="offset"/> (the header checked the length).</summary>
    /// <exception cref="InvalidDataException">The array is boolean and a byte is neither 0 nor 1.</exception>
    private void Read(long offset, Span<byte> destination)
    {
        var at = offset;
        for (var remaining = destination; !remaining.IsEmpty;)
        {
            var read = RandomAccess.Read(_file.SafeFileHandle, remaining, offset);
            if (read == 0)
            {
                throw new EndOfStreamException($"'{Path}' ended at byte {offset} while reading rows; was it truncated after it was opened?");
            }

            remaining = remaining[read..];
            offset += read;
        }

        if (_header.Element.BigEndian)
        {
            NpyData.SwapBytes(destination, _header.Element.SwapUnit);
        }

        if (DType == ScalarType.Bool && Interop.TensorBytes.BooleanViolation(destination, (at - _header.DataOffset) / _header.Element.ItemSize) is { } violation)
        {
            throw new InvalidDataException($"'{Path}' {violation}");
        }
    }
}
