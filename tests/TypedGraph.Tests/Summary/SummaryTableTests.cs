using TorchSharp;
using Xunit;

namespace TypedGraph.Tests.Summary;

public sealed class SummaryTableTests
{
    [Fact]
    public void Mlp_summary_matches_keras_layout()
    {
        using var hidden1 = torch.nn.Linear(64, 32);
        using var hidden2 = torch.nn.Linear(32, 32);
        using var output = torch.nn.Linear(32, 10);
        var features = new Node("Features", "InputLayer", new Shape(Dim.Batch, Dim.Fixed(64)), [], null);
        var h1 = new Node("Hidden1", "Dense", new Shape(Dim.Batch, Dim.Fixed(32)), [features], hidden1);
        var h2 = new Node("Hidden2", "Dense", new Shape(Dim.Batch, Dim.Fixed(32)), [h1], hidden2);
        var probabilities = new Node("Probabilities", "Dense", new Shape(Dim.Batch, Dim.Fixed(10)), [h2], output);

        var table = SummaryTable.Render("Mlp", [features, h1, h2, probabilities]);

        const string Expected =
            """
            Model: "Mlp"
            ┏━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━┓
            ┃ Layer (type)            ┃ Output Shape      ┃    Param # ┃ Connected to      ┃
            ┡━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━┩
            │ Features (InputLayer)   │ (N, 64)           │          0 │ -                 │
            ├─────────────────────────┼───────────────────┼────────────┼───────────────────┤
            │ Hidden1 (Dense)         │ (N, 32)           │      2,080 │ Features          │
            ├─────────────────────────┼───────────────────┼────────────┼───────────────────┤
            │ Hidden2 (Dense)         │ (N, 32)           │      1,056 │ Hidden1           │
            ├─────────────────────────┼───────────────────┼────────────┼───────────────────┤
            │ Probabilities (Dense)   │ (N, 10)           │        330 │ Hidden2           │
            └─────────────────────────┴───────────────────┴────────────┴───────────────────┘
             Total params: 3,466 (13.54 KB)
             Trainable params: 3,466 (13.54 KB)
             Non-trainable params: 0 (0.00 B)
            """;
        Assert.Equal(Expected.ReplaceLineEndings("\n"), table);
    }

    [Fact]
    public void Columns_widen_for_long_content_and_merge_inputs_are_listed_one_per_line()
    {
        using var norm = torch.nn.BatchNorm1d(16);
        var text = new Node("Text", "InputLayer", new Shape(Dim.Batch, Dim.Symbol("T"), Dim.Fixed(16)), [], null);
        var question = new Node("Question", "InputLayer", new Shape(Dim.Batch, Dim.Symbol("T"), Dim.Fixed(16)), [], null);
        var merged = new Node("Merged", "Concatenate", new Shape(Dim.Batch, Dim.Symbol("T"), Dim.Fixed(32)), [text, question], null);
        var normalized = new Node(
            "Normalized", "BatchNormalization", new Shape(Dim.Batch, Dim.Expression("(T-4)/5"), Dim.Fixed(16)), [merged], norm, summaryName: "batch_normalization_1");

        var table = SummaryTable.Render("Qa", [text, question, merged, normalized]);

        const string Expected =
            """
            Model: "Qa"
            ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━┓
            ┃ Layer (type)                               ┃ Output Shape      ┃    Param # ┃ Connected to      ┃
            ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━┩
            │ Text (InputLayer)                          │ (N, T, 16)        │          0 │ -                 │
            ├────────────────────────────────────────────┼───────────────────┼────────────┼───────────────────┤
            │ Question (InputLayer)                      │ (N, T, 16)        │          0 │ -                 │
            ├────────────────────────────────────────────┼───────────────────┼────────────┼───────────────────┤
            │ Merged (Concatenate)                       │ (N, T, 32)        │          0 │ Text              │
            │                                            │                   │            │ Question          │
            ├────────────────────────────────────────────┼───────────────────┼────────────┼───────────────────┤
            │ batch_normalization_1 (BatchNormalization) │ (N, (T-4)/5, 16)  │         64 │ Merged            │
            └────────────────────────────────────────────┴───────────────────┴────────────┴───────────────────┘
             Total params: 64 (256.00 B)
             Trainable params: 32 (128.00 B)
             Non-trainable params: 32 (128.00 B)
            """;
        Assert.Equal(Expected.ReplaceLineEndings("\n"), table);
    }

    [Fact]
    public void Shared_module_is_one_row_with_every_connection_counted_once()
    {
        using var encoder = torch.nn.Linear(8, 4);
        var left = new Node("Left", "InputLayer", new Shape(Dim.Batch, Dim.Fixed(8)), [], null);
        var right = new Node("Right", "InputLayer", new Shape(Dim.Batch, Dim.Fixed(8)), [], null);
        var leftEncoded = new Node("LeftEncoded", "Dense", new Shape(Dim.Batch, Dim.Fixed(4)), [left], encoder);
        var rightEncoded = new Node("RightEncoded", "Dense", new Shape(Dim.Batch, Dim.Fixed(4)), [right], encoder);

        var table = SummaryTable.Render("Siamese", [left, right, leftEncoded, rightEncoded]);

        Assert.Contains("│ LeftEncoded (Dense)     │ (N, 4)            │         36 │ Left              │\n│                         │                   │            │ Right             │", table, System.StringComparison.Ordinal);
        Assert.DoesNotContain("RightEncoded", table, System.StringComparison.Ordinal);
        Assert.EndsWith(" Total params: 36 (144.00 B)\n Trainable params: 36 (144.00 B)\n Non-trainable params: 0 (0.00 B)", table, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0.00 B")]
    [InlineData(1023, "1023.00 B")]
    [InlineData(1024, "1.00 KB")]
    [InlineData(13_864, "13.54 KB")]
    [InlineData(5 * 1024 * 1024, "5.00 MB")]
    [InlineData(3L * 1024 * 1024 * 1024, "3.00 GB")]
    public void Memory_sizes_use_1024_based_units_with_two_decimals(long bytes, string expected)
    {
        Assert.Equal(expected, MemorySize.Format(bytes));
    }

    [Fact]
    public void Model_summary_uses_the_model_name_and_its_nodes()
    {
        using var model = new Models.Mlp();

        var summary = model.Summary();

        Assert.StartsWith("Model: \"Mlp\"\n", summary, System.StringComparison.Ordinal);
        Assert.Contains(" Total params: 3,466 (13.54 KB)", summary, System.StringComparison.Ordinal);
        using var writer = new System.IO.StringWriter();
        model.PrintSummary(writer);
        Assert.Equal(summary + writer.NewLine, writer.ToString());
    }
}
