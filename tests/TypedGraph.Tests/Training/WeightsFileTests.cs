using System;
using System.IO;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Training;

public sealed class WeightsFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void SaveWeights_and_LoadWeights_round_trip_and_interoperate_with_Module_save_and_load()
    {
        using var model = new Mlp();
        using var other = new Mlp();
        using var third = new Mlp();
        var path = _temp["nested", "w.bin"];

        model.SaveWeights(path);
        other.LoadWeights(path);
        third.load(path);

        using var scope = NewDisposeScope();
        Assert.True(model.state_dict()["probabilities.weight"].eq(other.state_dict()["probabilities.weight"]).all().item<bool>());
        Assert.True(model.state_dict()["probabilities.weight"].eq(third.state_dict()["probabilities.weight"]).all().item<bool>());
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Loading_a_checkpoint_of_another_architecture_names_expected_and_found_parameters()
    {
        using var twoHeads = new TwoHeads();
        using var mlp = new Mlp();
        var path = _temp["two-heads.bin"];
        twoHeads.SaveWeights(path);

        var error = Assert.Throws<CheckpointMismatchException>(() => mlp.LoadWeights(path));

        Assert.StartsWith($"The checkpoint '{path}' does not fit model Mlp: it holds 4 entries, the model has 6.", error.Message, StringComparison.Ordinal);
        Assert.Contains("missing: hidden1.weight Float32 (32, 64) (the file has no 'hidden1.weight')", error.Differences);
        Assert.Contains("unexpected: age.weight Float32 (1, 4) (the model has no 'age.weight')", error.Differences);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Loading_a_checkpoint_with_other_shapes_names_them()
    {
        using var mlp = new Mlp();
        var path = _temp["shapes.bin"];
        // Same names, one shape changed: save a module whose 'probabilities' layer has 11 outputs.
        using var altered = new Mlp();
        using (no_grad())
        {
            var state = altered.state_dict();
            state["probabilities.bias"].set_(zeros(11));
        }

        altered.SaveWeights(path);

        var error = Assert.Throws<CheckpointMismatchException>(() => mlp.LoadWeights(path));

        Assert.Equal(["different: probabilities.bias is Float32 (10) in the model but Float32 (11) in the file"], error.Differences);
    }

    [Fact]
    public void Loading_a_file_that_is_not_a_checkpoint_says_so_and_a_missing_file_is_named()
    {
        using var mlp = new Mlp();
        var junk = _temp["junk.bin"];
        File.WriteAllBytes(junk, [1, 2, 3, 4, 5]);

        var error = Assert.Throws<CheckpointMismatchException>(() => mlp.LoadWeights(junk));
        Assert.StartsWith($"'{junk}' is not a TorchSharp weights file (as Module.save or ModelCheckpoint write): ", error.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<FileNotFoundException>(() => mlp.LoadWeights(_temp["none.bin"]));
        Assert.Equal($"The checkpoint '{_temp["none.bin"]}' does not exist.", missing.Message);
    }

    [Fact]
    public void Saving_where_the_directory_cannot_exist_fails_cleanly_without_leaving_a_temp_file()
    {
        using var mlp = new Mlp();
        var file = _temp.RegularFile();

        var error = Assert.Throws<IOException>(() => mlp.SaveWeights(Path.Combine(file, "w.bin")));

        Assert.StartsWith($"Cannot write the checkpoint '{Path.Combine(file, "w.bin")}': ", error.Message, StringComparison.Ordinal);
        Assert.Single(Directory.GetFileSystemEntries(_temp.Path));
    }
}
