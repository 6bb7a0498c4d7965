using System;
using System.Collections.Generic;
using System.Linq;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Ensembles;

public sealed class EnsembleTests
{
    private const double Tolerance = 1e-6;

    // x = [[1, 2], [3, 4], [5, 6]]; member a: y = x (identity); member b: y = 2x + [1, -1].
    private static (SingleDense A, SingleDense B) Linear()
    {
        var a = new SingleDense(2, 2, Loss.MeanSquaredError, metrics: [Metric.MeanAbsoluteError]);
        a.SetWeights([1, 0, 0, 1], [0, 0]);
        var b = new SingleDense(2, 2, Loss.MeanSquaredError, metrics: [Metric.MeanAbsoluteError]);
        b.SetWeights([2, 0, 0, 2], [1, -1]);
        return (a, b);
    }

    private static SingleDense.Inputs X() => new(tensor(new float[] { 1, 2, 3, 4, 5, 6 }).reshape(3, 2));

    [Fact]
    public void Average_is_the_mean_of_the_member_outputs_computed_by_hand()
    {
        var (a, b) = Linear();
        using var scope = NewDisposeScope();

        var ensemble = Ensemble.Average(a, b);
        var predicted = ensemble.Predict(X(), batchSize: 2); // batches of 2 and 1

        // (x + 2x + [1, -1]) / 2 = 1.5x + [0.5, -0.5]
        Assert.Equal([2.0f, 2.5f, 5f, 5.5f, 8f, 8.5f], predicted.Value.data<float>().ToArray());
        Assert.Equal([0.5, 0.5], ensemble.Weights);
        Assert.Equal(0, ensemble.FitIterations);
    }

    [Fact]
    public void Weighted_normalizes_the_weights_and_weighs_each_member()
    {
        var (a, b) = Linear();
        using var scope = NewDisposeScope();

        var ensemble = Ensemble.Weighted([a, b], [1.0, 3.0]);
        var predicted = ensemble.Predict(X());

        // 0.25·x + 0.75·(2x + [1, -1]) = 1.75x + [0.75, -0.75]
        Assert.Equal([0.25, 0.75], ensemble.Weights);
        Assert.Equal([2.5f, 2.75f, 6f, 6.25f, 9.5f, 9.75f], predicted.Value.data<float>().ToArray());
    }

    [Fact]
    public void Softmax_members_are_averaged_as_probabilities_not_as_logits()
    {
        using var a = new SingleDense(2, 2, Loss.CategoricalCrossentropy, Activation.Softmax);
        a.SetWeights([1, 0, 0, 0], [0, 0]); // logits [1, 0]
        using var b = new SingleDense(2, 2, Loss.CategoricalCrossentropy, Activation.Softmax);
        b.SetWeights([0, 0, 0, 0], [0, 2]); // logits [0, 2]
        using var scope = NewDisposeScope();

        var predicted = Ensemble.Average(a, b).Predict(new SingleDense.Inputs(tensor(new float[] { 1, 0 }).reshape(1, 2)));

        // (softmax([1, 0]) + softmax([0, 2])) / 2 = ([0.7310586, 0.2689414] + [0.1192029, 0.8807971]) / 2
        var p = predicted.Value.data<float>().ToArray();
        Assert.Equal(0.4251307, p[0], 1e-6);
        Assert.Equal(0.5748693, p[1], 1e-6);
    }

    [Fact]
    public void Evaluate_scores_the_averaged_outputs_and_reports_each_members_own_evaluate()
    {
        var (a, b) = Linear();
        using var scope = NewDisposeScope();
        var x = X();
        var y = new SingleDense.Targets(x.Features * 1.5f); // the average is off by exactly [0.5, -0.5]

        var scores = Ensemble.Average(a, b).Evaluate(x, y, batchSize: 2);

        Assert.Equal(0.25, scores["loss"], Tolerance);
        Assert.Equal(0.5, scores["mae"], Tolerance);
        // Member a errs by -0.5x: 0.25 · mean(x²) = 0.25 · 91 / 6; member b by 0.5x + [1, -1]: 25.75 / 6.
        Assert.Equal(91.0 / 24, scores["member0_loss"], 1e-5);
        Assert.Equal(25.75 / 6, scores["member1_loss"], 1e-5);
        foreach (var (member, index) in new[] { (a, 0), (b, 1) })
        {
            foreach (var (name, value) in member.Evaluate(x, y, batchSize: 2))
            {
                Assert.Equal(value, scores[$"member{index}_{name}"]);
            }
        }
    }

