using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Linq;
using TypedGraph.Data;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Data;

/// <summary>The IDX reader on small hand-made files of every IDX type, raw and gzip, and on damaged ones.</summary>
public sealed class IdxFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>An IDX file: 0, 0, type, rank, big-endian int32 dims, then the big-endian data.</summary>
    internal static byte[] Idx(byte type, int[] dims, byte[] bigEndianData)
    {
        var bytes = new byte[4 + (4 * dims.Length) + bigEndianData.Length];
        bytes[2] = type;
        bytes[3] = (byte)dims.Length;
        for (var i = 0; i < dims.Length; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + (4 * i)), dims[i]);
        }

        bigEndianData.CopyTo(bytes, 4 + (4 * dims.Length));
        return bytes;
    }

    internal static byte[] Gzip(byte[] bytes)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal))
        {
            gzip.Write(bytes);
        }

        return memory.ToArray();
    }

    private static byte[] BigEndian<T>(T[] values, int size, Action<Memory<byte>, T> write)
    {
        var bytes = new byte[values.Length * size];
        for (var i = 0; i < values.Length; i++)
        {
            write(bytes.AsMemory(i * size, size), values[i]);
        }

        return bytes;
    }

    [Fact]
    public void Every_IDX_type_reads_with_its_shape_and_big_endian_values_raw_or_gzip()
    {
        var u8 = Enumerable.Range(0, 24).Select(i => (byte)(i * 11)).ToArray();
        var i8 = Enumerable.Range(0, 6).Select(i => (sbyte)(i * 40 - 100)).ToArray();
        var i16 = new short[] { -30000, -1, 0, 1, 258, 30000 };
        var i32 = new[] { int.MinValue, -70000, 0, 65536, int.MaxValue, 7 };
        var f32 = new[] { -1.5f, 0f, 3.25f, float.MaxValue, 1e-20f, -0f };
        var f64 = new[] { Math.PI, -Math.E, 0, 1e300, -1e-300, 42 };
        var cases = new (string Name, byte Type, int[] Dims, byte[] Data, Action<Tensor> Check)[]
        {
            ("u8", 0x08, [2, 3, 4], u8, t => Assert.Equal(u8, t.data<byte>().ToArray())),
            ("i8", 0x09, [6], i8.Select(v => (byte)v).ToArray(), t => Assert.Equal(i8, t.data<sbyte>().ToArray())),
            ("i16", 0x0B, [3, 2], BigEndian(i16, 2, (m, v) => BinaryPrimitives.WriteInt16BigEndian(m.Span, v)), t => Assert.Equal(i16, t.data<short>().ToArray())),
            ("i32", 0x0C, [2, 3], BigEndian(i32, 4, (m, v) => BinaryPrimitives.WriteInt32BigEndian(m.Span, v)), t => Assert.Equal(i32, t.data<int>().ToArray())),
            ("f32", 0x0D, [6, 1], BigEndian(f32, 4, (m, v) => BinaryPrimitives.WriteSingleBigEndian(m.Span, v)), t => Assert.Equal(f32, t.data<float>().ToArray())),
            ("f64", 0x0E, [1, 6], BigEndian(f64, 8, (m, v) => BinaryPrimitives.WriteDoubleBigEndian(m.Span, v)), t => Assert.Equal(f64, t.data<double>().ToArray())),
        };
        var dtypes = new[] { ScalarType.Byte, ScalarType.Int8, ScalarType.Int16, ScalarType.Int32, ScalarType.Float32, ScalarType.Float64 };

        for (var c = 0; c < cases.Length; c++)
        {
            var (name, type, dims, data, check) = cases[c];
            File.WriteAllBytes(_temp[name], Idx(type, dims, data));
            File.WriteAllBytes(_temp[name + ".gz"], Gzip(Idx(type, dims, data)));
            foreach (var file in new[] { name, name + ".gz" })
            {
                using var t = IdxFile.Load(_temp[file]);
                Assert.Equal(dtypes[c], t.dtype);
                Assert.Equal(dims.Select(d => (long)d), t.shape);
                check(t);
            }
        }
    }

    [Fact]
    public void Damaged_IDX_files_fail_with_the_file_name_and_the_reason()
    {
        var good = Idx(0x08, [2, 2], [1, 2, 3, 4]);
        var cases = new (string Name, byte[] Bytes, string Fragment)[]
        {
            ("truncated", good[..^1], "is truncated: its header announces (2, 2) of Byte (4 data bytes) but the data ends after 3 bytes"),
            ("extra", [.. good, 9], "more data follows the 4 bytes"),
            ("type", Idx(0x0A, [1], [0]), "type byte 0x0A"),
            ("magic", [1, 2, 3, 4, 5], "not an IDX file"),
            ("dims", good[..9], "ends inside its 2 dimension sizes"),
            ("truncated.gz", Gzip(good[..^2]), "(gzip)' is truncated"),
            ("damaged.gz", [.. Gzip(good)[..12], .. new byte[20]], "damaged gzip file"),
        };
        foreach (var (name, bytes, fragment) in cases)
        {
            File.WriteAllBytes(_temp[name], bytes);
            var error = Assert.Throws<InvalidDataException>(() => IdxFile.Load(_temp[name]));
            Assert.Contains(_temp[name], error.Message, StringComparison.Ordinal);
            Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        }

        Assert.Throws<FileNotFoundException>(() => IdxFile.Load(_temp["none"]));
    }
}
