using System;
using System.Collections.Generic;
using System.IO;
using TypedGraph.Callbacks;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Callbacks;

public sealed class SimpleCallbacksTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TerminateOnNaN_ends_training_after_the_first_batch_with_an_invalid_loss()
    {
        using var model = new Mlp();
        using var scope = NewDisposeScope();
        var (x, y) = ToyData.Classification(16);
        x.Features[9, 3] = float.NaN; // sample 9 is in batch 2 of 4-sample batches
        var terminate = new TerminateOnNaN();
        var recorder = new RecordingCallback();

        var history = model.Fit(x, y, epochs: 3, batchSize: 4, shuffle: false, callbacks: [terminate, recorder], verbose: 0);

        Assert.Equal([0], history.Epochs);
        Assert.True(double.IsNaN(history["loss"][0]));
        Assert.Equal((0, 2), (terminate.TerminatedEpoch, terminate.TerminatedBatch));
        Assert.Equal(["BatchEnd 2", "EpochEnd 0", "TrainEnd"], recorder.Events[^3..]);
    }

    [Fact]
    public void Without_TerminateOnNaN_training_goes_on_with_nan_losses_as_keras_does()
    {
        using var model = new Mlp();
        using var scope = NewDisposeScope();
        var (x, y) = ToyData.Classification(16);
        x.Features[9, 3] = float.NaN;

        var history = model.Fit(x, y, epochs: 2, batchSize: 4, shuffle: false, verbose: 0);

        Assert.Equal([0, 1], history.Epochs);
        Assert.True(double.IsNaN(history["loss"][1]));
    }

    [Fact]
    public void CsvLogger_writes_a_sorted_header_and_one_row_per_epoch_and_appends_without_a_second_header()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(10);
        var path = _temp["logs", "training.csv"];

        var first = model.Fit(x, y, epochs: 2, batchSize: 4, validationSplit: 0.2, callbacks: [new CsvLogger(path)], verbose: 0);
        model.Fit(x, y, epochs: 1, batchSize: 4, validationSplit: 0.2, callbacks: [new CsvLogger(path, separator: ";", append: true)], verbose: 0);

        var lines = File.ReadAllLines(path);
        Assert.Equal(4, lines.Length);
        Assert.Equal("epoch,acc,loss,lr,val_acc,val_loss", lines[0]);
        var row = lines[2].Split(',');
        Assert.Equal("1", row[0]);
        Assert.Equal(first["loss"][1], double.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.001", row[3]);
        Assert.StartsWith("0;", lines[3], StringComparison.Ordinal);

        model.Fit(x, y, epochs: 1, batchSize: 4, callbacks: [new CsvLogger(path)], verbose: 0);
        Assert.Equal(["epoch,acc,loss,lr"], File.ReadAllLines(path)[..1]);
        Assert.Equal(2, File.ReadAllLines(path).Length);
    }

    [Fact]
    public void An_exception_in_a_callback_propagates_and_files_written_so_far_are_complete_and_released()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);
        var path = _temp["log.csv"];
        var failing = new LambdaCallback(onEpochEnd: (epoch, _) =>
        {
            if (epoch == 1)
            {
                throw new InvalidOperationException("boom");
            }
        });

        var error = Assert.Throws<InvalidOperationException>(() =>
            model.Fit(x, y, epochs: 3, batchSize: 4, callbacks: [new CsvLogger(path), new TypedGraph.Callbacks.TensorBoard(_temp["tb"]), failing], verbose: 0));

        Assert.Equal("boom", error.Message);
        Assert.Equal(3, File.ReadAllLines(path).Length); // header, epoch 0, epoch 1 (the CsvLogger ran before the failing callback)
        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            // The logger closed its file.
        }

        Assert.True(model.training);
    }

    [Fact]
    public void CsvLogger_in_an_unwritable_place_fails_with_a_clear_message()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);
        var file = _temp.RegularFile();

        var error = Assert.Throws<IOException>(() => model.Fit(x, y, callbacks: [new CsvLogger(Path.Combine(file, "log.csv"))], verbose: 0));

        Assert.StartsWith($"CsvLogger cannot write '{Path.Combine(file, "log.csv")}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LambdaCallback_calls_the_given_delegates_and_asks_for_batch_logs_only_with_onBatchEnd()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(6);
        var events = new List<string>();
        var lambda = new LambdaCallback(
            onTrainBegin: _ => events.Add("train"),
            onEpochBegin: (e, _) => events.Add($"begin {e}"),
            onEpochEnd: (e, logs) => events.Add($"end {e} {logs.ContainsKey("loss")}"),
            onBatchEnd: (b, logs) => events.Add($"batch {b} {logs.ContainsKey("loss")}"),
            onTrainEnd: _ => events.Add("done"));

        model.Fit(x, y, epochs: 2, batchSize: 3, callbacks: [lambda], verbose: 0);

        Assert.Equal(["train", "begin 0", "batch 0 True", "batch 1 True", "end 0 True", "begin 1", "batch 0 True", "batch 1 True", "end 1 True", "done"], events);
        Assert.True(lambda.WantsBatchLogs);
        Assert.False(new LambdaCallback(onEpochEnd: (_, _) => { }).WantsBatchLogs);
    }

    [Fact]
    public void Verbose_selects_the_console_output()
    {
        using var writer = new StringWriter();

        Assert.Null(ProgressOutput.For(0, writer, outputRedirected: false));
        Assert.IsType<ProgressBar>(ProgressOutput.For(1, writer, outputRedirected: false));
        Assert.IsType<EpochLogger>(ProgressOutput.For(1, writer, outputRedirected: true));
        Assert.IsType<EpochLogger>(ProgressOutput.For(2, writer, outputRedirected: false));
    }

    [Fact]
    public void The_progress_bar_redraws_one_line_with_eta_and_running_values_and_ends_it_with_the_epoch_values()
    {
        using var writer = new StringWriter();
        var bar = new ProgressBar(writer) { Params = new TrainingParameters(2, 4, 8, 32, 0, 1, ["loss", "acc", "lr"]) };
        var running = new Dictionary<string, double> { ["loss"] = 0.5, ["acc"] = 0.25 };

        bar.OnEpochBegin(0, running);
        bar.OnBatchEnd(0, running);
        bar.OnBatchEnd(1, running); // within 50 ms of the first draw: skipped
        bar.OnBatchEnd(3, running); // the last batch is always drawn
        bar.OnEpochEnd(0, new Dictionary<string, double> { ["loss"] = 0.4, ["acc"] = 0.5, ["lr"] = 0.001 });

        var text = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith("Epoch 1/2\n\r1/4 [=======>......................] - ETA: ", text, StringComparison.Ordinal);
        Assert.Contains(" - loss: 0.5000 - acc: 0.2500", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2/4", text, StringComparison.Ordinal);
        Assert.Matches(@"\r4/4 \[={30}\] - \d+ms - loss: 0\.4000 - acc: 0\.5000 *\n$", text);
        Assert.Equal(["850ms", "12s", "3:05", "1:02:03"], new[]
        {
            ProgressBar.FormatDuration(TimeSpan.FromMilliseconds(850)),
            ProgressBar.FormatDuration(TimeSpan.FromSeconds(12.7)),
            ProgressBar.FormatDuration(TimeSpan.FromSeconds(185)),
            ProgressBar.FormatDuration(TimeSpan.FromSeconds(3723)),
        });
    }
}