    [Fact]
    public void LearnWeights_gives_all_weight_to_a_perfect_member_over_an_uninformative_one()
    {
        using var perfect = new SingleDense(2, 2, Loss.CategoricalCrossentropy, Activation.Softmax, metrics: [Metric.Accuracy]);
        perfect.SetWeights([20, 0, 0, 20], [0, 0]); // the larger feature wins with probability 1 − e⁻²⁰
        using var uniform = new SingleDense(2, 2, Loss.CategoricalCrossentropy, Activation.Softmax, metrics: [Metric.Accuracy]);
        uniform.SetWeights([0, 0, 0, 0], [0, 0]); // always [0.5, 0.5]
        using var scope = NewDisposeScope();
        var x = new SingleDense.Inputs(tensor(new float[] { 1, 0, 0, 1, 2, 0, 0, 3 }).reshape(4, 2));
        var y = new SingleDense.Targets(tensor(new float[] { 1, 0, 0, 1, 1, 0, 0, 1 }).reshape(4, 2));

        // −log(w·(1 − ε) + (1 − w)/2) decreases in w: the optimum is the vertex w = (1, 0).
        var ensemble = Ensemble.LearnWeights([uniform, perfect], x, y);

        Assert.Equal(0.0, ensemble.Weights[0], 1e-9);
        Assert.Equal(1.0, ensemble.Weights[1], 1e-9);
        Assert.InRange(ensemble.FitIterations, 1, 100);
    }

    [Fact]
    public void LearnWeights_finds_the_analytic_optimum_of_a_quadratic_loss()
    {
        // Targets y = x. Member a predicts x + 1 (error 1), member b predicts 0 (error −x). The mixture's error is
        // w·1 + (1 − w)·(−x) = −x + w·(1 + x), so MSE(w) is minimal at w* = mean(x(1 + x)) / mean((1 + x)²) = 10 / 13.5 = 20/27
        // for x = 1, 2, 3, 4, with MSE(w*) = mean(x²) − 10² / 13.5 = 7.5 − 200/27.
        using var a = new SingleDense(1, 1, Loss.MeanSquaredError);
        a.SetWeights([1], [1]);
        using var b = new SingleDense(1, 1, Loss.MeanSquaredError);
        b.SetWeights([0], [0]);
        using var scope = NewDisposeScope();
        var x = new SingleDense.Inputs(tensor(new float[] { 1, 2, 3, 4 }).reshape(4, 1));
        var y = new SingleDense.Targets(x.Features.clone());

        var ensemble = Ensemble.LearnWeights(new List<SingleDense> { a, b }, x, y, batchSize: 3);

        Assert.Equal(20.0 / 27, ensemble.Weights[0], 1e-6);
        Assert.Equal(7.0 / 27, ensemble.Weights[1], 1e-6);
        Assert.Equal(1.0, ensemble.Weights.Sum(), 1e-12);
        Assert.Equal(7.5 - (200.0 / 27), ensemble.Evaluate(x, y)["loss"], 1e-5);
    }

    [Fact]
    public void LearnWeights_converges_in_few_iterations_when_two_members_are_nearly_interchangeable()
    {
        // Targets y = x; errors (prediction − y): a: 1, b: 0.01x + 1, c: −0.015x − 4, so 0.5·a + 0.3·b + 0.2·c errs by 0
        // for every x: the unique optimum is w* = (0.5, 0.3, 0.2) with loss 0. a and b differ by 0.01x, so the loss is
        // flat along w_a − w_b (curvature ~1e-4 against ~10 across): plain projected gradient needs tens of thousands of steps.
        using var a = new SingleDense(1, 1, Loss.MeanSquaredError);
        a.SetWeights([1], [1]);
        using var b = new SingleDense(1, 1, Loss.MeanSquaredError);
        b.SetWeights([1.01f], [1]);
        using var c = new SingleDense(1, 1, Loss.MeanSquaredError);
        c.SetWeights([0.985f], [-4]);
        using var scope = NewDisposeScope();
        var x = new SingleDense.Inputs(tensor(new float[] { 1, 2, 3, 4 }).reshape(4, 1));
        var y = new SingleDense.Targets(x.Features.clone());

        var ensemble = Ensemble.LearnWeights([a, b, c], x, y);

        Assert.Equal(0.5, ensemble.Weights[0], 1e-4);
        Assert.Equal(0.3, ensemble.Weights[1], 1e-4);
        Assert.Equal(0.2, ensemble.Weights[2], 1e-5);
        Assert.InRange(ensemble.FitIterations, 1, 30);
        Assert.Equal(0, ensemble.Evaluate(x, y)["loss"], 1e-8);
    }

