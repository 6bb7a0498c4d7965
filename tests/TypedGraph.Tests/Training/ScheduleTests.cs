using System;
using System.Linq;
using TypedGraph.Callbacks;
using TypedGraph.Tests.Models;
using Xunit;

namespace TypedGraph.Tests.Training;

public sealed class ScheduleTests
{
    [Fact]
    public void Exponential_decay_follows_keras_formula_per_epoch()
    {
        var smooth = Schedules.ExponentialDecay(0.1, decaySteps: 2, decayRate: 0.5);
        var stairs = Schedules.ExponentialDecay(0.1, decaySteps: 2, decayRate: 0.5, staircase: true);

        Assert.Equal(0.1, smooth(0, 1), 15);
        Assert.Equal(0.1 * Math.Sqrt(0.5), smooth(1, 1), 15);
        Assert.Equal(0.05, smooth(2, 1), 15);
        Assert.Equal(0.1, stairs(1, 1), 15);
        Assert.Equal(0.05, stairs(3, 1), 15);
    }

    [Fact]
    public void Cosine_decay_with_and_without_warm_up_follows_keras_formula_per_epoch()
    {
        var plain = Schedules.CosineDecay(1.0, decaySteps: 4);
        var floored = Schedules.CosineDecay(1.0, decaySteps: 4, alpha: 0.1);
        var warm = Schedules.CosineDecay(0.0, decaySteps: 4, warmupTarget: 1.0, warmupSteps: 2);

        Assert.Equal(1.0, plain(0, 9), 12);
        Assert.Equal(0.5 * (1 + Math.Cos(Math.PI / 4)), plain(1, 9), 12);
        Assert.Equal(0.5, plain(2, 9), 12);
        Assert.Equal(0.0, plain(4, 9), 12);
        Assert.Equal(0.0, plain(9, 9), 12); // held at the end of the decay
        Assert.Equal(0.1, floored(4, 9), 12);
        Assert.Equal(0.1 + (0.9 * 0.5), floored(2, 9), 12);

        // Linear warm-up from 0 to 1 over 2 epochs, then the cosine decay from 1 over 4 epochs.
        int[] epochs = [0, 1, 2, 3, 4, 6, 7];
        double[] expected = [0.0, 0.5, 1.0, 0.5 * (1 + Math.Cos(Math.PI / 4)), 0.5, 0.0, 0.0];
        for (var i = 0; i < epochs.Length; i++)
        {
            Assert.Equal(expected[i], warm(epochs[i], 9), 12);
        }
    }

    [Fact]
    public void Piecewise_constant_switches_after_each_boundary()
    {
        var schedule = Schedules.PiecewiseConstant([2, 4], [1.0, 0.5, 0.1]);

        Assert.Equal([1.0, 1.0, 1.0, 0.5, 0.5, 0.1], Enumerable.Range(0, 6).Select(e => schedule(e, 9)));
        Assert.Throws<ArgumentException>(() => Schedules.PiecewiseConstant([2], [1.0]));
        Assert.Throws<ArgumentException>(() => Schedules.PiecewiseConstant([2, 2], [1.0, 0.5, 0.1]));
    }

    [Fact]
    public void The_scheduler_sets_the_rate_at_each_epoch_begin_from_the_epoch_and_the_current_rate_and_lr_logs_it()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);

        var halving = model.Fit(x, y, epochs: 3, verbose: 0, callbacks: [new LearningRateScheduler((epoch, rate) => rate / 2)]);
        var stepped = model.Fit(x, y, epochs: 4, verbose: 0, callbacks: [new LearningRateScheduler(Schedules.PiecewiseConstant([1], [0.1, 0.01]))]);
        var resumed = model.Fit(x, y, epochs: 4, initialEpoch: 2, verbose: 0, callbacks: [new LearningRateScheduler((epoch, _) => epoch / 100.0)]);

        Assert.Equal([5e-4, 2.5e-4, 1.25e-4], halving["lr"]);
        Assert.Equal([0.1, 0.1, 0.01, 0.01], stepped["lr"]);
        Assert.Equal([0.02, 0.03], resumed["lr"]);
        foreach (var bad in new[] { -1e-3, double.NaN, double.PositiveInfinity })
        {
            var error = Assert.Throws<InvalidOperationException>(() => model.Fit(x, y, epochs: 3, verbose: 0, callbacks: [new LearningRateScheduler((epoch, _) => epoch == 1 ? bad : 0.01)]));
            Assert.Contains($"returned {bad.ToString(System.Globalization.CultureInfo.InvariantCulture)} for epoch 1", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_schedule_that_reaches_zero_trains_past_its_decay_steps_and_a_zero_rate_leaves_the_weights_alone()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);

        // Keras' CosineDecay with alpha = 0 is exactly 0 from decaySteps on; a warm-up from 0 starts at exactly 0.
        var decayed = model.Fit(x, y, epochs: 4, verbose: 0, callbacks: [new LearningRateScheduler(Schedules.CosineDecay(0.1, decaySteps: 2))]);
        var before = model.parameters().Select(p => p.detach().clone()).ToList();
        var frozen = model.Fit(x, y, epochs: 6, initialEpoch: 4, verbose: 0, callbacks: [new LearningRateScheduler(Schedules.CosineDecay(0.1, decaySteps: 2))]);
        Assert.All(model.parameters().Zip(before), pair => Assert.True(pair.First.equal(pair.Second).all().item<bool>()));
        var warm = model.Fit(x, y, epochs: 2, verbose: 0, callbacks: [new LearningRateScheduler(Schedules.CosineDecay(0.0, decaySteps: 2, warmupTarget: 0.1, warmupSteps: 1))]);

        Assert.Equal([0.1, 0.05, 0.0, 0.0], decayed["lr"], (a, b) => Math.Abs(a - b) < 1e-15);
        Assert.Equal([0.0, 0.0], frozen["lr"]);
        Assert.Equal([0.0, 0.1], warm["lr"]);
    }
}
