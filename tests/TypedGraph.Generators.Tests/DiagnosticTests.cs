using System.Linq;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Tests.Infrastructure;

namespace TypedGraph.Generators.Tests;

/// <summary>
/// Declaration mistakes: each TG diagnostic exactly on the span the markup marks, and never a C# error inside
/// generated code (invalid models still compile; their members throw).
/// </summary>
public sealed class DiagnosticTests
{
    [Theory]
    [InlineData("InvalidReferences.cs")]
    [InlineData("InvalidForms.cs")]
    [InlineData("ShapeMistakes.cs")]
    public void Diagnostics_land_on_the_marked_spans(string file)
    {
        var (source, expected) = Markup.Parse(TestCompilation.Case(file));

        var diagnostics = TestCompilation.GenerateAndAnalyze(source);

        var actual = diagnostics
            .Where(d => d.Id.StartsWith("TG", System.StringComparison.Ordinal))
            .Select(d => (d.Id, d.Location.SourceSpan))
            .OrderBy(d => d.SourceSpan.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected.Select(e => $"{e.Id} {Show(source, e.Span)}"), actual.Select(a => $"{a.Id} {Show(source, a.SourceSpan)}"));
    }

    [Theory]
    [InlineData("InvalidReferences.cs")]
    [InlineData("InvalidForms.cs")]
    [InlineData("ShapeMistakes.cs")]
    public void Generated_code_of_invalid_models_has_no_errors(string file)
    {
        var (source, _) = Markup.Parse(TestCompilation.Case(file));

        var diagnostics = TestCompilation.GenerateAndAnalyze(source);

        var inGenerated = diagnostics.Where(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true);
        Assert.True(!inGenerated.Any(), string.Join(System.Environment.NewLine, inGenerated));
    }

    [Fact]
    public void A_model_without_csharp_mistakes_reports_only_TG_diagnostics()
    {
        var (source, _) = Markup.Parse(TestCompilation.Case("InvalidReferences.cs"));

        var diagnostics = TestCompilation.GenerateAndAnalyze(source);

        var csharp = diagnostics.Where(d => d.Id.StartsWith("CS", System.StringComparison.Ordinal)).ToList();
        Assert.True(csharp.Count == 0, string.Join(System.Environment.NewLine, csharp));
    }

    [Fact]
    public void Messages_name_what_is_wrong()
    {
        var (source, _) = Markup.Parse(TestCompilation.Case("InvalidReferences.cs"));

        var messages = TestCompilation.GenerateAndAnalyze(source).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Contains("'A' reads 'Missing', which is not a node of model 'InvalidReferences'", messages);
        Assert.Contains("The graph has a cycle: C → D → C", messages);
        Assert.Contains("Invalid argument for 'B': Dense units must be positive, got 0", messages);
        Assert.Contains("Invalid argument for 'Y': Dropout rate must be in [0, 1), got 1.5", messages);
    }

    [Fact]
    public void Symbolic_weight_size_message_uses_the_summary_notation()
    {
        var (source, _) = Markup.Parse(TestCompilation.Case("InvalidForms.cs"));

        var tg0008 = Assert.Single(TestCompilation.GenerateAndAnalyze(source), d => d.Id == "TG0008");

        Assert.Equal("'Y' (Dense) needs a known input width (last dimension 'W') to allocate its weights, but its input is (N, 4, W)", tg0008.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Shape_messages_name_both_operands_and_the_layer_that_changed_them()
    {
        var (source, _) = Markup.Parse(TestCompilation.Case("ShapeMistakes.cs"));

        var messages = TestCompilation.GenerateAndAnalyze(source).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First().GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("'Y' (Add) merges tensors of different shapes: Y3 is (N, 128, 16, 16) after MaxPool2d(2); X is (N, 64, 32, 32)", messages["TG0005"]);
        Assert.Equal("'Mixed' concatenates on axis 1, but its inputs disagree elsewhere: dimension 2 is (H-1)/2+1 in BranchA (N, 128, (H-1)/2+1, (W-1)/2+1) but ceil(H/2)-2 in BranchC (N, 128, ceil(H/2)-2, ceil(W/2)-2) (after Conv2d(128, 3, Activation = Activation.Relu))", messages["TG0006"]);
        Assert.Equal("'Conv' (Conv2D) cannot take Embedded (N, T, 16): Conv2D reads (N, C, H, W) in ChannelsFirst", messages["TG0007"]);
        Assert.Equal("'TooBig' (Conv2D) makes a dimension zero or negative: Small (N, 3, 4, 4) gives (N, 8, 0, 0)", messages["TG0009"]);
        Assert.Equal(
            "Output 'Digits' uses BinaryCrossentropy on Dense(10, Activation = Activation.Softmax) → (N, 10): binary cross-entropy scores independent yes/no outputs, but a softmax makes the units compete; use CategoricalCrossentropy, or Activation = Sigmoid",
            messages["TG0012"]);
    }

    private static string Show(string source, Microsoft.CodeAnalysis.Text.TextSpan span) => $"'{source.Substring(span.Start, span.Length)}'@{span.Start}";
}