    [Fact]
    public void Multi_output_members_average_every_output_and_score_with_the_compiled_loss_weights()
    {
        using var a = new TwoHeads();
        using var b = new TwoHeads();
        a.Compile(lossWeights: new TwoHeads.LossWeights(Age: 1, Gender: 3));
        using var scope = NewDisposeScope();
        var (x, y) = ToyData.TwoHeads(6);
        var pa = a.Predict(x);
        var pb = b.Predict(x);

        var ensemble = Ensemble.Weighted([a, b], [3.0, 1.0]);
        var predicted = ensemble.Predict(x);
        var scores = ensemble.Evaluate(x, y);

        var age = (0.75 * pa.Age) + (0.25 * pb.Age);
        var gender = (0.75 * pa.Gender) + (0.25 * pb.Gender);
        // The members' weights are their random initialisation, so Age (a linear head) and the losses (5 to 15 measured)
        // have no fixed magnitude: compared in ScaledDifference (absolute up to 1, relative beyond). A weighted mean of
        // two float32 values computed in another order is a few ulps (1.2e-7 each) of the value apart, a float32 mean of
        // six squared errors a few more: 1e-6 and 1e-5 of the value; a wrong weight (0.5 instead of 0.75) is off by
        // percents.
        Assert.True(ScaledDifference.Max(age, predicted.Age) <= 1e-6, $"Age: largest scaled difference {ScaledDifference.Max(age, predicted.Age)}");
        Assert.True(ScaledDifference.Max(gender, predicted.Gender) <= 1e-6, $"Gender: largest scaled difference {ScaledDifference.Max(gender, predicted.Gender)}");
        var ageLoss = (age - y.Age).pow(2).mean().item<float>();
        var p = gender.clamp(1e-7, 1 - 1e-7);
        var genderLoss = (-(y.Gender * p.log() + (1 - y.Gender) * (1 - p).log())).mean().item<float>();
        Assert.True(ScaledDifference.Of(ageLoss, scores["age_loss"]) <= 1e-5, $"age_loss {scores["age_loss"]}, expected {ageLoss}");
        Assert.True(ScaledDifference.Of(genderLoss, scores["gender_loss"]) <= 1e-5, $"gender_loss {scores["gender_loss"]}, expected {genderLoss}");
        var loss = ageLoss + (3 * genderLoss); // member 0's compiled weights
        Assert.True(ScaledDifference.Of(loss, scores["loss"]) <= 1e-5, $"loss {scores["loss"]}, expected {loss}");
        Assert.Contains("member1_gender_acc", scores.Keys);
    }

    [Fact]
    public void Outputs_without_a_loss_are_averaged_but_cannot_be_evaluated()
    {
        using var a = new SingleDense(1, 1, Loss.None);
        a.SetWeights([1], [0]);
        using var b = new SingleDense(1, 1, Loss.None);
        b.SetWeights([3], [0]);
        using var scope = NewDisposeScope();
        var x = new SingleDense.Inputs(tensor(new float[] { 1, 2 }).reshape(2, 1));

        var ensemble = Ensemble.Average(a, b);

        Assert.Equal([2f, 4f], ensemble.Predict(x).Value.data<float>().ToArray());
        Assert.Throws<InvalidOperationException>(() => ensemble.Evaluate(x, new SingleDense.Targets(x.Features)));
    }

    [Fact]
    public void Members_run_in_eval_mode_and_keep_their_own_mode()
    {
        using var a = new NormNet();
        using var b = new NormNet();
        using var scope = NewDisposeScope();
        var x = new NormNet.Inputs(randn(5, 4));
        a.train();
        b.eval();

        var predicted = Ensemble.Average(a, b).Predict(x);

        // Eval-mode outputs use the running statistics; a batch in training mode would normalize with its own.
        var expected = (a.Predict(x).Probabilities + b.Predict(x).Probabilities) / 2;
        Assert.True(predicted.Probabilities.allclose(expected, rtol: 0, atol: 1e-6));
        Assert.True(a.training);
        Assert.False(b.training);
    }

