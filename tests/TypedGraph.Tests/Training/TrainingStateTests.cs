using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedGraph.Tests.Models;
using Xunit;

namespace TypedGraph.Tests.Training;

public sealed class TrainingStateTests
{
    [Fact]
    public void Two_epochs_saved_and_resumed_for_a_third_equal_three_uninterrupted_epochs()
    {
        using var temp = new TempDirectory();
        var (x, y) = ToyData.Classification(32);
        using var uninterrupted = new Mlp();
        using var first = new Mlp();
        uninterrupted.SaveWeights(temp["initial.bin"]);
        first.LoadWeights(temp["initial.bin"]);
        uninterrupted.Compile(Optimizers.Adam(learningRate: 1e-2));
        first.Compile(Optimizers.Adam(learningRate: 1e-2));

        uninterrupted.Fit(x, y, epochs: 3, batchSize: 8, shuffle: false, verbose: 0);
        first.Fit(x, y, epochs: 2, batchSize: 8, shuffle: false, verbose: 0);
        first.SaveTrainingState(temp["run", "state.bin"], new Dictionary<string, double> { ["batch_size"] = 8 }, new Dictionary<string, string> { ["run"] = "toy" });

        using var resumed = new Mlp(); // other initial weights: all of them come from the file
        resumed.Compile(Optimizers.Adam(learningRate: 1e-2));
        var state = resumed.LoadTrainingState(temp["run", "state.bin"]);
        var history = resumed.Fit(x, y, epochs: 3, batchSize: 8, shuffle: false, verbose: 0, initialEpoch: state.Epoch);

        Assert.Equal(2, state.Epoch);
        Assert.Equal(8, state.HyperParameters["batch_size"]);
        Assert.Equal("toy", state.Notes["run"]);
        Assert.Equal([2], history.Epochs);
        Assert.Equal(3, resumed.CompletedEpochs);
        var expected = uninterrupted.parameters().ToList();
        var actual = resumed.parameters().ToList();
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].equal(actual[i]).all().item<bool>(), $"parameter {i} differs");
        }

        Assert.Single(Directory.GetFiles(temp["run"])); // no temp file left behind
    }

    [Fact]
    public void Loading_a_state_of_another_architecture_or_another_file_kind_fails_clearly()
    {
        using var temp = new TempDirectory();
        using var mlp = new Mlp();
        mlp.SaveTrainingState(temp["mlp.state"]);
        mlp.SaveWeights(temp["mlp.bin"]);
        using var other = new TwoHeads();

        Assert.Throws<CheckpointMismatchException>(() => other.LoadTrainingState(temp["mlp.state"]));
        Assert.Throws<CheckpointMismatchException>(() => mlp.LoadTrainingState(temp["mlp.bin"]));
        Assert.Throws<FileNotFoundException>(() => mlp.LoadTrainingState(temp["missing"]));
        Assert.Equal(0, mlp.LoadTrainingState(temp["mlp.state"]).Epoch);
    }
}
