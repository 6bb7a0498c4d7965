using System.IO;
using TypedGraph.Interop;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Interop;

/// <summary>Chunked copies (64 MiB per step in production) exercised with chunks of a few bytes.</summary>
public sealed class TensorBytesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(1 << 20)]
    public void Chunked_writes_and_reads_copy_every_element_in_C_order_whatever_the_chunk_size(long chunkBytes)
    {
        using var scope = NewDisposeScope();
        var source = arange(35, ScalarType.Float64).reshape(5, 7).t();
        using var written = new MemoryStream();

        TensorBytes.Write(written, source, chunkBytes);
        written.Position = 0;
        var target = empty(7, 5, ScalarType.Float64);
        TensorBytes.Read(written, target, chunkBytes: chunkBytes);

        Assert.Equal(35 * 8, written.Length);
        Assert.Equal(source.contiguous().data<double>().ToArray(), target.data<double>().ToArray());
    }

    [Fact]
    public void A_bad_boolean_byte_is_reported_at_its_element_index_across_chunks()
    {
        using var scope = NewDisposeScope();
        var target = empty(10, ScalarType.Bool);
        using var bytes = new MemoryStream([1, 0, 1, 0, 1, 0, 1, 7, 0, 1]);

        var error = Assert.Throws<InvalidDataException>(() => TensorBytes.Read(bytes, target, booleans: true, chunkBytes: 3));

        Assert.Equal("holds the byte 7 at element 7; booleans must be 0 or 1.", error.Message);
    }
}
