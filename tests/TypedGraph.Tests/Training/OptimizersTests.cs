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
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.Adam(learningRate: 0)).ParamName);
        Assert.Equal("rho", Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.RmsProp(rho: 1)).ParamName);
        Assert.Equal("nesterov", Assert.Throws<ArgumentException>(() => Optimizers.Sgd(nesterov: true)).ParamName);
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
