using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedGraph.Callbacks;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Callbacks;

public sealed class WeightAveragingTests
{
    private static (SingleDense.Inputs X, SingleDense.Targets Y) Line(int samples = 8)
    {
        var x = linspace(-1, 1, samples).reshape(samples, 1);
        return (new SingleDense.Inputs(x), new SingleDense.Targets((3 * x) + 1));
    }

    /// <summary>16 seeded samples for <see cref="NormNet"/>: 4 standard-normal features and a one-hot class of 3.</summary>
    private static (NormNet.Inputs X, NormNet.Targets Y) NormData() => (
        new NormNet.Inputs(randn(16, 4, generator: new TorchSharp.torch.Generator(5))),
        new NormNet.Targets(nn.functional.one_hot(randint(0, 3, [16], generator: new TorchSharp.torch.Generator(6)), 3).to_type(ScalarType.Float32)));

    private static SingleDense Regression()
    {
        var model = new SingleDense(1, 1, Loss.MeanSquaredError);
        model.SetWeights([0], [0]);
        model.Compile(Optimizers.Sgd(learningRate: 0.1));
        return model;
    }

    private static double[] Values(SingleDense model) => [model.Layer.weight!.item<float>(), model.Layer.bias!.item<float>()];

    [Fact]
    public void Snapshot_ensemble_follows_the_cyclic_cosine_schedule_per_step_and_saves_one_member_per_cycle()
    {
        using var directory = new TempDirectory();
        using var model = Regression();
        using var scope = NewDisposeScope();
        var (x, y) = Line();
        var snapshot = new SnapshotEnsemble(directory["members"], cycleEpochs: 2, maxLearningRate: 0.1);
        var rates = new List<double>();
        var atCycleEnd = new List<double[]>();
        var recorder = new LambdaCallback(
            onBatchBegin: (_, _) => rates.Add(model.LearningRate),
            onEpochEnd: (epoch, _) =>
            {
                if (epoch % 2 == 1)
                {
                    atCycleEnd.Add(Values(model));
                }
            });

        model.Fit(x, y, epochs: 4, batchSize: 2, shuffle: false, callbacks: [snapshot, recorder], verbose: 0); // 4 steps per epoch

        // lr(t) = 0.1 / 2 · (cos(π · (t mod 8) / 8) + 1), t counted from the start of the 2-epoch cycle.
        double[] cycle = [0.1, 0.0961940, 0.0853553, 0.0691342, 0.05, 0.0308658, 0.0146447, 0.0038060];
        Assert.Equal(16, rates.Count);
        for (var step = 0; step < rates.Count; step++)
        {
            Assert.Equal(cycle[step % 8], rates[step], 1e-7);
        }

        Assert.Equal([Path.Combine(directory["members"], "snapshot-1.bin"), Path.Combine(directory["members"], "snapshot-2.bin")], snapshot.SavedPaths);
        var members = snapshot.LoadMembers(() => new SingleDense(1, 1, Loss.MeanSquaredError));
        Assert.Equal(2, members.Count);
        for (var k = 0; k < 2; k++)
        {
            Assert.Equal(atCycleEnd[k], Values(members[k]));
        }

        Assert.NotEqual(atCycleEnd[0], atCycleEnd[1]);
        var ensemble = Ensemble.Average(members);
        var expected = (members[0].Predict(x).Value + members[1].Predict(x).Value) / 2;
        Assert.True(ensemble.Predict(x).Value.allclose(expected, rtol: 0, atol: 1e-6));
    }

