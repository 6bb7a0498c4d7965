using System;
using System.Linq;
using TypedGraph.Analyzers.Tests.Infrastructure;

namespace TypedGraph.Analyzers.Tests;

/// <summary>
/// Tunable pool sizes and upsampling factors (<c>nameof</c> of an <c>int</c> hyper-parameter): the shape rules hold at
/// every point of the space or the rule's diagnostic names the point, on the argument naming the hyper-parameter when the
/// failing node has one; a valid space reports nothing.
/// </summary>
public sealed class PoolSearchSpaceDiagnosticTests
{
    [Fact]
    public void Pool_and_upsampling_diagnostics_land_on_the_marked_spans_and_name_the_point()
    {
        var diagnostics = AnalyzerRun.AssertMarkup("PoolSearchSpaces.cs");

        string Message(string id, int index = 0) => AnalyzerRun.Message(diagnostics.Where(d => d.Id == id).ElementAt(index));

        // By hand: 8 − 3 + 1 = 6, and floor(6/7) = 0.
        Assert.Equal("'P' (MaxPooling2D) makes a dimension zero or negative: with Pool = 7: C (N, 4, 6, 6) gives (N, 4, 0, 0) (6/Pool becomes 0)", Message("TG0009"));
        // floor(12/5) = 2, and a 3×3 valid convolution leaves 2 − 3 + 1 = 0.
        Assert.Equal("'C' (Conv2D) makes a dimension zero or negative: with Pool = 5: P (N, 1, 2, 2) gives (N, 4, 0, 0) (12/Pool-2 becomes 0)", Message("TG0009", 1));
        // floor(6/2)·3 = 9 against 6.
        Assert.Equal("'Sum' (Add) merges tensors of different shapes: with Factor = 3: X (N, 4, 6, 6); U (N, 4, 9, 9)", Message("TG0005"));
        Assert.Equal("Invalid argument for 'P': with Pool = 0: pool size must be positive", Message("TG0010"));
        Assert.Equal("'U' needs an int for size, but hyper-parameter 'Ratio' is double", Message("TG0035"));
    }
}
