using System;
using System.Linq;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Training;

/// <summary>
/// Precision, recall, AUC and top-k accuracy pinned to hand computations. A one-unit sigmoid model with weight 1 and
/// bias 0 fed <c>logit(p)</c> outputs exactly the probabilities p, so the confusion counts are known.
/// </summary>
public sealed class EpochMetricsTests
{
    private static readonly double[] Probabilities = [0.9, 0.8, 0.7, 0.6, 0.55, 0.3, 0.2, 0.1];
    private static readonly float[] Labels = [1, 0, 1, 1, 0, 0, 1, 0];

    [Fact]
    public void Precision_recall_and_auc_are_computed_over_the_whole_epoch_not_averaged_over_batches()
    {
        using var model = Scorer();
        var (x, y) = Data();

        // Batches of 3, 3 and 2 samples: batch means would differ from the epoch values.
        var scores = model.Evaluate(x, y, batchSize: 3);

        // Predicted positive (p > 0.5): 0.9, 0.8, 0.7, 0.6, 0.55 → tp = 3 (0.9, 0.7, 0.6), fp = 2; fn = 1 (0.2).
        Assert.Equal(3.0 / 5, scores["precision"], 12);
        Assert.Equal(3.0 / 4, scores["recall"], 12);
        // Positives 0.9, 0.7, 0.6, 0.2 against negatives 0.8, 0.55, 0.3, 0.1: 4 + 3 + 3 + 1 of 16 pairs ranked right.
        // The 200 thresholds separate every prediction, so Keras' trapezoidal sum is the exact area.
        Assert.Equal(11.0 / 16, scores["auc"], 6);
        Assert.Equal(5.0 / 8, scores["acc"], 6); // a float32 batch mean
        Assert.Equal(scores["acc"], scores["accuracy"]);
    }

    [Fact]
    public void Fit_logs_the_epoch_values_and_their_validation_forms()
    {
        using var model = Scorer();
        model.Compile(Optimizers.Sgd(learningRate: 1e-12));
        var (x, y) = Data();

        var history = model.Fit(x, y, batchSize: 3, shuffle: false, validationData: (x, y), verbose: 0);

        Assert.Equal(["loss", "acc", "precision", "recall", "auc", "val_loss", "val_acc", "val_precision", "val_recall", "val_auc", "lr"], history.Keys);
        Assert.Equal(3.0 / 5, history["precision"][0], 6);
        Assert.Equal(3.0 / 4, history["val_recall"][0], 6);
        Assert.Equal(history["val_acc"], history["val_accuracy"]);
    }

    [Fact]
    public void Precision_and_recall_of_a_softmax_output_one_hot_encode_class_index_targets_and_count_every_element()
    {
        using var model = new SingleDense(3, 3, Loss.SparseCategoricalCrossentropy, Activation.Softmax, [Metric.Precision, Metric.Recall]);
        model.SetWeights([1, 0, 0, 0, 1, 0, 0, 0, 1], new float[3]);
        // Softmax of (5, 0, 0) puts 0.987 on one class: one positive element per sample.
        using var x = tensor(new float[] { 5, 0, 0, 0, 5, 0, 0, 0, 5, 5, 0, 0 }).reshape(4, 3);
        using var y = tensor(new long[] { 0, 1, 0, 2 }); // right, right, wrong, wrong

        var scores = model.Evaluate(new SingleDense.Inputs(x), new SingleDense.Targets(y), batchSize: 3);

        // tp = 2; each wrong sample is one false positive (its predicted class) and one false negative (its label).
        Assert.Equal(2.0 / 4, scores["precision"], 12);
        Assert.Equal(2.0 / 4, scores["recall"], 12);
    }

    [Fact]
    public void Top_k_categorical_accuracy_counts_the_true_class_among_the_five_highest_outputs()
    {
        using var model = new SingleDense(6, 6, Loss.SparseCategoricalCrossentropy, Activation.Softmax, [Metric.TopKCategoricalAccuracy]);
        var identity = new float[36];
        for (var i = 0; i < 6; i++)
        {
            identity[i * 7] = 1;
        }

        model.SetWeights(identity, new float[6]);
        using var x = tensor(new float[] { 6, 5, 4, 3, 2, 1, 6, 5, 4, 3, 2, 1, 6, 5, 4, 3, 2, 1 }).reshape(3, 6);
        using var y = tensor(new long[] { 0, 5, 4 }); // rank 1 ✓, rank 6 ✗, rank 5 ✓

        var scores = model.Evaluate(new SingleDense.Inputs(x), new SingleDense.Targets(y));

        Assert.Equal(2.0 / 3, scores["top_k_categorical_accuracy"], 6);
        Assert.Equal("top_k_categorical_accuracy", LogKeys.Normalize("top_k_categorical_accuracy"));
    }

    private static SingleDense Scorer()
    {
        var model = new SingleDense(1, 1, Loss.BinaryCrossentropy, Activation.Sigmoid, [Metric.Accuracy, Metric.Precision, Metric.Recall, Metric.Auc]);
        model.SetWeights([1], [0]);
        return model;
    }

    private static (SingleDense.Inputs X, SingleDense.Targets Y) Data() =>
        (new SingleDense.Inputs(tensor(Probabilities.Select(p => (float)Math.Log(p / (1 - p))).ToArray()).reshape(-1, 1)),
         new SingleDense.Targets(tensor(Labels).reshape(-1, 1)));
}
