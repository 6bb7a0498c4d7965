using System;
using System.Linq;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Training;

public sealed class CustomLossTests
{
    [Fact]
    public void A_custom_loss_trains_like_the_built_in_one_it_reimplements_and_takes_sample_weights()
    {
        var (x, y) = ToyData.TwoHeads(24);
        using var builtIn = new SingleDense(4, 1, Loss.MeanAbsoluteError);
        using var custom = new SingleDense(4, 1, Loss.None, customLoss: new AbsoluteError());
        builtIn.SetWeights([0.1f, -0.2f, 0.3f, 0.4f], [0.5f]);
        custom.SetWeights([0.1f, -0.2f, 0.3f, 0.4f], [0.5f]);
        var inputs = new SingleDense.Inputs(x.Features);
        var targets = new SingleDense.Targets(y.Age);

        var expected = builtIn.Fit(inputs, targets, epochs: 2, batchSize: 8, shuffle: false, verbose: 0);
        var actual = custom.Fit(inputs, targets, epochs: 2, batchSize: 8, shuffle: false, verbose: 0);
        var weighted = custom.Fit(inputs, targets, batchSize: 24, verbose: 0, sampleWeight: zeros(24));

        Assert.Equal(expected["loss"], actual["loss"]);
        Assert.Equal(0, weighted["loss"][0]);
    }

    [Fact]
    public void A_custom_metric_is_logged_under_its_name_as_the_sample_weighted_mean_of_its_batch_values()
    {
        using var model = new SingleDense(2, 1, Loss.MeanSquaredError, customMetrics: [new LargestError()]);
        model.SetWeights([1, -1], [0.5f]);
        using var x = tensor(new float[] { 1, 2, 3, 1, 0, 0, 2, 2 }).reshape(4, 2);
        using var y = tensor(new float[] { 0, 1, 2, 0 }).reshape(4, 1); // errors 0.5, 1.5, 1.5, 0.5

        var scores = model.Evaluate(new SingleDense.Inputs(x), new SingleDense.Targets(y), batchSize: 3);

        Assert.Equal(((3 * 1.5) + (1 * 0.5)) / 4, scores["largest_error"], 6);
    }

    [Fact]
    public void Custom_metric_names_must_not_collide_with_logged_names()
    {
        using var model = new SingleDense(2, 1, Loss.MeanSquaredError, metrics: [Metric.Accuracy], customMetrics: [new NamedAccuracy()]);
        using var x = zeros(2, 2);
        using var y = zeros(2, 1);

        Assert.Throws<InvalidOperationException>(() => model.Evaluate(new SingleDense.Inputs(x), new SingleDense.Targets(y)));
    }

    private sealed class AbsoluteError : CustomLoss
    {
        public override Tensor Compute(Tensor prediction, Tensor target) => (prediction - target).abs().mean([-1]);
    }

    private sealed class LargestError : CustomMetric
    {
        public override string Name => "largest_error";

        public override Tensor Compute(Tensor prediction, Tensor target) => (prediction - target).abs().max();
    }

    private sealed class NamedAccuracy : CustomMetric
    {
        public override string Name => "accuracy";

        public override Tensor Compute(Tensor prediction, Tensor target) => zeros(1).sum();
    }
}
