using System;
using TorchSharp;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Training;

public sealed class EvaluatePredictTests
{
    // Float32 sums over differently sized batches differ in the last bits.
    private const double Tolerance = 1e-5;

    [Fact]
    public void Evaluate_returns_the_weighted_total_and_per_output_values_computed_by_hand()
    {
        using var model = new TwoHeads();
        using var scope = NewDisposeScope();
        var (x, y) = ToyData.TwoHeads(8);
        model.Compile(lossWeights: new TwoHeads.LossWeights(Age: 0.5, Gender: 2));
        var predicted = model.Predict(x);

        var scores = model.Evaluate(x, y, batchSize: 3);

        var ageLoss = (predicted.Age - y.Age).pow(2).mean().item<float>();
        var p = predicted.Gender.clamp(1e-7, 1 - 1e-7);
        var genderLoss = (-(y.Gender * p.log() + (1 - y.Gender) * (1 - p).log())).mean().item<float>();
        var ageMae = (predicted.Age - y.Age).abs().mean().item<float>();
        var genderAcc = ((predicted.Gender > 0.5).to_type(ScalarType.Float32) == y.Gender).to_type(ScalarType.Float32).mean().item<float>();
        Assert.Equal(["loss", "age_loss", "gender_loss", "age_mae", "gender_acc", "gender_accuracy"], scores.Keys); // both Keras spellings (DESIGN §10)
        Assert.Equal(ageLoss, scores["age_loss"], Tolerance);
        Assert.Equal(genderLoss, scores["gender_loss"], Tolerance);
        Assert.Equal(0.5 * ageLoss + 2 * genderLoss, scores["loss"], Tolerance);
        Assert.Equal(ageMae, scores["age_mae"], Tolerance);
        Assert.Equal(genderAcc, scores["gender_acc"], Tolerance);
    }

    [Fact]
    public void Evaluate_means_are_sample_weighted_so_the_batch_size_does_not_change_them()
    {
        using var model = new Mlp();
        using var scope = NewDisposeScope();
        var (x, y) = ToyData.Classification(10);

        var whole = model.Evaluate(x, y, batchSize: 10);
        var batched = model.Evaluate(x, y, batchSize: 3); // 3 + 3 + 3 + 1

        Assert.Equal(whole["loss"], batched["loss"], Tolerance);
        Assert.Equal(whole["acc"], batched["acc"], Tolerance);
    }

    [Fact]
    public void Predict_concatenates_batches_applies_the_output_activation_and_outlives_its_scopes()
    {
        using var model = new Mlp();
        var (x, _) = ToyData.Classification(10);

        var predicted = model.Predict(x, batchSize: 4);

        using var scope = NewDisposeScope();
        Assert.Equal([10L, 10L], predicted.Probabilities.shape);
        Assert.True(predicted.Probabilities.sum(1).allclose(ones(10)));
        using (no_grad())
        {
            Assert.True(predicted.Probabilities.allclose(model.forward(x).Probabilities, rtol: 1e-5, atol: 1e-6));
        }

        predicted.Probabilities.Dispose();
    }

    [Fact]
    public void Predict_and_Evaluate_restore_the_training_mode_and_need_no_gradients()
    {
        using var model = new Mlp();
        using var scope = NewDisposeScope();
        var (x, y) = ToyData.Classification(6);
        model.train();

        var predicted = model.Predict(x);
        model.Evaluate(x, y);

        Assert.True(model.training);
        Assert.False(predicted.Probabilities.requires_grad);
    }

    [Fact]
    public void Untrainable_signatures_are_rejected_with_a_clear_message()
    {
        var signature = new ModelSignature(
            [new InputSpec("Features", new Shape(Dim.Batch, Dim.Fixed(2)), DType.Float32)],
            [new OutputSpec("Embedding", "embedding", Loss.None, 1, [], Activation.None)]);

        var error = Assert.Throws<InvalidOperationException>(() => TrainingObjective.Create(signature, null));

        Assert.Equal("The model cannot be trained: none of its outputs has a Loss. Declare one with [Output(Loss.…)].", error.Message);
    }

    [Fact]
    public void Loss_weights_must_match_the_trained_outputs()
    {
        using var model = new TwoHeads();

        var error = Assert.Throws<ArgumentException>(() => TrainingObjective.Create(model.Signature, [1.0]));

        Assert.StartsWith("Expected 2 loss weight(s), one per output with a loss, but got 1.", error.Message, StringComparison.Ordinal);
    }
}
