using System;
using System.Linq;
using TypedGraph.Analyzers.Tests.Infrastructure;

namespace TypedGraph.Analyzers.Tests;

/// <summary>
/// Search-space diagnostics (TG0030–TG0038) and shape rules checked over every point of a space, each on the exact
/// argument at fault; a valid space reports nothing.
/// </summary>
public sealed class SearchSpaceDiagnosticTests
{
    [Fact]
    public void Search_space_diagnostics_land_on_the_marked_arguments()
    {
        var diagnostics = AnalyzerRun.AssertMarkup("SearchSpaces.cs");

        Assert.All(diagnostics, d => Assert.DoesNotContain("{", AnalyzerRun.Message(d), StringComparison.Ordinal));
        string Message(string id, int index = 0) => AnalyzerRun.Message(diagnostics.Where(d => d.Id == id).ElementAt(index));

        // The failing point and the sizes there, computed by hand: 12 − 7 + 1 = 6, pooled to 3, and 3 − 7 + 1 = −3.
        Assert.Equal("'C2' (Conv2D) makes a dimension zero or negative: with Kernel = 7: P1 (N, 4, 3, 3) gives (N, 4, -3, -3) ((11-Kernel)/2+1-Kernel+1 becomes -3)", Message("TG0009"));
        Assert.Equal("'Sum' (Add) merges tensors of different shapes: with Filters = 16: X (N, 8, 10, 10); C (N, 16, 10, 10)", Message("TG0005"));
        Assert.Equal("Invalid argument for 'H': with Units = 0: Dense units must be positive", Message("TG0010"));
        Assert.Equal("Invalid argument for 'Y': with Rate = 1: Dropout rate must be in [0, 1), got 1", Message("TG0010", 1));
        Assert.Equal("The [Choice] values of hyper-parameter 'Mixed' mix int (3) and double (5); write every value as int", Message("TG0030"));
        Assert.Equal("Hyper-parameter 'NotDoubles' is double, but its [Choice] values are int (write 1.0)", Message("TG0031"));
        Assert.Equal("The [Range] of hyper-parameter 'Empty' is empty: min 5 is greater than max 1", Message("TG0032"));
        Assert.Equal("The [Range] of hyper-parameter 'LogFromZero' is sampled in log space (Log = true), so min must be greater than 0, not 0", Message("TG0033"));
        Assert.Equal("'H' reads 'C' for Dense units, but 'C' is not a hyper-parameter of model 'Declarations'; declare it as a partial property with [Choice] or [Range], or write a literal", Message("TG0034"));
        Assert.Equal("'C2' needs an int for filters, but hyper-parameter 'Label' is string", Message("TG0035"));
        Assert.Equal("'H2' needs an int for Dense units, but hyper-parameter 'Ratio' is double", Message("TG0035", 1));
        Assert.Equal("'Y' needs a double for Dropout rate, but hyper-parameter 'Size' is int", Message("TG0035", 2));
        Assert.Equal("Hyper-parameter 'HyperParameters' has the name of a member every tunable model has (the nested record M.HyperParameters); rename it", Message("TG0037"));
        Assert.Equal("Input 'Image' declares the symbolic dimension \"Size\", which is also the name of a hyper-parameter; rename one of them", Message("TG0038"));
    }

    [Fact]
    public void Tunable_padding_cropping_transposed_convolution_embedding_attention_and_rescaling_arguments_are_checked_over_the_space()
    {
        var diagnostics = AnalyzerRun.AssertMarkup("TunedLayerSpaces.cs");

        var messages = diagnostics.Select(AnalyzerRun.Message).ToList();
        Assert.Equal(9, messages.Count);

        // By hand: 6 − 2·Crop is 4 at Crop = 1 and 0 at Crop = 3.
        Assert.Contains("'Cropped' (Cropping2D) makes a dimension zero or negative: with Crop = 3: Image (N, 1, 6, 6) gives (N, 1, 0, 0) (6-Crop*2 becomes 0)", messages);
        Assert.Contains("'Sum' (Add) merges tensors of different shapes: with Width = 16: A (N, T, 16); B (N, T, 8)", messages);
        Assert.Contains("Invalid argument for 'Padded': with Pad = -1: padding must be ≥ 0", messages);
        Assert.Contains("Invalid argument for 'Up': with Stride = 2 the values of Kernel (1 … 3) must all be ≥ 2 or all ≤ 2: the output size in·s + max(k − s, 0) changes form at k = s", messages);
        Assert.Contains("Invalid argument for 'Attended': with Heads = 0: numHeads must be positive", messages);
        Assert.Contains("'Again' needs an int for filters, but hyper-parameter 'Scale' is double", messages);
        Assert.Contains("'Embedded' needs an int for Embedding inputDim, but hyper-parameter 'Ratio' is double", messages);
        Assert.Contains("'Scaled' needs a double for Rescaling scale, but hyper-parameter 'Size' is int", messages);
        Assert.Contains(messages, m => m.StartsWith("'Cropped' reads 'Image' for cropping, but 'Image' is not a hyper-parameter of model 'MapArguments'", StringComparison.Ordinal));
    }
}