    [Fact]
    public void Members_of_different_model_classes_combine_when_inputs_and_outputs_agree()
    {
        using var norm = new NormNet();
        using var dense = new SingleDense(4, 3, Loss.CategoricalCrossentropy, Activation.Softmax);
        using var scope = NewDisposeScope();
        var x = new NormNet.Inputs(randn(5, 4));
        var y = new NormNet.Targets(nn.functional.one_hot(randint(0, 3, [5]), 3).to_type(ScalarType.Float32));

        var ensemble = Ensemble.Average(norm, dense);
        var predicted = ensemble.Predict(x);
        var scores = ensemble.Evaluate(x, y);

        var expected = (norm.Predict(x).Probabilities + dense.Predict(new SingleDense.Inputs(x.Features)).Value) / 2;
        Assert.True(predicted.Probabilities.allclose(expected, rtol: 0, atol: 1e-6));
        Assert.Equal(dense.Evaluate(new SingleDense.Inputs(x.Features), new SingleDense.Targets(y.Probabilities))["loss"], scores["member1_loss"]);
        Assert.Same(dense, ensemble.Members[1]);

        var learned = Ensemble.LearnWeights(norm, [dense], x, y);
        Assert.Equal(1.0, learned.Weights.Sum(), 1e-12);
        var weighted = Ensemble.Weighted(norm, [dense], [1.0, 0.0]);
        Assert.True(weighted.Predict(x).Probabilities.allclose(norm.Predict(x).Probabilities, rtol: 0, atol: 1e-6));
    }

    [Fact]
    public void Members_whose_signatures_disagree_are_refused_naming_the_position()
    {
        using var norm = new NormNet();
        using var wider = new SingleDense(5, 3, Loss.CategoricalCrossentropy, Activation.Softmax);
        using var regression = new SingleDense(4, 3, Loss.MeanSquaredError);

        var input = Assert.Throws<ArgumentException>(() => Ensemble.Average(norm, wider));
        Assert.Equal("others", input.ParamName);
        Assert.Contains("member 1 (SingleDense) cannot be combined with member 0 (NormNet): input 0 ('Features') has shape (N, 5) against (N, 4) ('Features')", input.Message, StringComparison.Ordinal);
        var output = Assert.Throws<ArgumentException>(() => Ensemble.Average(norm, regression));
        Assert.Contains("output 0 ('Value') has loss MeanSquaredError against CategoricalCrossentropy ('Probabilities')", output.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_members_and_weights_are_clear_argument_errors()
    {
        var (a, b) = Linear();

        Assert.Contains("at least one member", Assert.Throws<ArgumentException>(() => Ensemble.Average(Array.Empty<SingleDense>())).Message, StringComparison.Ordinal);
        Assert.Contains("at least one member", Assert.Throws<ArgumentException>(() => Ensemble.Average(new List<SingleDense>())).Message, StringComparison.Ordinal);
        Assert.Contains("member 1 is null", Assert.Throws<ArgumentException>(() => Ensemble.Average(new[] { a, null! })).Message, StringComparison.Ordinal);
        Assert.Contains("Expected 2 weight(s)", Assert.Throws<ArgumentException>(() => Ensemble.Weighted([a, b], [1.0])).Message, StringComparison.Ordinal);
        Assert.Contains("weight of ensemble member 1 is -1", Assert.Throws<ArgumentException>(() => Ensemble.Weighted([a, b], [1.0, -1])).Message, StringComparison.Ordinal);
        Assert.Contains("member 0 is NaN", Assert.Throws<ArgumentException>(() => Ensemble.Weighted([a, b], [double.NaN, 1])).Message, StringComparison.Ordinal);
        Assert.Contains("all 0", Assert.Throws<ArgumentException>(() => Ensemble.Weighted([a, b], [0.0, 0])).Message, StringComparison.Ordinal);
        var empty = new SingleDense.Inputs(zeros(0, 2));
        Assert.Throws<ArgumentException>(() => Ensemble.Average(a, b).Predict(empty));
    }
}
