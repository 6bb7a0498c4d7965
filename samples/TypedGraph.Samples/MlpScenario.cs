using System;
using TypedGraph.Samples.Models;
using static TorchSharp.torch;

namespace TypedGraph.Samples;

/// <summary>
/// Trains the seed MLP on a synthetic, learnable task: the class of a sample is the index of the largest of its first
/// ten features. Prints the summary, per-epoch metrics, and the test scores.
/// </summary>
internal static class MlpScenario
{
    public static void Run()
    {
        manual_seed(42);
        using var model = new Mlp();
        Console.WriteLine(model.Summary());

        using var data = NewDisposeScope();
        var (xTrain, yTrain) = MakeData(4_000);
        var (xTest, yTest) = MakeData(1_000);

        model.Compile(Optimizers.RmsProp(learningRate: 1e-3));
        var history = model.Fit(xTrain, yTrain, epochs: 10, batchSize: 128, validationSplit: 0.2);

        var scores = model.Evaluate(xTest, yTest);
        Console.WriteLine($"Test: loss {scores["loss"]:F4}, accuracy {scores["acc"]:F4} (training loss {history["loss"][0]:F4} → {history["loss"][^1]:F4})");
    }

    private static (Mlp.Inputs, Mlp.Targets) MakeData(int samples)
    {
        var x = randn(samples, 64);
        var labels = x.narrow(1, 0, 10).argmax(1);
        var y = nn.functional.one_hot(labels, 10).to(ScalarType.Float32);
        return (new Mlp.Inputs(x), new Mlp.Targets(y));
    }
}
