using System;
using System.Collections.Generic;
using System.IO;
using TypedGraph.Callbacks;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Callbacks;

public sealed class ModelCheckpointTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Save_best_only_writes_only_on_strict_improvement_with_placeholders_filled_in()
    {
        using var model = new Mlp();
        var callback = new ModelCheckpoint(_temp["w-{epoch:02d}-{val_loss:.2f}.bin"], saveBestOnly: true);

        CallbackDriver.Run(callback, model, "val_loss", [3.0, 2.0, 2.0, 2.5, 1.004]);

        Assert.Equal(["w-01-3.00.bin", "w-02-2.00.bin", "w-05-1.00.bin"], _temp.FileNames());
        Assert.Equal(1.004, callback.Best);
    }

    [Fact]
    public void Without_save_best_only_every_epoch_is_saved_and_max_mode_follows_accuracy()
    {
        using var model = new Mlp();
        var every = new ModelCheckpoint(_temp["every", "{epoch}.bin"]);
        var best = new ModelCheckpoint(_temp["best", "{epoch}-{val_accuracy:.3f}.bin"], monitor: "val_accuracy", saveBestOnly: true);

        CallbackDriver.Run(every, model, "val_acc", [0.5, 0.4, 0.6]);
        CallbackDriver.Run(best, model, "val_acc", [0.5, 0.4, 0.6]);

        Assert.Equal(["1.bin", "2.bin", "3.bin"], _temp.FileNames("every"));
        Assert.Equal(["1-0.500.bin", "3-0.600.bin"], _temp.FileNames("best"));
    }

    [Fact]
    public void The_checkpoint_is_what_Module_save_writes_and_load_reads_it_back()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(16);
        var path = _temp["model.bin"];

        model.Fit(x, y, epochs: 2, batchSize: 8, callbacks: [new ModelCheckpoint(path, monitor: "loss")], verbose: 0);

        using var reference = new Mlp();
        reference.save(_temp["reference.bin"]);
        Assert.Equal(new FileInfo(_temp["reference.bin"]).Length, new FileInfo(path).Length);
        using var restored = new Mlp();
        restored.load(path);
        using var scope = NewDisposeScope();
        Assert.True(model.state_dict()["hidden1.weight"].eq(restored.state_dict()["hidden1.weight"]).all().item<bool>());
        Assert.Equal(["model.bin", "reference.bin"], _temp.FileNames()); // no temp file left behind
    }

    [Fact]
    public void A_placeholder_naming_a_value_that_is_never_logged_fails_before_the_first_epoch()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);
        var recorder = new RecordingCallback();

        var error = Assert.Throws<ArgumentException>(() =>
            model.Fit(x, y, callbacks: [recorder, new ModelCheckpoint(_temp["{epoch}-{val_loss:.2f}.bin"], monitor: "loss")], verbose: 0));

        Assert.Contains("names '{val_loss}', which this Fit call never logs. Available: epoch, loss, acc, lr.", error.Message, StringComparison.Ordinal);
        Assert.Empty(recorder.Events);
    }

    [Theory]
    [InlineData("{epoch:02d}", "07")]
    [InlineData("{epoch}", "7")]
    [InlineData("{epoch:03d}", "007")]
    [InlineData("{val_loss:.2f}", "0.12")]
    [InlineData("{val_loss:.4f}", "0.1235")]
    [InlineData("{val_loss}", "0.12345")]
    [InlineData("{val_loss:.2e}", "1.23e-01")]
    [InlineData("{val_loss:8.3f}", "   0.123")]
    [InlineData("{val_loss:08.3f}", "0000.123")]
    [InlineData("{val_accuracy:.1%}", "50.0%")]
    [InlineData("{{literal}}-{epoch}", "{literal}-7")]
    public void Path_placeholders_follow_python_format_specs(string template, string expected)
    {
        var path = new PathTemplate(template, "path");

        Assert.Equal(expected, path.Render(6, new Dictionary<string, double> { ["val_loss"] = 0.12345, ["val_acc"] = 0.5 }));
    }

    [Theory]
    [InlineData("{epoch:x}")]
    [InlineData("{epoch:.2d}")]
    [InlineData("{epoch")]
    [InlineData("a}b")]
    [InlineData("{}")]
    public void Unsupported_or_malformed_placeholders_are_rejected_when_the_callback_is_created(string template)
    {
        Assert.Throws<ArgumentException>(() => new ModelCheckpoint(template));
    }

    [Fact]
    public void An_unwritabledirectory_fails_before_the_first_epoch_with_a_clear_message()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);
        var file = _temp.RegularFile();

        var error = Assert.Throws<IOException>(() =>
            model.Fit(x, y, callbacks: [new ModelCheckpoint(Path.Combine(file, "sub", "w.bin"), monitor: "loss")], verbose: 0));

        Assert.StartsWith($"ModelCheckpoint cannot create the directory '{Path.Combine(file, "sub")}'", error.Message, StringComparison.Ordinal);
    }
}
