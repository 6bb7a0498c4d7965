using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Training;

public sealed class MetricFunctionsTests
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Accuracy_of_sigmoid_logits_thresholds_at_zero()
    {
        using var scope = NewDisposeScope();
        var logits = tensor(new float[,] { { 2 }, { -1 }, { 0.5f }, { -3 } });
        var target = tensor(new float[,] { { 1 }, { 1 }, { 0 }, { 0 } });

        var accuracy = MetricFunctions.Compute(Metric.Accuracy, Loss.BinaryCrossentropy, Activation.Sigmoid, logits, target, "Gender");

        Assert.Equal(0.5, accuracy.item<float>(), Tolerance); // predictions 1, 0, 1, 0
    }

    [Fact]
    public void Accuracy_of_a_single_unit_thresholds_probabilities_at_one_half()
    {
        using var scope = NewDisposeScope();
        var probabilities = tensor(new float[,] { { 0.9f }, { 0.4f }, { 0.6f } });
        var target = tensor(new float[] { 1, 0, 0 });

        var accuracy = MetricFunctions.Compute(Metric.Accuracy, Loss.MeanSquaredError, Activation.None, probabilities, target, "Score");

        Assert.Equal(2.0 / 3, accuracy.item<float>(), Tolerance);
    }

    [Fact]
    public void Accuracy_with_one_hot_targets_compares_arg_maxes()
    {
        using var scope = NewDisposeScope();
        var output = tensor(new float[,] { { 0.1f, 0.7f, 0.2f }, { 0.5f, 0.3f, 0.2f } });
        var target = tensor(new float[,] { { 0, 1, 0 }, { 0, 0, 1 } });

        var accuracy = MetricFunctions.Compute(Metric.Accuracy, Loss.CategoricalCrossentropy, Activation.Softmax, output, target, "Answer");

        Assert.Equal(0.5, accuracy.item<float>(), Tolerance);
    }

    [Fact]
    public void Accuracy_with_class_indices_compares_arg_max_with_the_label()
    {
        using var scope = NewDisposeScope();
        var output = tensor(new float[,] { { 0.1f, 0.7f, 0.2f }, { 0.5f, 0.3f, 0.2f }, { 0.2f, 0.2f, 0.6f } });

        var sparse = MetricFunctions.Compute(Metric.Accuracy, Loss.SparseCategoricalCrossentropy, Activation.Softmax, output, tensor(new long[] { 1, 0, 0 }), "Answer");
        var column = MetricFunctions.Compute(Metric.Accuracy, Loss.SparseCategoricalCrossentropy, Activation.Softmax, output, tensor(new long[,] { { 1 }, { 0 }, { 2 } }), "Answer");

        Assert.Equal(2.0 / 3, sparse.item<float>(), Tolerance);
        Assert.Equal(1.0, column.item<float>(), Tolerance);
    }

    [Fact]
    public void Error_metrics_of_fused_outputs_see_probabilities()
    {
        using var scope = NewDisposeScope();
        var logits = zeros(2, 1); // sigmoid(0) = 0.5
        var target = tensor(new float[,] { { 1 }, { 0 } });

        var mae = MetricFunctions.Compute(Metric.MeanAbsoluteError, Loss.BinaryCrossentropy, Activation.Sigmoid, logits, target, "Gender");
        var mse = MetricFunctions.Compute(Metric.MeanSquaredError, Loss.BinaryCrossentropy, Activation.Sigmoid, logits, target, "Gender");

        Assert.Equal(0.5, mae.item<float>(), Tolerance);
        Assert.Equal(0.25, mse.item<float>(), Tolerance);
    }
}
