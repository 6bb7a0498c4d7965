using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Tests.Infrastructure;

namespace TypedGraph.Generators.Tests;

/// <summary>Layouts are inferred per tensor: sequences feed 1-D convolutions in the default format, and generated code permutes only where a layout changes.</summary>
public sealed class LayoutTests
{
    private const string TextClassifier = """
        using TypedGraph;
        using static TypedGraph.Activation;

        [Model]
        public sealed partial class TextClassifier
        {
            [Input("T", DType = DType.Int64)] public partial Node Tokens { get; }
            [Embedding(10_000, 128)] public partial Node Embedded { get; }
            [Conv1d(32, 7, Activation = Relu)] public partial Node Conv1 { get; }
            [MaxPool1d(5)] public partial Node Pool { get; }
            [Conv1d(32, 7, Activation = Relu)] public partial Node Conv2 { get; }
            [GlobalMaxPool1d] public partial Node Pooled { get; }
            [Dense(1, Activation = Sigmoid)]
            [Output(Loss.BinaryCrossentropy, Metrics = [Metric.Accuracy])]
            public partial Node Positive { get; }
        }
        """;

    [Fact]
    public void The_keras_text_classifier_compiles_in_the_default_format()
    {
        var diagnostics = TestCompilation.GenerateAndAnalyze(TextClassifier);

        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(1, ForwardPermutes(TextClassifier));
    }

    [Fact]
    public void The_social_media_profiler_permutes_at_most_twice()
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "SocialMediaProfiler.cs"));

        Assert.DoesNotContain("ChannelsLast", source, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCompilation.GenerateAndAnalyze(source), d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.InRange(ForwardPermutes(source), 1, 2);
    }

    /// <summary>Permutes on the forward path: statements of the generated graph, not the recorder's Keras-layout copies nor the PyTorch twin.</summary>
    private static int ForwardPermutes(string source)
    {
        var (output, _) = TestCompilation.Generate(TestCompilation.Create(source));
        var generated = output.SyntaxTrees.Last().ToString();

        // The PyTorch twin's source (a string the model holds for ExportPyTorch) mirrors the forward; count the C# only.
        var python = generated.IndexOf("protected override string PyTorchSource", StringComparison.Ordinal);
        generated = python < 0 ? generated : generated[..python];
        return generated.Split('\n')
            .Where(line => !line.TrimStart().StartsWith("record?.Invoke", StringComparison.Ordinal))
            .Sum(line => CountOf(line, ".permute("));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