    [Fact]
    public void Snapshot_schedule_counts_epochs_when_a_streamed_fit_does_not_know_its_steps()
    {
        using var directory = new TempDirectory();
        using var model = Regression();
        using var scope = NewDisposeScope();
        var (x, y) = Line();
        var snapshot = new SnapshotEnsemble(directory.Path, cycleEpochs: 2, maxLearningRate: 0.1, filePrefix: "m");
        var rates = new List<double>();

        model.Fit(Batches(x, y), epochs: 4, verbose: 0, callbacks: [snapshot, new LambdaCallback(onBatchBegin: (_, _) => rates.Add(model.LearningRate))]);

        // Per epoch: lr(e) = 0.1 / 2 · (cos(π · (e mod 2) / 2) + 1) → 0.1, 0.05, 0.1, 0.05, for each of the 2 batches.
        Assert.Equal([0.1, 0.1, 0.05, 0.05, 0.1, 0.1, 0.05, 0.05], rates.Select(r => Math.Round(r, 12)));
        Assert.Equal([directory["m-1.bin"], directory["m-2.bin"]], snapshot.SavedPaths);

        static IEnumerable<(SingleDense.Inputs, SingleDense.Targets)> Batches(SingleDense.Inputs x, SingleDense.Targets y)
        {
            yield return (new SingleDense.Inputs(x.Features.narrow(0, 0, 4)), new SingleDense.Targets(y.Value.narrow(0, 0, 4)));
            yield return (new SingleDense.Inputs(x.Features.narrow(0, 4, 4)), new SingleDense.Targets(y.Value.narrow(0, 4, 4)));
        }
    }

    [Fact]
    public void Cosine_schedule_restarts_every_cycle_and_arguments_are_checked()
    {
        Assert.Equal(0.1, SnapshotEnsemble.CosineLearningRate(0.1, 0, 4), 12);
        Assert.Equal(0.05 * (1 + Math.Sqrt(0.5)), SnapshotEnsemble.CosineLearningRate(0.1, 1, 4), 12);
        Assert.Equal(0.05, SnapshotEnsemble.CosineLearningRate(0.1, 2, 4), 12);
        Assert.Equal(0.1, SnapshotEnsemble.CosineLearningRate(0.1, 4, 4), 12); // restart
        Assert.Throws<ArgumentOutOfRangeException>(() => new SnapshotEnsemble("dir", cycleEpochs: 0, maxLearningRate: 0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SnapshotEnsemble("dir", cycleEpochs: 1, maxLearningRate: 0));
    }

    [Fact]
    public void Snapshot_cosine_is_keras_cosine_decay_restarted_every_cycle()
    {
        // One formula: a cycle of L steps is CosineDecay(maxLearningRate, decaySteps: L) over the step within the cycle.
        var decay = Schedules.CosineDecay(0.1, decaySteps: 7);
        for (var step = 0; step < 21; step++)
        {
            Assert.Equal(decay(step % 7, 0), SnapshotEnsemble.CosineLearningRate(0.1, step, 7));
        }
    }

    [Fact]
    public void Swa_replaces_the_weights_by_the_mean_of_the_epoch_end_weights_from_the_start_epoch()
    {
        using var model = Regression();
        using var scope = NewDisposeScope();
        var (x, y) = Line();
        var epochEnds = new List<double[]>();
        var swa = new StochasticWeightAveraging(startEpoch: 1, swaLearningRate: 0.02);

        var history = model.Fit(
            x, y, epochs: 4, batchSize: 2, shuffle: false, verbose: 0,
            callbacks: [new LambdaCallback(onEpochEnd: (_, _) => epochEnds.Add(Values(model))), swa]);

        // θ_SWA = (θ₁ + θ₂ + θ₃) / 3, the weights at the end of epochs 1 to 3.
        var expected = new[] { 0, 1 }.Select(i => (epochEnds[1][i] + epochEnds[2][i] + epochEnds[3][i]) / 3).ToArray();
        var actual = Values(model);
        Assert.Equal(expected[0], actual[0], 1e-6);
        Assert.Equal(expected[1], actual[1], 1e-6);
        Assert.NotEqual(epochEnds[3][0], actual[0], 1e-4);
        Assert.Equal(3, swa.AveragedEpochs);
        Assert.Equal([0.1, 0.02, 0.02, 0.02], history["lr"].Select(r => Math.Round(r, 9)));
    }

    [Fact]
    public void Swa_recomputes_batch_norm_statistics_with_one_pass_over_the_training_data()
    {
        using var model = new NormNet();
        using var scope = NewDisposeScope();
        var (x, y) = NormData();

        model.Fit(x, y, epochs: 3, batchSize: 4, shuffle: false, verbose: 0, callbacks: [new StochasticWeightAveraging(startEpoch: 0)]);

        // update_bn: running statistics = the equal-weight average over the 4 batches of each batch's mean and unbiased
        // variance of the Dense output, computed with the final (averaged) weights.
        var state = model.state_dict();
        var hidden = x.Features.matmul(state["dense.weight"].t()) + state["dense.bias"];
        var batches = hidden.split(4);
        var mean = stack(batches.Select(b => b.mean([0])).ToArray()).mean([0]);
        var variance = stack(batches.Select(b => b.var(0, unbiased: true)).ToArray()).mean([0]);
        Assert.True(state["norm.running_mean"].allclose(mean, rtol: 0, atol: 1e-5));
        Assert.True(state["norm.running_var"].allclose(variance, rtol: 0, atol: 1e-5));
        Assert.True(model.training); // the pass restores the mode Fit left
    }

    [Fact]
    public void Swa_that_would_average_nothing_fails_before_training()
    {
        using var model = Regression();
        using var scope = NewDisposeScope();
        var (x, y) = Line();
        var error = Assert.Throws<ArgumentException>(() => model.Fit(x, y, epochs: 2, verbose: 0, callbacks: [new StochasticWeightAveraging(startEpoch: 2)]));
        Assert.Contains("starts at epoch 2, but this Fit runs only up to epoch 1", error.Message, StringComparison.Ordinal);
        Assert.Equal([0.0, 0.0], Values(model));
    }

    [Fact]
    public void Ema_keeps_keras_moving_average_of_the_weights_after_every_step_and_swaps_it_in_at_the_end()
    {
        using var model = Regression();
        using var scope = NewDisposeScope();
        var (x, y) = Line();
        var steps = new List<double[]>();
        var ema = new ExponentialMovingAverage(decay: 0.9);

        model.Fit(x, y, epochs: 2, batchSize: 2, shuffle: false, verbose: 0, callbacks: [new LambdaCallback(onBatchEnd: (_, _) => steps.Add(Values(model))), ema]);

        // Keras: the first step sets the average to the weights, then avg ← 0.9 · avg + 0.1 · θ after every step.
        var expected = (double[])steps[0].Clone();
        foreach (var step in steps.Skip(1))
        {
            for (var i = 0; i < 2; i++)
            {
                expected[i] = (0.9 * expected[i]) + (0.1 * step[i]);
            }
        }

        Assert.Equal(8, ema.Steps);
        var actual = Values(model);
        Assert.Equal(expected[0], actual[0], 1e-6);
        Assert.Equal(expected[1], actual[1], 1e-6);
        Assert.NotEqual(steps[^1][0], actual[0], 1e-3);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialMovingAverage(decay: 1));
    }

