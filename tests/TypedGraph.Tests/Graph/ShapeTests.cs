using System;
using Xunit;

namespace TypedGraph.Tests.Graph;

public sealed class ShapeTests
{
    [Fact]
    public void Dims_format_as_their_text()
    {
        Assert.Equal("N", Dim.Batch.ToString());
        Assert.True(Dim.Batch.IsBatch);
        Assert.Null(Dim.Batch.Size);
        Assert.Equal("64", Dim.Fixed(64).Text);
        Assert.Equal(64, Dim.Fixed(64).Size);
        Assert.Equal(DimKind.Symbol, Dim.Symbol("T").Kind);
        Assert.Equal("(T-4)/5", Dim.Expression("(T-4)/5").ToString());
        Assert.Equal(DimKind.Expression, Dim.Expression("(T-4)/5").Kind);
    }

    [Fact]
    public void Dim_factories_reject_invalid_arguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Dim.Fixed(-1));
        Assert.Throws<ArgumentException>(() => Dim.Symbol(" "));
        Assert.ThrowsAny<ArgumentException>(() => Dim.Expression(null!));
    }

    [Fact]
    public void Shape_formats_like_keras_with_N_for_the_batch()
    {
        Assert.Equal("(N, 64)", new Shape(Dim.Batch, Dim.Fixed(64)).ToString());
        Assert.Equal("(N, T, 32)", new Shape(Dim.Batch, Dim.Symbol("T"), Dim.Fixed(32)).ToString());
        Assert.Equal("(5, 63)", Shape.Format([5, 63]));
        Assert.Equal("()", Shape.Format([]));
    }

    [Fact]
    public void Shape_has_value_equality_and_is_immutable()
    {
        Dim[] dims = [Dim.Batch, Dim.Fixed(3)];
        var shape = new Shape(dims);
        dims[1] = Dim.Fixed(4);

        Assert.Equal(new Shape(Dim.Batch, Dim.Fixed(3)), shape);
        Assert.True(shape == new Shape(Dim.Batch, Dim.Fixed(3)));
        Assert.True(shape != new Shape(Dim.Batch, Dim.Symbol("3")));
        Assert.Equal(new Shape(Dim.Batch, Dim.Fixed(3)).GetHashCode(), shape.GetHashCode());
        Assert.Equal(2, shape.Rank);
        Assert.Equal(Dim.Fixed(3), shape.Dims[1]);
    }
}
