using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using TypedGraph.Data;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Data;

/// <summary>
/// Data files at the edges: NumPy booleans other than 0/1 (written by Debian's numpy), headers announcing more data
/// than a long can count or the file holds (refused before any allocation), and an .npy batch source without a batch.
/// </summary>
public sealed class DataFileEdgesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void NumPy_booleans_other_than_0_and_1_are_refused_by_every_reader_naming_the_file_and_element()
    {
        // numpy itself writes the byte 2 under dtype bool when asked to view raw bytes as booleans.
        DebianPython.RunIn(
            _temp.Path,
            "import numpy as np\n" +
            "bad = np.frombuffer(bytes([0, 1, 2]), np.uint8).view(np.bool_)\n" +
            "np.save('bad.npy', bad)\n" +
            "np.save('badf.npy', np.asfortranarray(np.array([[1, 1, 7], [0, 0, 1]], np.uint8).view(np.bool_)))\n" +
            "np.savez('bad.npz', ok=np.array([True, False]), b=bad)\n");
        var npy = _temp["bad.npy"];
        var fortran = _temp["badf.npy"];
        var npz = _temp["bad.npz"];

        Assert.Equal($"'{npy}' holds the byte 2 at element 2; booleans must be 0 or 1.", Assert.Throws<InvalidDataException>(() => NumPy.Load(npy)).Message);
        Assert.Equal($"'{npz}[b.npy]' holds the byte 2 at element 2; booleans must be 0 or 1.", Assert.Throws<InvalidDataException>(() => NumPy.LoadNpz(npz)).Message);
        using var file = NpyFile.Open(npy);
        using (var valid = file.ReadRows(0, 2))
        {
            Assert.Equal([false, true], valid.data<bool>().ToArray());
        }

        Assert.Equal($"'{npy}' holds the byte 2 at element 2; booleans must be 0 or 1.", Assert.Throws<InvalidDataException>(() => file.ReadRows(1, 2)).Message);

        // Fortran order (2, 3) stores the columns: bytes 1 0 | 1 0 | 7 1; the 7 is element 4 of the file, row 0 of column 2.
        using var columns = NpyFile.Open(fortran);
        using (var row1 = columns.ReadRows(1, 1))
        {
            Assert.Equal([false, false, true], row1.data<bool>().ToArray());
        }

        Assert.Equal($"'{fortran}' holds the byte 7 at element 4; booleans must be 0 or 1.", Assert.Throws<InvalidDataException>(() => columns.ReadRows(0, 1)).Message);
        Assert.Equal($"'{fortran}' holds the byte 7 at element 4; booleans must be 0 or 1.", Assert.Throws<InvalidDataException>(() => NumPy.Load(fortran)).Message);
    }

    [Fact]
    public void An_npy_header_announcing_more_bytes_than_a_long_counts_is_refused_naming_the_file_and_shape()
    {
        var path = _temp["huge.npy"];
        var header = NpyHeader.Format(NpyElementType.For(ScalarType.Float32, "test"), [1L << 31, 1L << 31, 4]);
        File.WriteAllBytes(path, [.. header, 1, 2, 3, 4]);
        var expected = $"'{path}' announces shape (2147483648, 2147483648, 4) of '<f4', more than {long.MaxValue} bytes of data: its header is damaged.";

        Assert.Equal(expected, Assert.Throws<InvalidDataException>(() => NumPy.Load(path)).Message);
        Assert.Equal(expected, Assert.Throws<InvalidDataException>(() => NpyFile.Open(path)).Message);
    }

    [Fact]
    public void An_IDX_header_announcing_too_much_is_refused_before_allocating_raw_or_gzip()
    {
        var overflow = _temp["overflow.idx"];
        File.WriteAllBytes(overflow, IdxFileTests.Idx(0x0D, [-1, -1, -1], [1, 2, 3, 4])); // three dimensions of 2^32 - 1
        Assert.Equal(
            $"'{overflow}' announces (4294967295, 4294967295, 4294967295) of Float32, more than {long.MaxValue} bytes of data: its header is damaged.",
            Assert.Throws<InvalidDataException>(() => IdxFile.Load(overflow)).Message);

        // 2^62 bytes announced, 16 present: libtorch could not allocate it; the file length refuses it first.
        var huge = IdxFileTests.Idx(0x08, [1 << 30, 1 << 30, 4], new byte[16]);
        var raw = _temp["huge.idx"];
        var gzip = _temp["huge.idx.gz"];
        File.WriteAllBytes(raw, huge);
        File.WriteAllBytes(gzip, IdxFileTests.Gzip(huge));

        Assert.Equal(
            $"'{raw}' is truncated: its header announces (1073741824, 1073741824, 4) of Byte (4611686018427387904 data bytes) but the data ends after 16 bytes.",
            Assert.Throws<InvalidDataException>(() => IdxFile.Load(raw)).Message);
        Assert.Equal(
            $"'{gzip} (gzip)' is truncated: its header announces (1073741824, 1073741824, 4) of Byte (4611686018427387904 data bytes) but the data ends after 16 bytes.",
            Assert.Throws<InvalidDataException>(() => IdxFile.Load(gzip)).Message);

        // Gzip of unknown length is read chunk by chunk (here 8 bytes): a short file fails after one small chunk, a
        // whole one reads across chunks.
        using (var stream = File.OpenRead(gzip))
        {
            Assert.Contains("but the data ends after 16 bytes.", Assert.Throws<InvalidDataException>(() => IdxFile.Load(stream, "huge", chunkBytes: 8)).Message, StringComparison.Ordinal);
        }

        short[] values = [1, -2, 300, -400, 5, 6, 7, 8, 9];
        var bigEndian = new byte[values.Length * 2];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt16BigEndian(bigEndian.AsSpan(2 * i), values[i]);
        }

        using var whole = new MemoryStream(IdxFileTests.Gzip(IdxFileTests.Idx(0x0B, [3, 3], bigEndian)));
        using var read = IdxFile.Load(whole, "small", chunkBytes: 4);
        Assert.Equal([3L, 3L], read.shape);
        Assert.Equal(values, read.reshape(-1).data<short>().ToArray());
    }

    [Fact]
    public void An_npy_batch_source_without_a_single_batch_is_refused_naming_the_file_and_the_settings()
    {
        NumPy.Save(_temp["empty_x.npy"], zeros(0, 3));
        NumPy.Save(_temp["empty_y.npy"], zeros(0, ScalarType.Int64));
        NumPy.Save(_temp["x.npy"], ones(3, 3));
        NumPy.Save(_temp["y.npy"], zeros(3, ScalarType.Int64));

        var empty = Assert.Throws<ArgumentException>(() => new NpyBatchSource<FeaturesRecord, LabelsRecord>([_temp["empty_x.npy"]], [_temp["empty_y.npy"]], batchSize: 4));
        var dropped = Assert.Throws<ArgumentException>(() => new NpyBatchSource<FeaturesRecord, LabelsRecord>([_temp["x.npy"]], [_temp["y.npy"]], batchSize: 4, dropRemainder: true));

        Assert.Equal($"'{_temp["empty_x.npy"]}' has 0 rows; with batchSize 4 and dropRemainder false an epoch would have no batch.", empty.Message);
        Assert.Equal($"'{_temp["x.npy"]}' has 3 rows; with batchSize 4 and dropRemainder true an epoch would have no batch.", dropped.Message);
        using var three = new NpyBatchSource<FeaturesRecord, LabelsRecord>([_temp["x.npy"]], [_temp["y.npy"]], batchSize: 3, dropRemainder: true);
        Assert.Equal(1, three.BatchCount);
    }
}