    [Fact]
    public void Ema_averages_the_parameters_and_leaves_batch_norm_statistics_as_the_last_step_left_them()
    {
        using var model = new NormNet();
        using var scope = NewDisposeScope();
        var (x, y) = NormData();
        var steps = new List<(float[] Weight, float[] RunningMean, float[] RunningVar)>();
        var state = model.state_dict();

        model.Fit(
            x, y, epochs: 2, batchSize: 4, shuffle: false, verbose: 0,
            callbacks:
            [
                new LambdaCallback(onBatchEnd: (_, _) => steps.Add((
                    state["dense.weight"].data<float>().ToArray(), state["norm.running_mean"].data<float>().ToArray(), state["norm.running_var"].data<float>().ToArray()))),
                new ExponentialMovingAverage(decay: 0.5),
            ]);

        // The parameters: avg ← 0.5 · avg + 0.5 · θ after every step, from the first step's weights.
        var expected = steps[0].Weight.Select(w => (double)w).ToArray();
        foreach (var step in steps.Skip(1))
        {
            for (var i = 0; i < expected.Length; i++)
            {
                expected[i] = (0.5 * expected[i]) + (0.5 * step.Weight[i]);
            }
        }

        var weight = state["dense.weight"].data<float>().ToArray();
        Assert.Equal(8, steps.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], weight[i], 1e-6);
        }

        Assert.NotEqual(steps[^1].Weight, weight);

        // The running statistics are the buffers of the last step, not averaged (Keras averages trainable variables only).
        Assert.Equal(steps[^1].RunningMean, state["norm.running_mean"].data<float>().ToArray());
        Assert.Equal(steps[^1].RunningVar, state["norm.running_var"].data<float>().ToArray());
        Assert.NotEqual(steps[^2].RunningMean, steps[^1].RunningMean);
    }
}
