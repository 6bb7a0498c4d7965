using System;
using System.Collections.Generic;
using System.Linq;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Training;

/// <summary>Sample weights follow the class-weight rule: finite and at least 0, the first offending sample named.</summary>
public sealed class SampleWeightRulesTests
{
    [Fact]
    public void A_negative_NaN_or_infinite_sample_weight_is_refused_naming_the_first_such_sample_before_training()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(4);
        var before = model.parameters().Select(p => p.detach().clone()).ToList();

        string Refusal(Tensor weights) =>
            Assert.Throws<ArgumentException>(() => model.Fit(x, y, batchSize: 4, verbose: 0, sampleWeight: weights)).Message;

        Assert.StartsWith("The weight of sample 1 must be finite and at least 0, but is NaN.", Refusal(tensor(new[] { 1f, float.NaN, -1f, 1f })));
        Assert.StartsWith("The weight of sample 2 must be finite and at least 0, but is -0.5.", Refusal(tensor(new[] { 1.0, 0.0, -0.5, 2.0 })));
        Assert.StartsWith("The weight of sample 3 must be finite and at least 0, but is Infinity.", Refusal(tensor(new[] { 1f, 1f, 1f, float.PositiveInfinity }).reshape(4, 1)));
        Assert.StartsWith("The weight of class 2 must be finite and at least 0, but is -1.", Assert.Throws<ArgumentException>(
            () => model.Fit(x, y, batchSize: 4, verbose: 0, classWeight: new Dictionary<int, double> { [2] = -1 })).Message);
        Assert.All(model.parameters().Zip(before), p => Assert.True(p.First.equal(p.Second).all().item<bool>()));

        // Zero weights are allowed (a sample left out of the loss), as in Keras.
        var history = model.Fit(x, y, batchSize: 4, verbose: 0, sampleWeight: tensor(new[] { 0f, 1f, 0f, 2f }));
        Assert.True(double.IsFinite(history["loss"][0]));
    }
}
