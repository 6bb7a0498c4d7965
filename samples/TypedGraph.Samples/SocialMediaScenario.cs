using System;
using System.IO;
using TypedGraph.Callbacks;
using TypedGraph.Samples.Models;
using static TorchSharp.torch;

namespace TypedGraph.Samples;

/// <summary>
/// The main job: trains the seed's social-media profiler (age regression, income group, gender; loss weights 0.25 / 1 /
/// 10) on synthetic posts with EarlyStopping, ModelCheckpoint, ReduceLROnPlateau and TensorBoard, then evaluates it and
/// says where the checkpoint and the logs went.
/// </summary>
/// <remarks>
/// The synthetic task is learnable from the tokens: gender is whether a post holds a token below 100, the income group
/// counts tokens below 500, the age grows with the count of tokens at or above 48,000. Posts are 300 tokens: the
/// architecture's valid convolutions and pooling need at least 269.
/// </remarks>
internal static class SocialMediaScenario
{
    private const int PostLength = 300;

    public static void Run(string outputDirectory)
    {
        manual_seed(7);
        var checkpoint = Path.Combine(outputDirectory, "checkpoints", "social-media-best.bin");
        var logs = Path.Combine(outputDirectory, "logs", "social-media");
        Directory.CreateDirectory(Path.GetDirectoryName(checkpoint)!);

        using var model = new SocialMediaProfiler();
        model.PrintSummary();

        using var data = NewDisposeScope();
        var (x, y) = MakeData(768);
        var (xTest, yTest) = MakeData(256);

        model.Compile(
            optimizer: Optimizers.RmsProp(learningRate: 1e-3),
            lossWeights: new SocialMediaProfiler.LossWeights(Age: 0.25, Income: 1, Gender: 10));
        var history = model.Fit(x, y, epochs: 4, batchSize: 128, validationSplit: 0.2, callbacks:
        [
            new EarlyStopping(monitor: "val_loss", patience: 2, restoreBestWeights: true),
            new ModelCheckpoint(checkpoint, monitor: "val_loss", saveBestOnly: true),
            new ReduceLROnPlateau(monitor: "val_loss", factor: 0.5, patience: 1),
            new TensorBoard(logs, histogramFreq: 1),
        ]);

        var scores = model.Evaluate(xTest, yTest, batchSize: 128);
        Console.WriteLine();
        Console.WriteLine($"Trained {history["loss"].Count} epochs: loss {history["loss"][0]:F4} → {history["loss"][^1]:F4}, val_loss {history["val_loss"][0]:F4} → {history["val_loss"][^1]:F4}");
        Console.WriteLine($"Test: loss {scores["loss"]:F4}, age_loss {scores["age_loss"]:F4}, income_loss {scores["income_loss"]:F4}, gender_loss {scores["gender_loss"]:F4}");
        Console.WriteLine($"Best checkpoint (lowest val_loss): {Path.GetFullPath(checkpoint)}");
        Console.WriteLine($"TensorBoard logs: {Path.GetFullPath(logs)}  (tensorboard --logdir \"{Path.GetFullPath(logs)}\")");
    }

    private static (SocialMediaProfiler.Inputs, SocialMediaProfiler.Targets) MakeData(int samples)
    {
        var posts = randint(0, SocialMediaProfiler.Vocabulary, [samples, PostLength]);
        var gender = posts.lt(100).any(1, keepdim: true).to(ScalarType.Float32);
        var income = posts.lt(500).sum(1).clamp(0, SocialMediaProfiler.IncomeGroups - 1);
        var incomeOneHot = nn.functional.one_hot(income, SocialMediaProfiler.IncomeGroups).to(ScalarType.Float32);
        var age = posts.ge(48_000).sum(1, keepdim: true).to(ScalarType.Float32).mul(2).add(18);
        return (new SocialMediaProfiler.Inputs(posts), new SocialMediaProfiler.Targets(age, incomeOneHot, gender));
    }
}
