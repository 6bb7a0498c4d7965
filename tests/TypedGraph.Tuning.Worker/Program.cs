using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using TorchSharp;
using TypedGraph;
using TypedGraph.Callbacks;
using TypedGraph.Tests.Models;
using TypedGraph.Tuning;

// Usage: TypedGraph.Tuning.Worker (--directory DIR | --storage CONNECTION) --strategy S --max-trials N
//        [--epochs E] [--seed S] [--epoch-delay-ms MS] [--samples N] [--batch-size B] [--start-barrier FILE]
// --start-barrier: once ready to search (TorchSharp loaded, data made), create FILE.<pid>.ready and wait until FILE
// exists, so that a test can start several workers' searches together (it creates FILE once every worker is ready).
// Prints "done <trials in the study> fit-seconds <time inside Fit> wall-seconds <time of Search> trials-run <trials this process ran>"
// (the benchmark in benchmarks/tuning reads it).
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

string Option(string name, string fallback) => options.TryGetValue(name, out var value) ? value : fallback;
int Number(string name, int fallback) => int.Parse(Option(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

torch.set_num_threads(1);
var delay = Number("--epoch-delay-ms", 0);
var (x, y) = TunedMlp.Data(Number("--samples", 256));
var tuner = new Tuner<TunedMlp, TunedMlp.HyperParameters>(
    objective: "val_acc",
    strategy: Enum.Parse<SearchStrategy>(Option("--strategy", "Grid")),
    maxTrials: Number("--max-trials", 6),
    seed: Number("--seed", 1),
    directory: options.GetValueOrDefault("--directory"),
    storage: options.GetValueOrDefault("--storage"))
{
    Configure = (model, hp) => model.Compile(Optimizers.Adam(learningRate: hp.LearningRate)),
};
if (options.GetValueOrDefault("--start-barrier") is { } barrier)
{
    File.WriteAllText(string.Create(CultureInfo.InvariantCulture, $"{barrier}.{Environment.ProcessId}.ready"), string.Empty);
    var waited = Stopwatch.StartNew();
    while (!File.Exists(barrier))
    {
        if (waited.Elapsed > TimeSpan.FromMinutes(10))
        {
            Console.Error.WriteLine($"start barrier {barrier} never appeared");
            Environment.Exit(3);
        }

        Thread.Sleep(5);
    }
}

var fit = new Stopwatch();
var trialsRun = 0;
Callback[] callbacks =
[
    new LambdaCallback(
        onTrainBegin: _ =>
        {
            trialsRun++;
            fit.Start();
        },
        onEpochEnd: (_, _) => Thread.Sleep(delay),
        onTrainEnd: _ => fit.Stop()),
];
var wall = Stopwatch.StartNew();
var result = tuner.Search(x, y, epochs: Number("--epochs", 2), batchSize: Number("--batch-size", 64), validationSplit: 0.25, callbacks: callbacks, verbose: 0);
wall.Stop();
Console.Out.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"done {result.Trials.Count} fit-seconds {fit.Elapsed.TotalSeconds:F3} wall-seconds {wall.Elapsed.TotalSeconds:F3} trials-run {trialsRun}"));
