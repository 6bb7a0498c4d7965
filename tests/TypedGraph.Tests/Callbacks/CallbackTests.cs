using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using TypedGraph.Callbacks;
using TypedGraph.Tests.Models;
using Xunit;

namespace TypedGraph.Tests.Callbacks;

public sealed class CallbackTests
{
    [Fact]
    public void Hooks_run_in_keras_order_for_two_epochs_of_three_batches()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(7); // batches of 3, 3 and 1
        var recorder = new RecordingCallback();

        model.Fit(x, y, epochs: 2, batchSize: 3, callbacks: [recorder], verbose: 0);

        string[] epoch(int e) =>
            [$"EpochBegin {e}", "BatchBegin 0", "BatchEnd 0", "BatchBegin 1", "BatchEnd 1", "BatchBegin 2", "BatchEnd 2", $"EpochEnd {e}"];
        Assert.Equal(["TrainBegin", .. epoch(0), .. epoch(1), "TrainEnd"], recorder.Events);
        Assert.Same(model, recorder.Model);
        Assert.Equal(
            (2, 3, 3, 7L, 0L),
            (recorder.Params.Epochs, recorder.Params.StepsPerEpoch, recorder.Params.BatchSize, recorder.Params.TrainingSamples, recorder.Params.ValidationSamples));
        Assert.Equal(["loss", "acc", "lr"], recorder.Params.LogNames);
    }

    [Fact]
    public void Batch_logs_hold_the_running_means_and_the_last_equals_the_epoch_value()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(7);
        var recorder = new RecordingCallback();

        model.Fit(x, y, epochs: 1, batchSize: 3, shuffle: false, callbacks: [recorder], verbose: 0);

        Assert.Equal(3, recorder.BatchLogs.Count);
        Assert.Equal(["loss", "acc", "accuracy"], recorder.BatchLogs[0].Keys); // both Keras spellings (DESIGN §10)
        Assert.Equal(recorder.EpochLogs[0]["loss"], recorder.BatchLogs[2]["loss"], 12);
        Assert.Equal(recorder.EpochLogs[0]["acc"], recorder.BatchLogs[2]["acc"], 12);
    }

    [Fact]
    public void Only_callbacks_that_override_OnBatchEnd_ask_for_batch_logs()
    {
        Assert.False(new CallbackList([new StopAfterEpoch(0)]).WantsBatchLogs);
        Assert.True(new CallbackList([new StopAfterEpoch(0), new RecordingCallback()]).WantsBatchLogs);
        Assert.False(new CallbackList(null).WantsBatchLogs);
    }

    [Fact]
    public void StopTraining_set_at_an_epoch_end_stops_after_that_epoch()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);
        var recorder = new RecordingCallback();

        var history = model.Fit(x, y, epochs: 5, batchSize: 4, callbacks: [new StopAfterEpoch(1), recorder], verbose: 0);

        Assert.Equal([0, 1], history.Epochs);
        Assert.Equal(2, history["loss"].Count);
        Assert.Equal("TrainEnd", recorder.Events[^1]);
        Assert.Equal("EpochEnd 1", recorder.Events[^2]);
    }

    [Fact]
    public void StopTraining_set_at_a_batch_end_ends_the_epoch_early_and_then_training()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);
        var recorder = new RecordingCallback();

        var history = model.Fit(x, y, epochs: 3, batchSize: 2, callbacks: [new StopAtBatch(1), recorder], verbose: 0);

        Assert.Equal([0], history.Epochs);
        Assert.Equal(["TrainBegin", "EpochBegin 0", "BatchBegin 0", "BatchEnd 0", "BatchBegin 1", "BatchEnd 1", "EpochEnd 0", "TrainEnd"], recorder.Events);
    }

    [Fact]
    public void Model_is_only_available_once_Fit_attached_the_callback()
    {
        var callback = new RecordingCallback();

        var error = Assert.Throws<InvalidOperationException>(() => callback.Model);

        Assert.Equal("RecordingCallback.Model is not set yet: Fit sets it before OnTrainBegin.", error.Message);
    }

    [Fact]
    public void Epoch_logger_prints_one_line_per_epoch_with_four_decimals_and_no_learning_rate()
    {
        using var writer = new StringWriter();
        var logger = new EpochLogger(writer) { Params = new TrainingParameters(10, 1, 32, 32, 0, 1, []) };
        var logs = new Dictionary<string, double> { ["loss"] = 0.693147, ["acc"] = 0.5, ["val_loss"] = 0.7, ["val_acc"] = 0.48, ["lr"] = 0.001 };

        logger.OnEpochBegin(2, logs);
        logger.OnEpochEnd(2, logs);

        Assert.Matches(
            new Regex(@"^Epoch 3/10 - \d+\.\d\ds - loss: 0\.6931 - acc: 0\.5000 - val_loss: 0\.7000 - val_acc: 0\.4800\r?\n$"),
            writer.ToString());
    }

    [Fact]
    public void A_callback_can_change_the_learning_rate_and_lr_is_logged_every_epoch()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);

        var history = model.Fit(x, y, epochs: 2, batchSize: 8, callbacks: [new SetLearningRate(0.5)], verbose: 0);

        Assert.Equal([0.001, 0.5], history["lr"]);
        Assert.Equal(0.5, model.LearningRate);
    }

    private sealed class StopAfterEpoch(int epoch) : Callback
    {
        public override void OnEpochEnd(int epoch1, IReadOnlyDictionary<string, double> logs)
        {
            if (epoch1 == epoch)
            {
                Model.StopTraining = true;
            }
        }
    }

    private sealed class StopAtBatch(int batch) : Callback
    {
        public override void OnBatchEnd(int batch1, IReadOnlyDictionary<string, double> logs)
        {
            if (batch1 == batch)
            {
                Model.StopTraining = true;
            }
        }
    }

    private sealed class SetLearningRate(double rate) : Callback
    {
        public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs) => Model.LearningRate = rate;
    }
}
