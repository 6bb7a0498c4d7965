using System;
using System.IO;
using System.Linq;
using TypedGraph.Data;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Data;

/// <summary>Row reads agree with <see cref="NumPy.Load"/> for every layout numpy writes.</summary>
public sealed class NpyFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Rows_read_on_demand_equal_the_same_rows_of_a_full_load_in_every_layout()
    {
        DebianPython.RunIn(_temp.Path, """
            import numpy as np
            a = (np.arange(7 * 3 * 4) * 1.5 - 20).reshape(7, 3, 4)
            np.save('c.npy', a)
            np.save('f.npy', np.asfortranarray(a))
            np.save('be.npy', a.astype('>f8'))
            np.save('bef.npy', np.asfortranarray(a.astype('>i4')))
            np.save('c16f.npy', np.asfortranarray((a + 1j * a).astype('>c16')))
            np.save('vector.npy', np.arange(9, dtype='>i2'))
            np.save('matrix_f.npy', np.asfortranarray(np.arange(15, dtype='f4').reshape(5, 3)))
            """);

        foreach (var name in new[] { "c", "f", "be", "bef", "c16f", "vector", "matrix_f" })
        {
            using var scope = NewDisposeScope();
            var whole = NumPy.Load(_temp[name + ".npy"]);
            using var file = NpyFile.Open(_temp[name + ".npy"]);
            Assert.Equal(whole.shape, file.Shape.ToArray());
            Assert.Equal(whole.dtype, file.DType);
            Assert.Equal(name.Contains('f', StringComparison.Ordinal) && name != "vector", file.FortranOrder);
            var rows = file.RowCount;
            foreach (var (start, count) in new (long, long)[] { (0, rows), (0, 1), (2, 3), (rows - 1, 1), (rows, 0), (3, 0) })
            {
                var part = file.ReadRows(start, count);
                Assert.True(part.is_contiguous());
                Assert.Equal([count, .. whole.shape[1..]], part.shape);
                Assert.True(whole.narrow(0, start, count).eq(part).all().item<bool>(), $"{name} rows [{start}, {start + count})");
            }
        }
    }

    [Fact]
    public void Row_ranges_outside_the_file_and_scalar_files_are_refused_clearly()
    {
        using var scope = NewDisposeScope();
        NumPy.Save(_temp["a.npy"], zeros(4, 2));
        NumPy.Save(_temp["s.npy"], tensor(1.0));
        using var file = NpyFile.Open(_temp["a.npy"]);
        using var scalar = NpyFile.Open(_temp["s.npy"]);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => file.ReadRows(3, 2));
        Assert.Contains("Rows [3, 5) are outside", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => file.ReadRows(-1, 1));
        Assert.Contains("scalar", Assert.Throws<InvalidOperationException>(() => scalar.RowCount).Message, StringComparison.Ordinal);
        file.Dispose();
        Assert.Throws<ObjectDisposedException>(() => file.ReadRows(0, 1));
    }

    [Fact]
    public void Opening_checks_the_header_and_the_file_length()
    {
        using var scope = NewDisposeScope();
        NumPy.Save(_temp["a.npy"], zeros(10, 10));
        var bytes = File.ReadAllBytes(_temp["a.npy"]);
        File.WriteAllBytes(_temp["cut.npy"], bytes[..^4]);

        var error = Assert.Throws<InvalidDataException>(() => NpyFile.Open(_temp["cut.npy"]));

        Assert.Contains(_temp["cut.npy"], error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Throws<FileNotFoundException>(() => NpyFile.Open(_temp["none.npy"]));
    }

    [Fact]
    public void A_file_truncated_after_opening_is_an_end_of_stream_error_naming_it()
    {
        using var scope = NewDisposeScope();
        NumPy.Save(_temp["shrinks.npy"], ones(10, 10));
        using var file = NpyFile.Open(_temp["shrinks.npy"]);
        using (var stream = new FileStream(_temp["shrinks.npy"], FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            stream.SetLength(stream.Length - (4 * 10 * 4));   // the last four rows are gone
        }

        Assert.True(file.ReadRows(0, 6).eq(1).all().item<bool>());
        var error = Assert.Throws<EndOfStreamException>(() => file.ReadRows(5, 3));
        Assert.Contains(_temp["shrinks.npy"], error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated after it was opened", error.Message, StringComparison.Ordinal);
    }
}
