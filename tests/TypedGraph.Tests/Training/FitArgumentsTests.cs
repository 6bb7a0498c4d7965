using System;
using System.Collections.Generic;
using System.Linq;
using TypedGraph.Tests.Callbacks;
using TypedGraph.Tests.Models;
using Xunit;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Training;

/// <summary>
/// Keras' sample_weight, class_weight and initial_epoch. Weights are pinned to hand computations on a linear model with fixed weights: prediction
/// <c>x₀ − x₁ + 0.5</c>, squared error per sample, one batch, a learning rate too small to move the weights.
/// </summary>
public sealed class FitArgumentsTests
{
    private static readonly double[][] X = [[1, 2], [3, 1], [0, 0], [2, 2]];

    [Fact]
    public void Sample_weights_scale_each_sample_loss_and_the_sum_is_divided_by_the_batch_size()
    {
        using var model = Linear();
        var (x, y) = Data([0, 1, 2, 0]);

        var history = model.Fit(x, y, batchSize: 4, shuffle: false, verbose: 0, sampleWeight: tensor(new float[] { 1, 2, 0, 0.5f }));

        // Losses 0.25, 2.25, 2.25, 0.25 → (0.25 + 4.5 + 0 + 0.125) / 4, not / 3.5 (the sum of the weights).
        Assert.Equal(1.21875, Weighted([0, 1, 2, 0], [1, 2, 0, 0.5]));
        Assert.Equal(1.21875, history["loss"][0], 1e-6);
    }

    [Fact]
    public void Class_weights_map_each_sample_label_to_a_weight_missing_classes_weigh_one_and_sample_weights_multiply()
    {
        using var model = Linear();
        var (x, y) = Data([0, 1, 1, 0]);
        var classWeight = new Dictionary<int, double> { [0] = 3, [1] = 0.5 };

        var byClass = model.Fit(x, y, batchSize: 4, shuffle: false, verbose: 0, classWeight: classWeight);
        var both = model.Fit(x, y, batchSize: 4, shuffle: false, verbose: 0, classWeight: classWeight, sampleWeight: tensor(new float[] { 1, 2, 0, 0.5f }));
        var onlyClassTwo = model.Fit(x, y, batchSize: 4, shuffle: false, verbose: 0, classWeight: new Dictionary<int, double> { [2] = 9 });

        Assert.Equal(0.6875, Weighted([0, 1, 1, 0], [3, 0.5, 0.5, 3]));
        Assert.Equal(0.6875, byClass["loss"][0], 1e-6);
        Assert.Equal(Weighted([0, 1, 1, 0], [3 * 1, 0.5 * 2, 0.5 * 0, 3 * 0.5]), both["loss"][0], 1e-6);
        Assert.Equal(Weighted([0, 1, 1, 0], [1, 1, 1, 1]), onlyClassTwo["loss"][0], 1e-6);
    }

    [Fact]
    public void Class_weights_read_one_hot_targets_by_their_arg_max()
    {
        // Zero weights: every class has probability 1/3, so every sample loss is ln 3.
        using var model = new SingleDense(2, 3, Loss.CategoricalCrossentropy, Activation.Softmax);
        model.SetWeights(new float[6], new float[3]);
        model.Compile(Optimizers.Sgd(learningRate: 1e-12));
        using var x = zeros(4, 2);
        using var classes = tensor(new long[] { 0, 2, 1, 2 });
        using var oneHot = nn.functional.one_hot(classes, 3).to_type(ScalarType.Float32);

        var history = model.Fit(new SingleDense.Inputs(x), new SingleDense.Targets(oneHot), batchSize: 4, verbose: 0, classWeight: new Dictionary<int, double> { [2] = 2 });

        Assert.Equal((1 + 2 + 1 + 2) / 4.0 * Math.Log(3), history["loss"][0], 1e-6);
    }

