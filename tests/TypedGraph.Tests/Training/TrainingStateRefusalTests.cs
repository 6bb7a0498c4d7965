using System;
using System.IO;
using System.Linq;
using System.Text;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Training;

/// <summary>A training state that cannot be loaded is refused before anything changes: weights and optimizer stay as they were.</summary>
public sealed class TrainingStateRefusalTests
{
    private static Tensor[] Weights(Mlp model) => [.. model.parameters().Select(p => p.detach().clone())];

    private static void AssertUnchanged(Tensor[] before, Mlp model)
    {
        var after = model.parameters().ToArray();
        Assert.Equal(before.Length, after.Length);
        for (var i = 0; i < before.Length; i++)
        {
            Assert.True(before[i].equal(after[i]).all().item<bool>(), $"parameter {i} changed");
        }
    }

    private static string SavedWithAdam(TempDirectory temp)
    {
        var (x, y) = ToyData.Classification(16);
        using var trained = new Mlp();
        trained.Compile(Optimizers.Adam(learningRate: 1e-2));
        trained.Fit(x, y, epochs: 1, batchSize: 8, verbose: 0);
        trained.SaveTrainingState(temp["adam.state"]);
        return temp["adam.state"];
    }

    [Fact]
    public void A_state_saved_with_Adam_is_refused_by_a_model_with_another_optimizer_which_keeps_its_weights()
    {
        using var temp = new TempDirectory();
        var path = SavedWithAdam(temp);

        using var uncompiled = new Mlp(); // the default optimizer, RMSprop
        using var sgd = new Mlp();
        sgd.Compile(Optimizers.Sgd(0.1));
        var uncompiledBefore = Weights(uncompiled);
        var sgdBefore = Weights(sgd);

        var rmsError = Assert.Throws<CheckpointMismatchException>(() => uncompiled.LoadTrainingState(path));
        var sgdError = Assert.Throws<CheckpointMismatchException>(() => sgd.LoadTrainingState(path));

        Assert.Equal(
            $"The training state '{path}' holds the optimizer state of Adam, but this model's optimizer is RMSProp. Compile the model with the optimizer it was saved with (Optimizers.Adam(…)) before LoadTrainingState; nothing was loaded.",
            rmsError.Message);
        Assert.Contains("this model's optimizer is SGD", sgdError.Message, StringComparison.Ordinal);
        Assert.Equal(["optimizer: saved Adam, this model's SGD"], sgdError.Differences);
        AssertUnchanged(uncompiledBefore, uncompiled);
        AssertUnchanged(sgdBefore, sgd);
        Assert.Equal(0, sgd.CompletedEpochs);

        // Compiled as the message says, the same model loads it.
        sgd.Compile(Optimizers.Adam(learningRate: 1e-2));
        Assert.Equal(1, sgd.LoadTrainingState(path).Epoch);
        Assert.False(Weights(sgd).Zip(sgdBefore).All(p => p.First.equal(p.Second).all().item<bool>()));
    }

    [Fact]
    public void A_state_damaged_inside_its_optimizer_part_is_refused_and_the_weights_and_optimizer_are_put_back()
    {
        using var temp = new TempDirectory();
        var path = SavedWithAdam(temp);
        var bytes = File.ReadAllBytes(path);
        byte[] marker = [.. "\u0004Adam"u8]; // the optimizer's type name as BinaryWriter writes it, after the weights
        var at = bytes.AsSpan().LastIndexOf(marker);
        Assert.True(at > 0);
        File.WriteAllBytes(temp["damaged.state"], bytes[..(at + marker.Length + 3)]);

        var (x, y) = ToyData.Classification(16, seed: 5);
        using var model = new Mlp();
        model.Compile(Optimizers.Adam(learningRate: 1e-2));
        using var twin = new Mlp();
        using (no_grad())
        {
            foreach (var (mine, theirs) in twin.parameters().Zip(model.parameters()))
            {
                mine.copy_(theirs);
            }
        }

        twin.Compile(Optimizers.Adam(learningRate: 1e-2));
        var before = Weights(model);

        var error = Assert.Throws<CheckpointMismatchException>(() => model.LoadTrainingState(temp["damaged.state"]));

        Assert.Contains("nothing was loaded", error.Message, StringComparison.Ordinal);
        AssertUnchanged(before, model);
        // The optimizer was put back too: training on continues exactly as an untouched twin.
        Assert.Equal(twin.Fit(x, y, epochs: 2, batchSize: 8, shuffle: false, verbose: 0)["loss"], model.Fit(x, y, epochs: 2, batchSize: 8, shuffle: false, verbose: 0)["loss"]);
    }

    [Fact]
    public void Any_damaged_byte_in_the_optimizer_part_loads_or_is_refused_with_the_model_put_back()
    {
        // SGD with momentum after one step writes a momentum buffer per parameter; a fresh model's buffers are still
        // unset, so TorchSharp reads dtype and shape from the file and allocates (a bad dtype fails in native code).
        using var temp = new TempDirectory();
        var (x, y) = ToyData.Classification(16);
        using (var trained = new Mlp())
        {
            trained.Compile(Optimizers.Sgd(1e-2, momentum: 0.9));
            trained.Fit(x, y, epochs: 1, batchSize: 8, verbose: 0);
            trained.SaveTrainingState(temp["sgd.state"]);
        }

        var bytes = File.ReadAllBytes(temp["sgd.state"]);
        byte[] marker = [.. "\u0003SGD"u8];
        var start = bytes.AsSpan().LastIndexOf(marker) + marker.Length;
        Assert.True(start > marker.Length);

        // Every byte of the first 256 after the optimizer's name (options, state headers, the first buffer's dtype and
        // shape), then every 97th byte to the end; each set to 0x7F.
        var offsets = Enumerable.Range(start, Math.Min(256, bytes.Length - start))
            .Concat(Enumerable.Range(0, (bytes.Length - start) / 97).Select(i => start + 256 + (i * 97)).Where(o => o < bytes.Length));
        var refused = 0;
        foreach (var offset in offsets)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[offset] = 0x7F;
            var path = temp["damaged.state"];
            File.WriteAllBytes(path, damaged);

            using var model = new Mlp();
            model.Compile(Optimizers.Sgd(1e-2, momentum: 0.9));
            var before = Weights(model);
            try
            {
                model.LoadTrainingState(path);
            }
            catch (CheckpointMismatchException)
            {
                refused++;
                AssertUnchanged(before, model);
                Assert.Equal(0, model.CompletedEpochs);
            }
        }

        Assert.True(refused > 0, "no damaged byte was refused: the test does not reach the optimizer's readers");
    }

    [Fact]
    public void An_optimizer_name_with_a_malformed_length_is_refused_before_anything_loads()
    {
        using var temp = new TempDirectory();
        var path = SavedWithAdam(temp);
        var bytes = File.ReadAllBytes(path);
        var at = bytes.AsSpan().LastIndexOf([.. "\u0004Adam"u8]);
        File.WriteAllBytes(temp["name.state"], [.. bytes[..at], 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);

        using var model = new Mlp();
        model.Compile(Optimizers.Adam(learningRate: 1e-2));
        var before = Weights(model);

        var error = Assert.Throws<CheckpointMismatchException>(() => model.LoadTrainingState(temp["name.state"]));

        Assert.Contains("its optimizer state is cut short or damaged", error.Message, StringComparison.Ordinal);
        AssertUnchanged(before, model);
    }
}
