using System;
using System.Collections.Generic;
using TypedGraph.Callbacks;
using TypedGraph.Tests.Models;
using Xunit;

namespace TypedGraph.Tests.Callbacks;

public sealed class ReduceLROnPlateauTests
{
    [Theory]
    [InlineData(0, new[] { 1, 1, 0.5, 0.5, 0.25, 0.25, 0.125, 0.125 })] // the rate after each epoch: reductions after epochs 2, 4, 6
    [InlineData(2, new[] { 1, 1, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25 })] // cooldown 2: counting resumes two epochs after a reduction
    public void A_flat_metric_reduces_the_rate_every_patience_epochs_and_cooldown_delays_counting(int cooldown, double[] expected)
    {
        using var model = new Mlp();
        model.LearningRate = 1;
        var rates = new List<double>();

        CallbackDriver.Run(
            new ReduceLROnPlateau(factor: 0.5, patience: 2, cooldown: cooldown), model, "val_loss", CallbackDriver.Flat(8),
            afterEpoch: _ => rates.Add(model.LearningRate));

        Assert.Equal(expected, rates);
    }

    [Fact]
    public void Improvements_smaller_than_min_delta_do_not_count_and_the_rate_stops_at_min_lr()
    {
        using var model = new Mlp();
        model.LearningRate = 1;
        var rates = new List<double>();

        CallbackDriver.Run(
            new ReduceLROnPlateau(factor: 0.1, patience: 1, minDelta: 0.01, minLr: 0.05), model, "val_loss", [1.0, 0.995, 0.99, 0.985, 0.5],
            afterEpoch: _ => rates.Add(model.LearningRate));

        Assert.Equal([1, 0.1, 0.05, 0.05, 0.05], rates);
    }

    [Fact]
    public void Fit_logs_the_reduced_rate_from_the_next_epoch_on()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);
        model.Compile(Optimizers.Sgd(learningRate: 0.1));

        var history = model.Fit(
            x, y, epochs: 4, batchSize: 8, callbacks: [new ReduceLROnPlateau(monitor: "lr", mode: MonitorMode.Min, factor: 0.5, patience: 1)], verbose: 0);

        // Epoch 1 does not improve on 0.1 → reduced to 0.05 for epoch 2; epoch 2's 0.05 improves; epoch 3 does not.
        Assert.Equal([0.1, 0.1, 0.05, 0.05], history["lr"]);
        Assert.Equal(0.025, model.LearningRate, 12);
    }

    [Fact]
    public void Keras_defaults_and_argument_checks()
    {
        var callback = new ReduceLROnPlateau();

        Assert.Equal(("val_loss", 0.1, 10, 1e-4, 0, 0.0), (callback.MonitorName, callback.Factor, callback.Patience, callback.MinDelta, callback.Cooldown, callback.MinLr));
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => new ReduceLROnPlateau(factor: 1)).ParamName);
    }
}
