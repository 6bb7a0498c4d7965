using System;
using System.Collections.Generic;
using TypedGraph.Callbacks;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Callbacks;

public sealed class EarlyStoppingTests
{
    [Theory]
    [InlineData(0, 1)] // Keras: the first epoch always improves on +inf; the wait check needs epoch > 0
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(5, 5)]
    public void A_flat_metric_stops_training_after_epoch_max_of_patience_and_one(int patience, int stopEpoch)
    {
        using var model = new Mlp();
        var callback = new EarlyStopping(patience: patience);

        var stopped = CallbackDriver.Run(callback, model, "val_loss", CallbackDriver.Flat(20));

        Assert.Equal(stopEpoch, stopped);
        Assert.Equal(stopEpoch, callback.StoppedEpoch);
        Assert.Equal(0, callback.BestEpoch);
    }

    [Fact]
    public void Fit_runs_patience_plus_one_epochs_on_a_flat_monitor()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);

        var history = model.Fit(x, y, epochs: 10, batchSize: 8, callbacks: [new EarlyStopping(monitor: "lr", patience: 3)], verbose: 0);

        Assert.Equal([0, 1, 2, 3], history.Epochs);
    }

    [Fact]
    public void Improvement_is_strict_and_must_exceed_min_delta()
    {
        using var model = new Mlp();

        // 1.0 → 0.95 improves by 0.05, less than minDelta 0.1: no improvement, the wait counter keeps going.
        Assert.Equal(2, CallbackDriver.Run(new EarlyStopping(minDelta: 0.1, patience: 2), model, "val_loss", [1.0, 0.95, 0.91, 0.5]));

        // Equal values never improve; a strictly lower one resets the wait counter.
        Assert.Equal(4, CallbackDriver.Run(new EarlyStopping(patience: 2), model, "val_loss", [1.0, 1.0, 0.9, 0.9, 0.9, 0.1]));

        // minDelta's sign is ignored, as in Keras.
        Assert.Equal(2, CallbackDriver.Run(new EarlyStopping(minDelta: -0.1, patience: 2), model, "val_loss", [1.0, 0.95, 0.91, 0.5]));
    }

    [Theory]
    [InlineData("val_loss", MonitorMode.Auto, MonitorMode.Min, "val_loss")]
    [InlineData("val_accuracy", MonitorMode.Auto, MonitorMode.Max, "val_acc")]
    [InlineData("acc", MonitorMode.Auto, MonitorMode.Max, "acc")]
    [InlineData("gender_acc", MonitorMode.Auto, MonitorMode.Max, "gender_acc")]
    [InlineData("age_mae", MonitorMode.Auto, MonitorMode.Min, "age_mae")]
    [InlineData("val_acc", MonitorMode.Min, MonitorMode.Min, "val_acc")]
    [InlineData("loss", MonitorMode.Max, MonitorMode.Max, "loss")]
    public void Auto_mode_maximizes_names_containing_acc(string monitor, MonitorMode mode, MonitorMode resolved, string name)
    {
        var callback = new EarlyStopping(monitor: monitor, mode: mode);

        Assert.Equal(resolved, callback.Mode);
        Assert.Equal(name, callback.MonitorName);
    }

    [Fact]
    public void Max_mode_counts_rises_as_improvements()
    {
        using var model = new Mlp();

        Assert.Null(CallbackDriver.Run(new EarlyStopping(monitor: "val_acc", patience: 1), model, "val_acc", [0.1, 0.2, 0.3, 0.4]));
        Assert.Equal(2, CallbackDriver.Run(new EarlyStopping(monitor: "val_acc", patience: 1), model, "val_acc", [0.1, 0.2, 0.2, 0.4]));
    }

    [Fact]
    public void Improvements_that_do_not_beat_the_baseline_keep_the_wait_counter_running()
    {
        using var model = new Mlp();
        double[] values = [0.9, 0.8, 0.7, 0.7, 0.7, 0.7];

        // As in Keras, an improving epoch never stops training, but only one that also beats the baseline resets the wait:
        // epoch 3 is the first without improvement and the wait is already 4.
        Assert.Equal(3, CallbackDriver.Run(new EarlyStopping(patience: 3, baseline: 0.5), model, "val_loss", values));
        Assert.Equal(5, CallbackDriver.Run(new EarlyStopping(patience: 3), model, "val_loss", values));
        Assert.Null(CallbackDriver.Run(new EarlyStopping(patience: 3, baseline: 0.75), model, "val_loss", values[..5]));
    }

    [Fact]
    public void Warm_up_epochs_are_not_watched()
    {
        using var model = new Mlp();

        Assert.Equal(4, CallbackDriver.Run(new EarlyStopping(patience: 1, startFromEpoch: 3), model, "val_loss", CallbackDriver.Flat(10)));
    }

    [Fact]
    public void Restore_best_weights_puts_back_the_best_epochs_weights_when_training_ends()
    {
        using var model = new Mlp();
        var callback = new EarlyStopping(patience: 2, restoreBestWeights: true);
        var bias = model.state_dict()["probabilities.bias"];
        var seen = new List<float>();

        var stopped = CallbackDriver.Run(callback, model, "val_loss", [3.0, 1.0, 2.0, 2.5, 0.1], afterEpoch: epoch =>
        {
            seen.Add(bias[0].item<float>());
            using (no_grad())
            {
                bias.add_(1.0f); // the "training" of the next epoch
            }
        });

        Assert.Equal(3, stopped);
        Assert.Equal(1, callback.BestEpoch);
        Assert.Equal(seen[1], bias[0].item<float>());
    }

    [Fact]
    public void Restore_best_weights_copies_each_improvement_into_the_snapshot_taken_once()
    {
        using var model = new Mlp();
        var callback = new EarlyStopping(patience: 10, restoreBestWeights: true);
        var bias = model.state_dict()["probabilities.bias"];
        var created = new List<long>();
        CallbackDriver.Begin(callback, model);
        double[] improving = [3.0, 2.0, 1.5, 1.0, 0.5];
        for (var epoch = 0; epoch < improving.Length; epoch++)
        {
            using (no_grad())
            {
                bias.fill_(epoch); // the weights this epoch "trained"
            }

            var before = WeightsProbe.TensorsCreated();
            callback.OnEpochEnd(epoch, new Dictionary<string, double> { ["val_loss"] = improving[epoch] });
            created.Add(WeightsProbe.TensorsCreated() - before);
        }

        using (no_grad())
        {
            bias.fill_(-1);
        }

        callback.OnTrainEnd(new Dictionary<string, double>());

        Assert.True(created[0] > 0, "the first epoch allocates the snapshot");
        Assert.Equal([0L, 0L, 0L, 0L], created[1..]); // every later improvement copies in place
        Assert.Equal(4, callback.BestEpoch);
        Assert.Equal(4f, bias[0].item<float>());
    }

    [Fact]
    public void A_monitor_that_will_never_exist_fails_before_the_first_epoch_listing_the_logged_names()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);
        var recorder = new RecordingCallback();

        var error = Assert.Throws<ArgumentException>(() =>
            model.Fit(x, y, epochs: 3, callbacks: [recorder, new EarlyStopping(monitor: "val_acc")], verbose: 0));

        Assert.Equal(
            "EarlyStopping monitors 'val_acc', which this Fit call never logs. This Fit call has no validationData or validationSplit, so it logs no val_ values. Available: loss, acc, lr.",
            error.Message);
        Assert.Empty(recorder.Events);
    }

    [Fact]
    public void A_misspelled_monitor_lists_the_available_names()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);

        var error = Assert.Throws<ArgumentException>(() =>
            model.Fit(x, y, validationSplit: 0.25, callbacks: [new ReduceLROnPlateau(monitor: "val_los")], verbose: 0));

        Assert.Equal("ReduceLROnPlateau monitors 'val_los', which this Fit call never logs. Available: loss, acc, val_loss, val_acc, lr.", error.Message);
    }

    [Fact]
    public void Keras_defaults()
    {
        var callback = new EarlyStopping();

        Assert.Equal(("val_loss", MonitorMode.Min, 0, (double?)null, false), (callback.MonitorName, callback.Mode, callback.Patience, callback.Baseline, callback.RestoreBestWeights));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EarlyStopping(patience: -1));
    }
}
