using Xunit;
using TypedGraph.Tuning;

namespace TypedGraph.Tests;

/// <summary>Arithmetic grids are counted and searched by computation: an int range of 10⁹ values is never listed.</summary>
public sealed class HyperParameterGridTests
{
    [Fact]
    public void A_billion_value_int_range_is_counted_and_searched_without_listing_it()
    {
        var width = HyperParameter.Range("Width", HyperParameterType.Int, 1, 1_000_000_000);

        Assert.Equal(1_000_000_000, width.Cardinality);
        Assert.True(width.Contains(999_999_999));
        Assert.False(width.Contains(1_000_000_001));
        Assert.False(width.Contains(0));
    }

    [Fact]
    public void A_stepped_range_contains_exactly_its_grid_points()
    {
        var rate = HyperParameter.Range("Rate", HyperParameterType.Double, 0.0, 0.5, step: 0.25);
        var units = HyperParameter.Range("Units", HyperParameterType.Int, 8, 60, step: 8);   // 8, 16, …, 56

        Assert.Equal(3, rate.Cardinality);
        Assert.True(rate.Contains(0.25));
        Assert.False(rate.Contains(0.3));
        Assert.False(rate.Contains(0.75));
        Assert.Equal(7, units.Cardinality);
        Assert.True(units.Contains(56));
        Assert.False(units.Contains(60));
        Assert.False(units.Contains(12));
    }
}
