using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using TypedGraph.Datasets;
using TypedGraph.Samples.Models;
using TypedGraph.Tuning;
using static TorchSharp.torch;

namespace TypedGraph.Samples;

/// <summary>
/// A TPE search over <see cref="TunedConvNet"/>'s space on a slice of Fashion-MNIST (synthetic images when the data set is
/// not installed): 6 trials of 2 epochs, the study in <c>runs/tune/study.db</c> (run again: it resumes, and the finished
/// study only prints), TensorBoard HParams records in <c>runs/tune/tensorboard</c>. Prints the trials table and the best
/// model's accuracy on held-out test images.
/// </summary>
internal static class TuneScenario
{
    private const int TrainSamples = 2_500;
    private const int TestSamples = 1_000;

    public static int Run(string directory)
    {
        set_num_threads(Math.Max(1, Environment.ProcessorCount));
        var (xTrain, yTrain, xTest, yTest, source) = Data();
        Console.WriteLine($"Data: {source}; {TrainSamples:N0} training images (the last 20 % validate), {TestSamples:N0} test images");
        Console.WriteLine(TunedConvNet.SearchSpace);

        var tuner = new Tuner<TunedConvNet, TunedConvNet.HyperParameters>(
            objective: "val_acc",
            strategy: SearchStrategy.Tpe,
            maxTrials: 6,
            seed: 7,
            directory: directory)
        {
            Configure = (model, hp) => model.Compile(Optimizers.Adam(learningRate: hp.InitialLearningRate)),
        };
        var clock = Stopwatch.StartNew();
        var result = tuner.Search(
            new TunedConvNet.Inputs(xTrain), new TunedConvNet.Targets(yTrain), epochs: 2, batchSize: 64, validationSplit: 0.2, verbose: 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Search: {clock.Elapsed.TotalSeconds:F0} s"));
        Console.WriteLine();
        Console.WriteLine(result.Summary());

        using var best = result.BestModel();
        var test = best.Evaluate(new TunedConvNet.Inputs(xTest), new TunedConvNet.Targets(yTest), batchSize: 256);
        Console.WriteLine();
        Console.WriteLine($"Best: trial {result.BestTrial.Number}, {result.BestHyperParameters}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Best model on the test images: loss {test["loss"]:F4}, accuracy {test["acc"]:P1}"));
        Console.WriteLine($"TensorBoard: tensorboard --logdir {Path.Combine(directory, "tensorboard")} (HParams tab)");
        return 0;
    }

    private static (Tensor XTrain, Tensor YTrain, Tensor XTest, Tensor YTest, string Source) Data()
    {
        try
        {
            using var fashion = FashionMnist.Load();
            return (
                fashion.TrainImages.narrow(0, 0, TrainSamples).clone(),
                fashion.TrainLabels.narrow(0, 0, TrainSamples).clone(),
                fashion.TestImages.narrow(0, 0, TestSamples).clone(),
                fashion.TestLabels.narrow(0, 0, TestSamples).clone(),
                $"Fashion-MNIST from {fashion.Directory}");
        }
        catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException)
        {
            // Synthetic stand-in: the class is the brightest of ten horizontal bands of noise.
            manual_seed(3);
            var images = rand([TrainSamples + TestSamples, 1, 28, 28]);
            var labels = randint(0, 10, [TrainSamples + TestSamples], dtype: ScalarType.Int64);
            for (var c = 0; c < 10; c++)
            {
                using var mask = (labels == c).reshape(-1, 1, 1, 1).to_type(ScalarType.Float32);
                using var band = images.narrow(2, (c * 2) + 4, 2);
                band.add_(mask * 0.5f);
            }

            return (images.narrow(0, 0, TrainSamples), labels.narrow(0, 0, TrainSamples), images.narrow(0, TrainSamples, TestSamples), labels.narrow(0, TrainSamples, TestSamples), "synthetic images (Fashion-MNIST not found: apt install dataset-fashion-mnist)");
        }
    }
}
