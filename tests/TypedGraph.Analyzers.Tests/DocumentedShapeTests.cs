using System.Linq;
using TypedGraph.Analyzers.Tests.Infrastructure;

namespace TypedGraph.Analyzers.Tests;

/// <summary>The examples of the TG0007 (Embedding on non-integer values) and TG0010 (Reshape element count) doc sections report what the pages say.</summary>
public sealed class DocumentedShapeTests
{
    [Fact]
    public void Documented_examples_land_on_the_marked_spans_with_the_documented_messages()
    {
        var diagnostics = AnalyzerRun.AssertMarkup("DocumentedShapes.cs");

        var messages = diagnostics.Select(AnalyzerRun.Message).ToList();
        Assert.All(messages.Take(2), m => Assert.Contains("Embedding reads integer token ids", m, System.StringComparison.Ordinal));
        Assert.Equal("Invalid argument for 'R': cannot reshape (N, 4, 6) (24 values) to (5, 5) (25 values)", messages[2]);
        Assert.Equal("Invalid argument for 'S': cannot reshape (N, 4, 6) to (-1, 5): the inferred dimension is not a whole number", messages[3]);
    }
}
