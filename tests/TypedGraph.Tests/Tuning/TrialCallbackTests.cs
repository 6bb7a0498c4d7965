using System.Collections.Generic;
using System.IO;
using TypedGraph.Callbacks;
using TypedGraph.Tests.Callbacks;
using TypedGraph.Tests.Models;
using TypedGraph.Tuning;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Tuning;

public sealed class TrialCallbackTests
{
    [Fact]
    public void The_best_epochs_weights_are_kept_in_place_and_serialized_once_when_training_ends()
    {
        using var model = new SingleDense(1, 1, Loss.MeanSquaredError);
        var tracker = new TrialCallback(new Monitor("val_loss", MonitorMode.Auto, "The tuner's objective"), null, null);
        CallbackDriver.Begin(tracker, model);
        double[] values = [3.0, 1.0, 2.0, 0.5, double.NaN, 0.7];
        var saved = new byte[values.Length][];
        long createdAfterFirst = 0;
        for (var epoch = 0; epoch < values.Length; epoch++)
        {
            model.SetWeights([epoch], [-epoch]); // the weights "trained" by this epoch
            saved[epoch] = WeightsProbe.Saved(model);
            var before = WeightsProbe.TensorsCreated();
            tracker.OnEpochEnd(epoch, new Dictionary<string, double> { ["val_loss"] = values[epoch] });
            if (epoch > 0)
            {
                createdAfterFirst += WeightsProbe.TensorsCreated() - before;
            }
        }

        Assert.Equal(0, createdAfterFirst); // later improvements copy into the snapshot taken at the first one
        Assert.Null(tracker.BestWeights); // nothing serialized per epoch
        Assert.Equal(0.5, tracker.Best);

        tracker.OnTrainEnd(new Dictionary<string, double>());

        Assert.Equal(saved[3], tracker.BestWeights); // epoch 3's weights, as Module.save wrote them then
        using var restored = new SingleDense(1, 1, Loss.MeanSquaredError);
        using (var reader = new BinaryReader(new MemoryStream(tracker.BestWeights!)))
        {
            restored.load(reader);
        }

        Assert.Equal(3f, restored.Layer.weight!.item<float>());
        Assert.Equal(-3f, restored.Layer.bias!.item<float>());
    }

    [Fact]
    public void A_trial_with_no_value_has_no_weights()
    {
        using var model = new SingleDense(1, 1, Loss.MeanSquaredError);
        var tracker = new TrialCallback(new Monitor("val_loss", MonitorMode.Auto, "The tuner's objective"), null, null);
        CallbackDriver.Begin(tracker, model);
        tracker.OnEpochEnd(0, new Dictionary<string, double> { ["val_loss"] = double.NaN });
        tracker.OnTrainEnd(new Dictionary<string, double>());
        Assert.Null(tracker.Best);
        Assert.Null(tracker.BestWeights);
    }
}
