using System;
using TorchSharp.Modules;
using TypedGraph.Tests.Models;
using Xunit;

namespace TypedGraph.Tests.Training;

public sealed class OptimizersTests
{
    [Fact]
    public void Factories_create_the_torchsharp_optimizer_with_the_learning_rate()
    {
        using var model = new Mlp();

        using var rmsProp = Optimizers.RmsProp(learningRate: 0.01).Create(model.parameters());
        using var adam = Optimizers.Adam().Create(model.parameters());
        using var sgd = Optimizers.Sgd(momentum: 0.9, nesterov: true).Create(model.parameters());

        Assert.IsType<RMSProp>(rmsProp);
        Assert.IsType<Adam>(adam);
        Assert.IsType<SGD>(sgd);
        Assert.Equal(0.01, Assert.Single(rmsProp.ParamGroups).LearningRate);
        Assert.Equal(0.001, Assert.Single(adam.ParamGroups).LearningRate);
        Assert.Equal(0.01, Assert.Single(sgd.ParamGroups).LearningRate);
    }

    [Fact]
    public void Invalid_hyper_parameters_are_rejected()
    {
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.Adam(learningRate: -1e-3)).ParamName);
        Assert.Equal("rho", Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.RmsProp(rho: 1)).ParamName);
        Assert.Equal("nesterov", Assert.Throws<ArgumentException>(() => Optimizers.Sgd(nesterov: true)).ParamName);
    }

    [Theory]
    [InlineData(-1e-3)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Negative_and_non_finite_learning_rates_are_refused_by_every_factory_and_the_setter(double rate)
    {
        using var model = new Mlp();

        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.RmsProp(learningRate: rate)).ParamName);
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.Adam(learningRate: rate)).ParamName);
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.Sgd(learningRate: rate)).ParamName);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => model.LearningRate = rate);
        Assert.StartsWith("The learning rate must be a finite number of at least 0.", error.Message, StringComparison.Ordinal);
        Assert.Equal(1e-3, model.LearningRate);
    }

    [Fact]
    public void A_learning_rate_of_zero_is_accepted_everywhere_and_leaves_the_weights_unchanged()
    {
        var factories = new Func<OptimizerSpec>[]
        {
            () => Optimizers.RmsProp(learningRate: 0),
            () => Optimizers.Adam(learningRate: 0),
            () => Optimizers.Sgd(learningRate: 0),
            () => Optimizers.Sgd(learningRate: 0, momentum: 0.9, nesterov: true),
        };
        var (x, y) = ToyData.Classification(16);
        foreach (var factory in factories)
        {
            using var model = new Mlp();
            var spec = factory();
            Assert.Equal(0, spec.LearningRate);
            model.Compile(spec);
            var before = model.state_dict()["hidden1.weight"].clone();

            var history = model.Fit(x, y, epochs: 2, batchSize: 4, verbose: 0);

            Assert.Equal([0.0, 0.0], history["lr"]);
            Assert.True(before.eq(model.state_dict()["hidden1.weight"]).all().item<bool>(), $"{spec.GetType().Name} changed the weights with learning rate 0.");
            before.Dispose();
        }

        using var warmUp = new Mlp();
        warmUp.LearningRate = 0;
        Assert.Equal(0, warmUp.LearningRate);
        warmUp.Fit(x, y, verbose: 0);
        Assert.Equal(0, warmUp.LearningRate);
        warmUp.LearningRate = 1e-3;
        Assert.Equal(1e-3, warmUp.LearningRate);
    }

    [Fact]
    public void Learning_rate_reflects_compile_and_can_be_set_before_training()
    {
        using var model = new Mlp();
        Assert.Equal(1e-3, model.LearningRate); // RMSprop default

        model.Compile(Optimizers.Sgd(learningRate: 0.1));
        Assert.Equal(0.1, model.LearningRate);

        model.LearningRate = 0.05;
        var (x, y) = ToyData.Classification(4);
        var history = model.Fit(x, y, verbose: 0);

        Assert.Equal([0.05], history["lr"]);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.LearningRate = double.NaN);
    }
}
