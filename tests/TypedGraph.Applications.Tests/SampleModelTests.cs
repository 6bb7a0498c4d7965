using System.Linq;
using TypedGraph.Samples.Models;
using static TorchSharp.torch;

namespace TypedGraph.Applications.Tests;

/// <summary>The seed models of the samples: Keras parameter counts (TorchSharp's where its LSTM differs) and shapes.</summary>
public sealed class SampleModelTests
{
    [Fact]
    public void Separable_convnet_matches_the_seed_table()
    {
        using var model = new SeparableConvNet();

        var counts = model.Nodes.Where(n => n.ParameterCount > 0).Select(n => n.ParameterCount);

        Assert.Equal([155L, 2_400L, 4_736L, 8_896L, 9_408L, 8_896L, 4_128L, 330L], counts);
        Assert.Equal(38_949, model.ParameterCount);
        Assert.Equal("(N, 60, 60, 64)", model.Sep2.OutputShape.ToString());
        Assert.Equal("(N, 128)", model.Pooled.OutputShape.ToString());
    }

    [Fact]
    public void Question_answering_counts_torchsharp_lstm_biases()
    {
        using var model = new QuestionAnswering();

        // Embeddings as Keras; LSTMs carry TorchSharp's two bias vectors: 4·u·(in+u) + 8·u.
        Assert.Equal(640_000, model.EmbeddedText.ParameterCount);
        Assert.Equal(4 * 32 * (64 + 32) + (8 * 32), model.EncodedText.ParameterCount);
        Assert.Equal(4 * 16 * (32 + 16) + (8 * 16), model.EncodedQuestion.ParameterCount);
        Assert.Equal(48 * 500 + 500, model.Answer.ParameterCount);
        Assert.Equal("(N, 48)", model.Merged.OutputShape.ToString());
        Assert.Equal("(N, T, 64)", model.EmbeddedText.OutputShape.ToString());
    }

    [Fact]
    public void Social_media_profiler_shows_symbolic_conv_arithmetic()
    {
        using var model = new SocialMediaProfiler();

        Assert.Equal("(N, T-4, 128)", model.Conv1.OutputShape.ToString());
        Assert.Equal("(N, (T-9)/5+1, 128)", model.Pool1.OutputShape.ToString());
        Assert.Equal("(N, 256)", model.Pooled.OutputShape.ToString());
        Assert.Equal(50_000 * 256, model.Embedded.ParameterCount);
        Assert.Equal((5 * 256 * 128) + 128, model.Conv1.ParameterCount);
    }

    [Fact]
    public void Social_media_profiler_runs_on_posts_of_any_length()
    {
        using var model = new SocialMediaProfiler();
        using var scope = NewDisposeScope();

        var outputs = model.forward(randint(0, 50_000, [2, 300]));

        Assert.Equal([2L, 1L], outputs.Age.shape);
        Assert.Equal([2L, 10L], outputs.Income.shape);
        Assert.Equal([2L, 1L], outputs.Gender.shape);
    }

    [Fact]
    public void Social_media_profiler_rejects_posts_too_short_for_its_convolutions()
    {
        using var model = new SocialMediaProfiler();
        using var scope = NewDisposeScope();

        // (T-9)/5+1 after the first pooling must leave 45 steps for the second: T ≥ 269.
        var error = Assert.Throws<ShapeMismatchException>(() => model.forward(randint(0, 50_000, [2, 268])));

        Assert.Equal("Posts", error.Subject);
        Assert.Contains("T ≥ 269", error.Message, System.StringComparison.Ordinal);
        Assert.Equal([2L, 1L], model.forward(randint(0, 50_000, [2, 269])).Age.shape);
    }

    [Fact]
    public void Siamese_lstm_counts_the_shared_layer_once()
    {
        using var model = new SiameseLstm();

        var lstm = 4 * 32 * (128 + 32) + (8 * 32);
        Assert.Equal(lstm + 64 + 1, model.ParameterCount);
        Assert.Same(model.LeftEncoded.Module, model.RightEncoded.Module);
        Assert.Equal("(N, 64)", model.Merged.OutputShape.ToString());
    }

    [Fact]
    public void Residual_block_adds_the_strided_projection()
    {
        using var model = new ResidualBlock();
        using var scope = NewDisposeScope();

        Assert.Equal("(N, 128, (H-2)/2+1, (W-2)/2+1)", model.Y3.OutputShape.ToString());
        Assert.Equal([2L, 128L, 16L, 16L], model.forward(randn(2, 64, 32, 32)).Y.shape);
    }

    [Fact]
    public void Residual_block_checks_odd_sizes_at_run_time()
    {
        using var model = new ResidualBlock();
        using var scope = NewDisposeScope();

        // Valid 2×2 pooling gives floor(H/2), the same-padded projection ceil(H/2): they differ for odd H only.
        var error = Assert.Throws<ShapeMismatchException>(() => model.forward(randn(1, 64, 33, 33)));

        Assert.Equal("Y", error.Subject);
    }

    [Fact]
    public void Inception_branches_agree_for_odd_sizes()
    {
        using var model = new InceptionModule();
        using var scope = NewDisposeScope();

        // The concatenation takes the first branch's expression, floor((H-1)/2)+1, which equals ceil(H/2) of the others.
        Assert.Equal("(N, 512, (H-1)/2+1, (W-1)/2+1)", model.Mixed.OutputShape.ToString());
        Assert.Equal([1L, 512L, 16L, 16L], model.forward(randn(1, 256, 31, 31)).Mixed.shape);
    }
}
