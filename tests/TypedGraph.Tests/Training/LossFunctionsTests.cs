using System;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Training;

public sealed class LossFunctionsTests
{
    private const double Tolerance = 1e-5;

    // Two samples, three classes; the targets are classes 2 and 0.
    private static readonly float[,] Logits = { { 1, 2, 3 }, { 1, 0, 0 } };

    private static double ExpectedCrossEntropy()
    {
        static double NegativeLogSoftmax(double[] z, int target) =>
            -(z[target] - Math.Log(Math.Exp(z[0]) + Math.Exp(z[1]) + Math.Exp(z[2])));

        return (NegativeLogSoftmax([1, 2, 3], 2) + NegativeLogSoftmax([1, 0, 0], 0)) / 2;
    }

    [Fact]
    public void Fused_categorical_crossentropy_is_minus_log_softmax_of_the_target_class()
    {
        using var scope = NewDisposeScope();
        var target = tensor(new float[,] { { 0, 0, 1 }, { 1, 0, 0 } });

        var loss = LossFunctions.Compute(Loss.CategoricalCrossentropy, Activation.Softmax, tensor(Logits), target, "Answer");

        Assert.Equal(ExpectedCrossEntropy(), loss.item<float>(), Tolerance);
    }

    [Fact]
    public void Categorical_crossentropy_on_probabilities_matches_the_fused_form()
    {
        using var scope = NewDisposeScope();
        var probabilities = nn.functional.softmax(tensor(Logits), -1);
        var target = tensor(new float[,] { { 0, 0, 1 }, { 1, 0, 0 } });

        var loss = LossFunctions.Compute(Loss.CategoricalCrossentropy, Activation.None, probabilities, target, "Answer");

        Assert.Equal(ExpectedCrossEntropy(), loss.item<float>(), Tolerance);
    }

    [Fact]
    public void Categorical_crossentropy_on_probabilities_clamps_zero_to_epsilon()
    {
        using var scope = NewDisposeScope();
        var probabilities = tensor(new float[,] { { 1, 0 } });
        var target = tensor(new float[,] { { 0, 1 } });

        var loss = LossFunctions.Compute(Loss.CategoricalCrossentropy, Activation.None, probabilities, target, "Answer");

        Assert.Equal(-Math.Log(1e-7), loss.item<float>(), 1e-4);
    }

    [Theory]
    [InlineData(Activation.Softmax)]
    [InlineData(Activation.None)]
    public void Sparse_categorical_crossentropy_accepts_class_indices_of_shape_N_or_N_by_1(Activation fused)
    {
        using var scope = NewDisposeScope();
        var output = fused == Activation.Softmax ? tensor(Logits) : nn.functional.softmax(tensor(Logits), -1);

        var flat = LossFunctions.Compute(Loss.SparseCategoricalCrossentropy, fused, output, tensor(new long[] { 2, 0 }), "Answer");
        var column = LossFunctions.Compute(Loss.SparseCategoricalCrossentropy, fused, output, tensor(new long[,] { { 2 }, { 0 } }), "Answer");
        var int32 = LossFunctions.Compute(Loss.SparseCategoricalCrossentropy, fused, output, tensor(new int[] { 2, 0 }), "Answer");

        Assert.Equal(ExpectedCrossEntropy(), flat.item<float>(), Tolerance);
        Assert.Equal(ExpectedCrossEntropy(), column.item<float>(), Tolerance);
        Assert.Equal(ExpectedCrossEntropy(), int32.item<float>(), Tolerance);
    }

    [Fact]
    public void Sparse_categorical_crossentropy_rejects_float_targets()
    {
        using var scope = NewDisposeScope();

        var error = Assert.Throws<ShapeMismatchException>(() =>
            LossFunctions.Compute(Loss.SparseCategoricalCrossentropy, Activation.Softmax, tensor(Logits), tensor(new float[] { 2, 0 }), "Answer"));

        Assert.Equal("Target 'Answer' of a sparse categorical loss must hold integer class indices (Int64) but has dtype Float32.", error.Message);
    }

    [Fact]
    public void Binary_crossentropy_with_logits_matches_the_probability_form_and_the_hand_value()
    {
        using var scope = NewDisposeScope();
        var logits = tensor(new float[,] { { 0.5f }, { -1f } });
        var target = tensor(new float[,] { { 1 }, { 0 } });
        static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
        var expected = (-Math.Log(Sigmoid(0.5)) - Math.Log(1 - Sigmoid(-1))) / 2;

        var fused = LossFunctions.Compute(Loss.BinaryCrossentropy, Activation.Sigmoid, logits, target, "Gender");
        var onProbabilities = LossFunctions.Compute(Loss.BinaryCrossentropy, Activation.None, logits.sigmoid(), target, "Gender");

        Assert.Equal(expected, fused.item<float>(), Tolerance);
        Assert.Equal(expected, onProbabilities.item<float>(), Tolerance);
    }

    [Theory]
    [InlineData(Loss.MeanSquaredError, 2.5)]   // ((1-2)² + (3-5)²) / 2
    [InlineData(Loss.MeanAbsoluteError, 1.5)]  // (1 + 2) / 2
    [InlineData(Loss.Huber, 1.0)]              // (0.5·1² + (2 − 0.5)) / 2
    public void Regression_losses_match_hand_values_and_accept_targets_without_the_unit_dimension(Loss loss, double expected)
    {
        using var scope = NewDisposeScope();
        var prediction = tensor(new float[,] { { 1 }, { 3 } });
        var target = tensor(new long[] { 2, 5 }); // shape (N) and int64: aligned to (N, 1) float32

        var value = LossFunctions.Compute(loss, Activation.None, prediction, target, "Age");

        Assert.Equal(expected, value.item<float>(), Tolerance);
    }

    [Fact]
    public void Target_of_another_shape_is_an_error_not_a_broadcast()
    {
        using var scope = NewDisposeScope();

        var error = Assert.Throws<ShapeMismatchException>(() =>
            LossFunctions.Compute(Loss.MeanSquaredError, Activation.None, zeros(2, 3), zeros(2, 4), "Age"));

        Assert.Equal("Target 'Age' has shape (2, 4) but must have the shape of the output; the output has shape (2, 3).", error.Message);
    }
}
