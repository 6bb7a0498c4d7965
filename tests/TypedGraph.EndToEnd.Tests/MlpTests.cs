using System.Linq;
using TypedGraph.EndToEnd.Tests.Models;
using TypedGraph.Tests;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests;

/// <summary>The seed MLP through the real generator: Keras parameter counts, forward equal to hand-written TorchSharp,
/// entry checks, training.</summary>
public sealed class MlpTests(ITestOutputHelper output)
{
    [Fact]
    public void Parameter_counts_match_keras()
    {
        using var model = new Mlp();

        Assert.Equal([0L, 2_080L, 1_056L, 330L], model.Nodes.Select(n => n.ParameterCount));
        Assert.Equal(3_466, model.ParameterCount);
        Assert.Equal(3_466, model.TrainableParameterCount);
        Assert.Equal(0, model.NonTrainableParameterCount);
    }

    [Fact]
    public void Summary_is_the_keras_table()
    {
        using var model = new Mlp();

        var summary = model.Summary();

        Assert.Contains("Model: \"Mlp\"", summary, System.StringComparison.Ordinal);
        Assert.Matches(@"Hidden1 \(Dense\)\s+│ \(N, 32\)\s+│\s+2,080 │ Features", summary);
        Assert.Matches(@"Hidden2 \(Dense\)\s+│ \(N, 32\)\s+│\s+1,056 │ Hidden1", summary);
        Assert.Matches(@"Probabilities \(Dense\)\s+│ \(N, 10\)\s+│\s+330 │ Hidden2", summary);
        Assert.Contains(" Total params: 3,466 (13.54 KB)", summary, System.StringComparison.Ordinal);
        Assert.Contains(" Trainable params: 3,466 (13.54 KB)", summary, System.StringComparison.Ordinal);
        Assert.Contains(" Non-trainable params: 0 (0.00 B)", summary, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Nodes_describe_the_graph_in_topological_order()
    {
        using var model = new Mlp();

        Assert.Equal(["Features", "Hidden1", "Hidden2", "Probabilities"], model.Nodes.Select(n => n.Name));
        Assert.Equal(["InputLayer", "Dense", "Dense", "Dense"], model.Nodes.Select(n => n.LayerType));
        Assert.Same(model.Nodes[1], model.Hidden1);
        Assert.Same(model.Hidden1, Assert.Single(model.Hidden2.Inputs));
        Assert.Equal("(N, 32)", model.Hidden2.OutputShape.ToString());
        Assert.Null(model.Features.Module);
        Assert.NotNull(model.Probabilities.Module);
    }

    [Fact]
    public void Forward_equals_hand_written_torchsharp_with_the_same_weights()
    {
        using var scope = NewDisposeScope();
        using var generated = new Mlp();
        using var reference = new HandWrittenMlp();
        reference.load_state_dict(generated.state_dict());
        generated.eval();
        reference.eval();
        var x = randn(16, 64, generator: new TorchSharp.torch.Generator(7));

        var actual = generated.forward(x).Probabilities;
        var expected = reference.forward(x);

        Assert.Equal([16L, 10L], actual.shape);
        Assert.True(actual.eq(expected).all().item<bool>(), "generated and hand-written outputs differ");
        Assert.Equal(1.0, actual.sum(1).mean().item<float>(), 5);
    }

    [Fact]
    public void Activations_report_every_node_and_end_with_forward()
    {
        using var scope = NewDisposeScope();
        using var model = new Mlp();
        model.eval();
        var x = randn(3, 64);

        var activations = model.Activations(new Mlp.Inputs(x));

        Assert.Equal(model.Nodes, activations.Keys);
        Assert.Equal([[3L, 64L], [3L, 32L], [3L, 32L], [3L, 10L]], activations.Values.Select(t => t.shape));
        Assert.True(activations[model.Probabilities].allclose(model.forward(x).Probabilities), "the output activation is what forward returns");
    }

    [Fact]
    public void Wrong_width_throws_shape_mismatch_naming_the_input()
    {
        using var model = new Mlp();

        var error = Assert.Throws<ShapeMismatchException>(() => model.forward(zeros(5, 63)));

        Assert.Equal("Features", error.Subject);
        Assert.Equal("(N, 64)", error.Expected);
        Assert.Equal("(5, 63)", error.Actual);
        Assert.Contains("Features", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_rank_and_dtype_throw_shape_mismatch()
    {
        using var model = new Mlp();

        Assert.Throws<ShapeMismatchException>(() => model.forward(zeros(5, 64, 1)));
        var dtype = Assert.Throws<ShapeMismatchException>(() => model.forward(zeros(5, 64, dtype: ScalarType.Int64)));
        Assert.Contains("Float32", dtype.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_lowers_the_loss_on_a_learnable_task()
    {
        // Weights and data from a local generator and batches in order: every run trains the same numbers (the
        // process-wide generator is drawn from by the other test classes concurrently).
        using var scope = NewDisposeScope();
        using var generator = new Generator(11);
        using var model = new Mlp();
        DenseWeights.Reinitialize(model, generator);
        var x = randn([2048, 64], generator: generator);
        var labels = x.narrow(1, 0, 10).argmax(1);
        var y = nn.functional.one_hot(labels, 10).to(ScalarType.Float32);

        model.Compile(Optimizers.RmsProp(learningRate: 3e-3));
        var history = model.Fit(new Mlp.Inputs(x), new Mlp.Targets(y), epochs: 8, batchSize: 64, shuffle: false, verbose: 0);
        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"loss {history["loss"][0]:F4} -> {history["loss"][^1]:F4}, accuracy {history["acc"][^1]:F4}"));

        var loss = history["loss"];
        Assert.Equal(8, loss.Count);
        Assert.True(loss[^1] < loss[0] * 0.5, $"loss went from {loss[0]} to {loss[^1]}");
        Assert.True(history["acc"][^1] > 0.6, $"final accuracy {history["acc"][^1]}");
    }
}