    [Fact]
    public void Validation_values_and_metrics_are_not_weighted()
    {
        using var model = Linear(metrics: [Metric.MeanAbsoluteError]);
        var (x, y) = Data([0, 1, 2, 0]);

        var history = model.Fit(x, y, batchSize: 4, shuffle: false, validationData: (x, y), verbose: 0, sampleWeight: tensor(new float[] { 1, 2, 0, 0.5f }));

        Assert.Equal(Weighted([0, 1, 2, 0], [1, 1, 1, 1]), history["val_loss"][0], 1e-6);
        Assert.Equal((0.5 + 1.5 + 1.5 + 0.5) / 4, history["mae"][0], 1e-6);
    }

    [Fact]
    public void Weights_that_do_not_fit_are_rejected()
    {
        using var model = Linear();
        var (x, y) = Data([0, 1, 2, 0]);

        Assert.Throws<ArgumentException>(() => model.Fit(x, y, verbose: 0, sampleWeight: ones(3)));
        Assert.Throws<ArgumentException>(() => model.Fit(x, y, verbose: 0, classWeight: new Dictionary<int, double> { [0] = double.NaN }));
        using var twoHeads = new TwoHeads();
        var (tx, ty) = ToyData.TwoHeads(4);
        var error = Assert.Throws<ArgumentException>(() => twoHeads.Fit(tx, ty, verbose: 0, classWeight: new Dictionary<int, double> { [0] = 2 }));
        Assert.Contains("single trained output", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Native_memory_stays_flat_with_weights_and_epoch_statistics()
    {
        using var model = new SingleDense(2, 1, Loss.BinaryCrossentropy, Activation.Sigmoid, [Metric.Precision, Metric.Auc]);
        model.Compile(Optimizers.Sgd(globalClipNorm: 1));
        var (x, y) = Data([0, 1, 1, 0]);
        using var sampleWeight = tensor(new float[] { 1, 2, 0, 0.5f });
        var classWeight = new Dictionary<int, double> { [1] = 2 };
        model.Fit(x, y, verbose: 0); // creates the optimizer state
        var statistics = DisposeScopeManager.Statistics;
        var before = statistics.ThreadTotalLiveCount;

        model.Fit(x, y, epochs: 3, batchSize: 3, validationSplit: 0.25, verbose: 0, classWeight: classWeight, sampleWeight: sampleWeight);

        Assert.Equal(before, statistics.ThreadTotalLiveCount);
    }

    [Fact]
    public void Initial_epoch_runs_the_remaining_epochs_with_their_real_indices()
    {
        using var model = Linear();
        var (x, y) = Data([0, 1, 2, 0]);
        var recorder = new RecordingCallback();

        var history = model.Fit(x, y, epochs: 4, initialEpoch: 2, callbacks: [recorder], verbose: 0);

        Assert.Equal([2, 3], history.Epochs);
        Assert.Equal(2, history["loss"].Count);
        Assert.Equal(["TrainBegin", "EpochBegin 2", "BatchBegin 0", "BatchEnd 0", "EpochEnd 2", "EpochBegin 3", "BatchBegin 0", "BatchEnd 0", "EpochEnd 3", "TrainEnd"], recorder.Events);
        Assert.Equal(4, model.CompletedEpochs);
    }

    /// <summary>Σ wᵢ (x₀ − x₁ + 0.5 − yᵢ)² / N, by hand.</summary>
    private static double Weighted(double[] targets, double[] weights)
    {
        var sum = 0.0;
        for (var i = 0; i < X.Length; i++)
        {
            var residual = X[i][0] - X[i][1] + 0.5 - targets[i];
            sum += weights[i] * residual * residual;
        }

        return sum / X.Length;
    }

    private static SingleDense Linear(Metric[]? metrics = null)
    {
        var model = new SingleDense(2, 1, Loss.MeanSquaredError, metrics: metrics);
        model.SetWeights([1, -1], [0.5f]);
        model.Compile(Optimizers.Sgd(learningRate: 1e-12));
        return model;
    }

    private static (SingleDense.Inputs X, SingleDense.Targets Y) Data(double[] targets) =>
        (new SingleDense.Inputs(tensor(X.SelectMany(row => row.Select(v => (float)v)).ToArray()).reshape(4, 2)),
         new SingleDense.Targets(tensor(targets.Select(v => (float)v).ToArray()).reshape(4, 1)));
}
