using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using TorchSharp;
using TypedGraph.Data;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Data;

/// <summary>NumPy files written by Debian's numpy read by us, ours read by numpy, and every way a file can be bad.</summary>
public sealed class NumPyTests : IDisposable
{
    /// <summary>numpy dtype name → TorchSharp dtype, for every type the two share.</summary>
    internal static readonly (string Name, ScalarType DType)[] DTypes =
    [
        ("bool", ScalarType.Bool), ("uint8", ScalarType.Byte), ("int8", ScalarType.Int8), ("int16", ScalarType.Int16),
        ("int32", ScalarType.Int32), ("int64", ScalarType.Int64), ("float16", ScalarType.Float16),
        ("float32", ScalarType.Float32), ("float64", ScalarType.Float64), ("complex64", ScalarType.ComplexFloat32),
        ("complex128", ScalarType.ComplexFloat64),
    ];

    /// <summary>The values both sides compute for a dtype: the same formula in numpy and in TorchSharp.</summary>
    internal const string PythonValues = """
        import numpy as np
        def values(dt, n):
            a = np.arange(n)
            if dt == 'bool': return a % 3 == 0
            if dt == 'uint8': return (a * 7 % 256).astype(dt)
            if dt.startswith('int'): return ((a - n // 2) * 3).astype(dt)
            if dt.startswith('float'): return ((a - n // 2) * 0.25).astype(dt)
            return ((a - n // 2) * 0.25 + 1j * (a * 0.5)).astype(dt)
        DTYPES = ['bool', 'uint8', 'int8', 'int16', 'int32', 'int64', 'float16', 'float32', 'float64', 'complex64', 'complex128']

        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    internal static Tensor Values(ScalarType dtype, long n)
    {
        using var scope = NewDisposeScope();
        var a = arange(n, dtype: ScalarType.Int64);
        var result = dtype switch
        {
            ScalarType.Bool => a.remainder(3).eq(0),
            ScalarType.Byte => (a * 7).remainder(256).to_type(dtype),
            ScalarType.Int8 or ScalarType.Int16 or ScalarType.Int32 or ScalarType.Int64 => ((a - (n / 2)) * 3).to_type(dtype),
            ScalarType.Float16 or ScalarType.Float32 or ScalarType.Float64 => ((a - (n / 2)).to_type(ScalarType.Float64) * 0.25).to_type(dtype),
            _ => torch.complex((a - (n / 2)).to_type(ScalarType.Float64) * 0.25, a.to_type(ScalarType.Float64) * 0.5).to_type(dtype),
        };
        return result.MoveToOuterDisposeScope();
    }

    [Fact]
    public void Every_dtype_numpy_writes_reads_back_with_its_bytes_in_C_and_Fortran_order_and_either_byte_order()
    {
        DebianPython.RunIn(_temp.Path, PythonValues + """
            for dt in DTYPES:
                base = values(dt, 60).reshape(3, 4, 5)
                big = base.astype(base.dtype.newbyteorder('>'))
                np.save(dt + '_c.npy', base)
                np.save(dt + '_f.npy', np.asfortranarray(base))
                np.save(dt + '_be.npy', big)
                np.save(dt + '_bef.npy', np.asfortranarray(big))
                open(dt + '.bin', 'wb').write(base.astype(base.dtype.newbyteorder('<')).tobytes(order='C'))
            """);
        var header = File.ReadAllText(_temp["float32_bef.npy"], Encoding.Latin1);
        Assert.Contains("'descr': '>f4', 'fortran_order': True", header); // the case really is big-endian Fortran

        foreach (var (name, dtype) in DTypes)
        {
            var expected = File.ReadAllBytes(_temp[name + ".bin"]);
            foreach (var variant in new[] { "c", "f", "be", "bef" })
            {
                using var tensor = NumPy.Load(_temp[$"{name}_{variant}.npy"]);
                Assert.True(dtype == tensor.dtype, $"{name}_{variant}: dtype {tensor.dtype}");
                Assert.Equal([3L, 4L, 5L], tensor.shape);
                Assert.True(tensor.is_contiguous());
                Assert.True(expected.AsSpan().SequenceEqual(tensor.bytes), $"{name}_{variant}: the values differ from numpy's");
            }
        }
    }

    [Fact]
    public void Format_versions_2_and_3_scalars_empty_arrays_and_vectors_read_as_numpy_wrote_them()
    {
        DebianPython.RunIn(_temp.Path, """
            import numpy as np
            from numpy.lib import format as fmt
            a = (np.arange(12, dtype='f8') - 6).reshape(3, 4)
            for v in [(1, 0), (2, 0), (3, 0)]:
                with open('v%d.npy' % v[0], 'wb') as f:
                    fmt.write_array(f, a, version=v)
            np.save('scalar.npy', np.float64(2.5))
            np.save('empty.npy', np.zeros((0, 3), dtype='f4'))
            np.save('vector.npy', np.arange(7, dtype='<i2'))
            """);

        Assert.Equal(3, File.ReadAllBytes(_temp["v3.npy"])[6]);
        foreach (var version in new[] { 1, 2, 3 })
        {
            using var tensor = NumPy.Load(_temp[$"v{version}.npy"]);
            Assert.Equal([3L, 4L], tensor.shape);
            Assert.Equal(Enumerable.Range(0, 12).Select(i => i - 6.0), tensor.data<double>().ToArray());
        }

        using var scalar = NumPy.Load(_temp["scalar.npy"]);
        Assert.Equal(0, scalar.dim());
        Assert.Equal(2.5, scalar.item<double>());
        using var empty = NumPy.Load(_temp["empty.npy"]);
        Assert.Equal([0L, 3L], empty.shape);
        using var vector = NumPy.Load(_temp["vector.npy"]);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => (short)i), vector.data<short>().ToArray());
    }

    [Theory]
    [InlineData("savez")]
    [InlineData("savez_compressed")]
    public void Npz_archives_stored_or_compressed_read_every_array_by_name(string function)
    {
        DebianPython.RunIn(_temp.Path, PythonValues + $$"""
            arrays = {dt: values(dt, 24).reshape(2, 3, 4) for dt in DTYPES}
            np.{{function}}('arrays.npz', **arrays)
            for dt, a in arrays.items():
                open(dt + '.bin', 'wb').write(a.tobytes())
            """);
        using (var zip = ZipFile.OpenRead(_temp["arrays.npz"]))
        {
            var expectedMethod = function == "savez" ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
            Assert.All(zip.Entries, e => Assert.Equal(expectedMethod == CompressionLevel.NoCompression, e.CompressedLength == e.Length));
        }

        var arrays = NumPy.LoadNpz(_temp["arrays.npz"]);
        try
        {
            Assert.Equal(DTypes.Select(d => d.Name), arrays.Keys);
            foreach (var (name, dtype) in DTypes)
            {
                Assert.Equal(dtype, arrays[name].dtype);
                Assert.Equal([2L, 3L, 4L], arrays[name].shape);
                Assert.True(File.ReadAllBytes(_temp[name + ".bin"]).AsSpan().SequenceEqual(arrays[name].bytes), name);
            }
        }
        finally
        {
            foreach (var tensor in arrays.Values)
            {
                tensor.Dispose();
            }
        }
    }

    [Fact]
    public void Files_we_write_numpy_reads_with_equal_values_dtypes_and_shapes()
    {
        using var scope = NewDisposeScope();
        var all = new Dictionary<string, Tensor>();
        foreach (var (name, dtype) in DTypes)
        {
            var tensor = Values(dtype, 60).reshape(3, 4, 5);
            NumPy.Save(_temp[name + ".npy"], tensor);
            // A non-contiguous view is written in its logical (C) order.
            NumPy.Save(_temp[name + "_t.npy"], tensor.permute(2, 0, 1));
            all[name] = tensor;
        }

        NumPy.Save(_temp["scalar.npy"], tensor(2.5));
        NumPy.SaveNpz(_temp["stored.npz"], all);
        NumPy.SaveNpz(_temp["compressed.npz"], all, compress: true);

        var report = DebianPython.RunIn(_temp.Path, PythonValues + """
            import zipfile
            for dt in DTYPES:
                expected = values(dt, 60).reshape(3, 4, 5)
                a = np.load(dt + '.npy')
                t = np.load(dt + '_t.npy')
                assert a.dtype == np.dtype(dt) and a.shape == (3, 4, 5), (dt, a.dtype, a.shape)
                assert np.array_equal(a, expected), dt
                assert np.array_equal(t, expected.transpose(2, 0, 1)), dt
                for archive in ['stored.npz', 'compressed.npz']:
                    z = np.load(archive)
                    assert z[dt].dtype == np.dtype(dt) and np.array_equal(z[dt], expected), (archive, dt)
                print(dt, 'ok')
            s = np.load('scalar.npy')
            assert s.shape == () and s == 2.5
            methods = {i.compress_type for i in zipfile.ZipFile('stored.npz').infolist()}
            cmethods = {i.compress_type for i in zipfile.ZipFile('compressed.npz').infolist()}
            print('methods', sorted(methods), sorted(cmethods))
            """);

        Assert.Equal(DTypes.Select(d => d.Name + " ok").Append("methods [0] [8]"), report.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Data_crossing_chunk_boundaries_reads_and_writes_the_same_values_and_bytes()
    {
        DebianPython.RunIn(_temp.Path, """
            import numpy as np
            np.save('be.npy', (np.arange(100) * 1.25 - 7).astype('>f8'))
            np.save('le.npy', (np.arange(99) - 50).astype('<i2'))
            np.save('f.npy', np.asfortranarray(np.arange(60, dtype='<c8').reshape(3, 4, 5)))
            """);
        foreach (var name in new[] { "be", "le", "f" })
        {
            var path = _temp[name + ".npy"];
            using var whole = NumPy.Load(path);
            NumPy.Save(_temp[name + "_ours.npy"], whole);
            var ours = File.ReadAllBytes(_temp[name + "_ours.npy"]);
            foreach (var chunkBytes in new[] { 1, 7, 24, 64 })
            {
                using (var file = File.OpenRead(path))
                {
                    var header = NpyHeader.Read(file, path);
                    using var chunked = NpyData.Read(file, header, path, chunkBytes);
                    Assert.True(whole.eq(chunked).all().item<bool>(), $"{name} read in chunks of {chunkBytes} bytes");
                }

                using var memory = new MemoryStream();
                NpyData.Write(memory, whole, name, chunkBytes);
                Assert.Equal(ours, memory.ToArray());
            }
        }

        File.WriteAllBytes(_temp["cut.npy"], File.ReadAllBytes(_temp["be.npy"])[..^5]);
        using var cut = File.OpenRead(_temp["cut.npy"]);
        var cutHeader = NpyHeader.Read(cut, "cut.npy");
        var error = Assert.Throws<InvalidDataException>(() => NpyData.Read(cut, cutHeader, "cut.npy", chunkBytes: 24));
        Assert.Contains("(800 data bytes) but the data ends after 795 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_follow_format_1_0_aligned_to_64_bytes_for_every_rank()
    {
        foreach (var (value, descr, shape) in new (Func<Tensor>, string, string)[]
        {
            (() => tensor(3.5), "<f8", "()"),
            (() => arange(5L), "<i8", "(5,)"),
            (() => ones(2, 3, 4, dtype: ScalarType.Bool), "|b1", "(2, 3, 4)"),
            (() => zeros(2, dtype: ScalarType.ComplexFloat64), "<c16", "(2,)"),
        })
        {
            using var t = value();
            NumPy.Save(_temp["h.npy"], t);
            var bytes = File.ReadAllBytes(_temp["h.npy"]);
            Assert.Equal([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0], bytes[..8]);
            var headerLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8));
            Assert.Equal(0, (10 + headerLength) % 64);
            var header = Encoding.ASCII.GetString(bytes, 10, headerLength);
            Assert.Matches(new Regex($"^\\{{'descr': '{Regex.Escape(descr)}', 'fortran_order': False, 'shape': {Regex.Escape(shape)}, \\}} *\\n$"), header);
            Assert.Equal(t.numel() * t.ElementSize, bytes.Length - 10 - headerLength);
        }
    }

    [Fact]
    public void BFloat16_has_no_numpy_dtype_and_saving_it_says_so_without_creating_a_file()
    {
        using var t = ones(2, dtype: ScalarType.BFloat16);

        var error = Assert.Throws<ArgumentException>(() => NumPy.Save(_temp["b.npy"], t));
        var npzError = Assert.Throws<ArgumentException>(() => NumPy.SaveNpz(_temp["b.npz"], new Dictionary<string, Tensor> { ["w"] = t }));

        Assert.Contains("bfloat16", error.Message, StringComparison.Ordinal);
        Assert.Contains(_temp["b.npy"], error.Message, StringComparison.Ordinal);
        Assert.Contains("array 'w'", npzError.Message, StringComparison.Ordinal);
        Assert.Empty(_temp.FileNames());
    }

    [Fact]
    public void Saving_replaces_a_file_atomically_and_a_failed_write_leaves_nothing_behind()
    {
        using var big = arange(1000, dtype: ScalarType.Float64);
        using var small = arange(3, dtype: ScalarType.Int32);
        NumPy.Save(_temp["sub", "a.npy"], big);
        NumPy.Save(_temp["sub", "a.npy"], small);
        using var back = NumPy.Load(_temp["sub", "a.npy"]);
        Assert.Equal([0, 1, 2], back.data<int>().ToArray());
        Assert.Equal(["a.npy"], _temp.FileNames("sub")); // no temp file left

        var blocker = _temp.RegularFile();
        var error = Assert.Throws<IOException>(() => NumPy.Save(Path.Combine(blocker, "x.npy"), small));
        Assert.Contains(Path.Combine(blocker, "x.npy"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_files_fail_with_the_file_name_and_the_reason()
    {
        DebianPython.RunIn(_temp.Path, """
            import numpy as np
            np.save('good.npy', np.arange(100, dtype='f4').reshape(10, 10))
            np.save('strings.npy', np.array(['a', 'bcd'], dtype='<U10'))
            np.save('objects.npy', np.array([{'a': 1}, None], dtype=object), allow_pickle=True)
            np.save('records.npy', np.zeros(3, dtype=[('x', 'f4'), ('y', 'i4')]))
            np.save('uint32.npy', np.arange(3, dtype='<u4'))
            np.savez('bad_entry.npz', fine=np.arange(3), strings=np.array(['x']))
            """);
        var good = File.ReadAllBytes(_temp["good.npy"]);
        File.WriteAllBytes(_temp["truncated.npy"], good[..^7]);
        File.WriteAllBytes(_temp["cut_header.npy"], good[..40]);
        File.WriteAllBytes(_temp["extra.npy"], [.. good, 1, 2, 3, 4]);
        File.WriteAllBytes(_temp["magic.npy"], [.. "PK\x03\x04not numpy"u8]);
        File.WriteAllBytes(_temp["empty.npy"], []);
        var text = Encoding.Latin1.GetString(good);
        File.WriteAllBytes(_temp["shape.npy"], Encoding.Latin1.GetBytes(text.Replace("(10, 10)", "(10, 11)", StringComparison.Ordinal)));
        File.WriteAllBytes(_temp["version.npy"], [.. good[..6], 4, 0, .. good[8..]]);
        File.WriteAllText(_temp["not_zip.npz"], "hello");
        using (var zip = ZipFile.Open(_temp["dup.npz"], ZipArchiveMode.Create))
        {
            for (var copy = 0; copy < 2; copy++)
            {
                using var entry = zip.CreateEntry("a.npy").Open();
                entry.Write(good);
            }
        }

        void Fails<TException>(string file, params string[] fragments)
            where TException : Exception
        {
            var error = Assert.Throws<TException>(() => file.EndsWith(".npz", StringComparison.Ordinal) ? NumPy.LoadNpz(_temp[file]) : (object)NumPy.Load(_temp[file]));
            Assert.Contains(_temp[file], error.Message, StringComparison.Ordinal);
            foreach (var fragment in fragments)
            {
                Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
            }
        }

        Fails<InvalidDataException>("truncated.npy", "truncated", "(10, 10)", "400 data bytes", "393");
        Fails<InvalidDataException>("cut_header.npy", "truncated in the header");
        Fails<InvalidDataException>("extra.npy", "does not match its header", "404 follow");
        Fails<InvalidDataException>("shape.npy", "truncated", "(10, 11)", "440 data bytes", "only 400");
        Fails<InvalidDataException>("magic.npy", "not a NumPy .npy file", "magic");
        Fails<InvalidDataException>("empty.npy", "not a NumPy .npy file", "only 0 bytes");
        Fails<InvalidDataException>("version.npy", "version 4.0");
        Fails<InvalidDataException>("strings.npy", "'<U10'", "unicode string");
        Fails<InvalidDataException>("objects.npy", "'|O'", "Python object");
        Fails<InvalidDataException>("records.npy", "structured array");
        Fails<InvalidDataException>("uint32.npy", "'<u4'", "astype");
        Fails<InvalidDataException>("not_zip.npz", "not a NumPy .npz archive");
        Fails<InvalidDataException>("dup.npz", "holds the array 'a' twice");
        Fails<InvalidDataException>("bad_entry.npz", "[strings.npy]", "'<U1'");
        Fails<FileNotFoundException>("missing.npy", "does not exist");
    }
}
