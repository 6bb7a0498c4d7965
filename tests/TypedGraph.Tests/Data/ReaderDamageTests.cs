using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using TypedGraph.Data;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Data;

/// <summary>
/// No hard edges in the array readers: every damaged byte of a header (and every Nth byte of the data) and every cut
/// either loads or is refused with the documented <see cref="InvalidDataException"/> naming the file, never a raw
/// zlib, libtorch or runtime error.
/// </summary>
public sealed class ReaderDamageTests
{
    private static readonly Type[] Documented = [typeof(InvalidDataException)];

    /// <summary>A .npy file as NumPy writes it: magic, version 1.0, the dict padded to 64 bytes, then the data.</summary>
    private static byte[] Npy(string descr, bool fortran, long[] shape, byte[] data)
    {
        var dict = $"{{'descr': '{descr}', 'fortran_order': {(fortran ? "True" : "False")}, 'shape': {NpyHeader.FormatShape(shape)}, }}";
        var padded = dict.PadRight(((10 + dict.Length + 1 + 63) / 64 * 64) - 10 - 1) + "\n";
        byte[] prefix = [0x93, .. "NUMPY"u8, 1, 0, (byte)padded.Length, (byte)(padded.Length >> 8)];
        return [.. prefix, .. Encoding.Latin1.GetBytes(padded), .. data];
    }

    private static byte[] Counting(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 7))];

    public static TheoryData<string, bool, int> NpyKinds => new()
    {
        { "<f4", false, 4 },
        { "<f4", true, 4 },
        { ">i8", true, 8 },
        { "<i2", false, 2 },
        { "|b1", false, 1 },
    };

    [Theory]
    [MemberData(nameof(NpyKinds))]
    public void A_damaged_npy_file_loads_or_is_refused_naming_it(string descr, bool fortran, int itemSize)
    {
        using var temp = new TempDirectory();
        long[] shape = [3, 2, 4];
        var data = descr == "|b1" ? [.. Enumerable.Range(0, 24).Select(i => (byte)(i % 2))] : Counting(24 * itemSize);
        var valid = Npy(descr, fortran, shape, data);
        var headerBytes = valid.Length - data.Length;
        using (NewDisposeScope())
        {
            Assert.Equal(shape, NumPy.Load(Write(temp, valid)).shape); // the undamaged file loads
        }

        var variants = ByteDamage.Variants(valid, ByteDamage.Offsets(valid.Length, headerBytes, stride: 5), ByteDamage.Cuts(valid.Length, upTo: 12).Append(headerBytes))
            .Concat(ByteDamage.Scrambled(valid, Enumerable.Range(0, headerBytes), count: 300));
        ByteDamage.AssertLoadsOrRefuses(variants, temp["damaged.npy"], path =>
        {
            using var scope = NewDisposeScope();
            NumPy.Load(path);
        }, Documented);
        ByteDamage.AssertLoadsOrRefuses(variants, temp["damaged.npy"], path =>
        {
            using var scope = NewDisposeScope();
            using var file = NpyFile.Open(path);
            if (file.Shape.Count > 0)
            {
                file.ReadRows(0, file.RowCount);
            }
        }, Documented);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_damaged_npz_archive_loads_or_is_refused_naming_it(bool compress)
    {
        using var temp = new TempDirectory();
        using (NewDisposeScope())
        {
            NumPy.SaveNpz(temp["valid.npz"], new Dictionary<string, Tensor>
            {
                ["x"] = arange(12, dtype: ScalarType.Float32).view(3, 4),
                ["y"] = arange(5, dtype: ScalarType.Int64),
            }, compress);
        }

        var valid = File.ReadAllBytes(temp["valid.npz"]);
        // Every byte: local headers, the .npy headers inside (stored or deflated) and the central directory.
        var variants = ByteDamage.Variants(valid, ByteDamage.Offsets(valid.Length, valid.Length, stride: 1), ByteDamage.Cuts(valid.Length, upTo: 8).Concat([valid.Length - 22, valid.Length - 23]))
            .Concat(ByteDamage.Scrambled(valid, Enumerable.Range(0, valid.Length), count: 500));
        ByteDamage.AssertLoadsOrRefuses(variants, temp["damaged.npz"], path =>
        {
            using var scope = NewDisposeScope();
            NumPy.LoadNpz(path);
        }, Documented);
    }

    [Fact]
    public void A_damaged_deflate_stream_in_an_npz_names_the_archive_and_the_entry()
    {
        // zlib's own message ("Unknown block type…") named no file before.
        using var temp = new TempDirectory();
        var path = temp["damaged.npz"];
        using (NewDisposeScope())
        {
            NumPy.SaveNpz(path, new Dictionary<string, Tensor> { ["x"] = arange(1000, dtype: ScalarType.Float32) }, compress: true);
        }

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(8, BitConverter.ToUInt16(bytes, 8)); // the entry is deflated
        var data = 30 + BitConverter.ToUInt16(bytes, 26) + BitConverter.ToUInt16(bytes, 28); // after the local header, name and extra field
        bytes[data] = 0xFF; // a final block of the reserved type 3
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<InvalidDataException>(() => NumPy.LoadNpz(path));

        Assert.StartsWith($"'{path}' is a damaged zip archive (entry 'x.npy'): ", error.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidDataException>(error.InnerException);
    }

    /// <summary>An IDX file: two zero bytes, the type byte, the rank, big-endian dimensions, then the data.</summary>
    private static byte[] Idx(byte type, int[] shape, byte[] data)
    {
        var bytes = new List<byte> { 0, 0, type, (byte)shape.Length };
        foreach (var d in shape)
        {
            bytes.AddRange([(byte)(d >> 24), (byte)(d >> 16), (byte)(d >> 8), (byte)d]);
        }

        return [.. bytes, .. data];
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    [Theory]
    [InlineData((byte)0x08, 1, false)]
    [InlineData((byte)0x0D, 4, false)]
    [InlineData((byte)0x08, 1, true)]
    [InlineData((byte)0x0E, 8, true)]
    public void A_damaged_idx_file_loads_or_is_refused_naming_it(byte type, int itemSize, bool gzip)
    {
        using var temp = new TempDirectory();
        var raw = Idx(type, [5, 3, 2], Counting(30 * itemSize));
        var valid = gzip ? Gzip(raw) : raw;
        using (NewDisposeScope())
        {
            Assert.Equal([5L, 3, 2], IdxFile.Load(Write(temp, valid)).shape);
        }

        var header = gzip ? valid.Length : 16; // compressed, every byte matters
        var variants = ByteDamage.Variants(valid, ByteDamage.Offsets(valid.Length, header, stride: 3), ByteDamage.Cuts(valid.Length, upTo: 20))
            .Concat(ByteDamage.Scrambled(valid, Enumerable.Range(0, header), count: 300));
        ByteDamage.AssertLoadsOrRefuses(variants, temp["damaged.idx"], path =>
        {
            using var scope = NewDisposeScope();
            IdxFile.Load(path);
        }, Documented);
    }

    private static string Write(TempDirectory temp, byte[] bytes)
    {
        File.WriteAllBytes(temp["valid"], bytes);
        return temp["valid"];
    }
}
