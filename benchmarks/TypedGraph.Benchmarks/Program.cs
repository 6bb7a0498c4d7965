using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using TorchSharp;
using TypedGraph.Callbacks;
using static TorchSharp.torch;

namespace TypedGraph.Benchmarks;

/// <summary>
/// <c>throughput [rounds]</c>: Fit against the hand-written loop on the seed question-answering model (1000
/// samples, sequences of 100, batch 128, RMSprop), alternating the two epoch by epoch in one process (TG_TORCH_THREADS sets torch threads); prints per-epoch medians and
/// the throughput ratio. <c>memory [epochs] [gc]</c>: Fit on a ~500k-parameter variant, printing RSS, live tensors and
/// the managed heap after every epoch (with <c>gc</c>: after a full garbage collection). <c>streaming</c>,
/// <c>rss-write</c>/<c>rss</c> and <c>fashion-epoch</c>: see <see cref="StreamingBenchmark"/>, <see cref="RssBenchmark"/>
/// and <see cref="FashionEpochBenchmark"/>.
/// </summary>
internal static class Program
{
    private const int Samples = 1000;
    private const int Length = 100;
    private const int BatchSize = 128;

    public static int Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "throughput";
        if (Environment.GetEnvironmentVariable("TG_TORCH_THREADS") is { Length: > 0 } threads)
        {
            set_num_threads(int.Parse(threads, CultureInfo.InvariantCulture));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"TorchSharp {typeof(torch).Assembly.GetName().Version}, {Environment.ProcessorCount} cores, torch threads {get_num_threads()}, {Environment.OSVersion}"));
        return mode switch
        {
            "throughput" => Throughput(Argument(args, 1, 20)),
            "memory" => Memory(Argument(args, 1, 50), args.Length > 2 && args[2] == "gc"),
            "streaming" => StreamingBenchmark.Run(Argument(args, 1, 9)),
            "rss-write" when args.Length == 3 => RssBenchmark.Write(Argument(args, 1, 60_000), args[2]),
            "rss" when args.Length >= 3 && args[2] is "stream" or "memory" => RssBenchmark.Run(args[1], args[2], Argument(args, 3, 1)),
            "fashion-epoch" => FashionEpochBenchmark.Run(Argument(args, 1, 1), Argument(args, 2, 60_000)),
            _ => Usage(),
        };
    }

    private static int Throughput(int rounds)
    {
        const long vocabulary = 10_000;
        var (text, question, answers) = Data(vocabulary, seed: 1);
        manual_seed(7);
        using var model = new TypedGraph.Samples.Models.QuestionAnswering();
        model.Compile(Optimizers.RmsProp(learningRate: 1e-3));
        using var hand = new HandWrittenLoop(vocabulary);
        hand.CopyWeightsFrom(model);
        Console.WriteLine($"QuestionAnswering: {model.ParameterCount:N0} parameters; {Samples} samples of length {Length}, batch {BatchSize}, RMSprop");

        // Warm-up: one epoch each (allocator, kernels, JIT).
        model.Fit(new(text, question), new(answers), epochs: 1, batchSize: BatchSize, verbose: 0);
        hand.Epoch(text, question, answers, BatchSize);

        // Interleaved epoch by epoch, alternating which goes first (ABBA), so that load from other processes hits both alike.
        var fitTimes = new List<double>();
        var handTimes = new List<double>();
        var ratios = new List<double>();
        var fitCpu = new List<double>();
        var handCpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            var fitFirst = round % 2 == 0;
            double fit = 0, handWritten = 0, fitLoss = 0, handLoss = 0, fitProcessor = 0, handProcessor = 0;
            for (var turn = 0; turn < 2; turn++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                if ((turn == 0) == fitFirst)
                {
                    fitLoss = model.Fit(new(text, question), new(answers), epochs: 1, batchSize: BatchSize, verbose: 0)["loss"][0];
                    fit = clock.Elapsed.TotalSeconds;
                    process.Refresh();
                    fitProcessor = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                }
                else
                {
                    handLoss = hand.Epoch(text, question, answers, BatchSize).Loss;
                    handWritten = clock.Elapsed.TotalSeconds;
                    process.Refresh();
                    handProcessor = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                }
            }

            fitTimes.Add(fit);
            handTimes.Add(handWritten);
            ratios.Add(handWritten / fit);
            fitCpu.Add(fitProcessor);
            handCpu.Add(handProcessor);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"round {round + 1}: Fit {fit:F3} s wall / {fitProcessor:F3} s CPU (loss {fitLoss:F4}), hand-written {handWritten:F3} s wall / {handProcessor:F3} s CPU (loss {handLoss:F4})"));
        }

        var fitMedian = Median(fitTimes);
        var handMedian = Median(handTimes);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"median: Fit {fitMedian:F3} s/epoch, hand-written {handMedian:F3} s/epoch; Fit throughput = {handMedian / fitMedian:F3} x hand-written (ratio of medians), median of per-round ratios {Median(ratios):F3}"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"CPU time: Fit {Median(fitCpu):F3} s/epoch, hand-written {Median(handCpu):F3} s/epoch; Fit throughput by CPU time = {Median(handCpu) / Median(fitCpu):F3} x hand-written"));
        DisposeData(text, question, answers);
        return 0;
    }

    private static int Memory(int epochs, bool collect)
    {
        const long vocabulary = 5_000;
        var (text, question, answers) = Data(vocabulary, seed: 2);
        manual_seed(7);
        using var model = new QuestionAnsweringModel(vocabulary);
        Console.WriteLine($"QuestionAnswering (vocabulary {vocabulary}): {model.ParameterCount:N0} parameters; {epochs} epochs of Fit");
        var rss = new List<long>();
        var live = new List<long>();
        var statistics = DisposeScopeManager.Statistics;
        var logger = new LambdaCallback(onEpochEnd: (epoch, logs) =>
        {
            if (collect)
            {
                // Settle the managed side first, so the RSS shows what is retained rather than garbage awaiting a GC.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
            }

            rss.Add(ResidentKiB());
            live.Add(statistics.ThreadTotalLiveCount);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"epoch {epoch + 1}: loss {logs["loss"]:F4}, RSS {rss[^1] / 1024.0:F1} MiB, live tensors {live[^1]}, managed heap {GC.GetTotalMemory(false) / 1048576.0:F1} MiB, GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        });

        model.Fit(new(text, question), new(answers), epochs: epochs, batchSize: BatchSize, validationSplit: 0.2, callbacks: [logger], verbose: 0);

        var at5 = rss[Math.Min(4, rss.Count - 1)];
        var atEnd = rss[^1];
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"RSS after epoch 5: {at5 / 1024.0:F1} MiB, after epoch {rss.Count}: {atEnd / 1024.0:F1} MiB, growth {(atEnd - at5) / 1024.0:F1} MiB ({100.0 * (atEnd - at5) / at5:F2} %); min/max over epochs 5..{rss.Count}: {Min(rss, 4) / 1024.0:F1}/{Max(rss, 4) / 1024.0:F1} MiB; live tensors after epoch 5: {live[Math.Min(4, live.Count - 1)]}, after epoch {live.Count}: {live[^1]}"));
        DisposeData(text, question, answers);
        return 0;
    }

    private static (Tensor Text, Tensor Question, Tensor Answers) Data(long vocabulary, long seed)
    {
        using var generator = new Generator((ulong)seed);
        var text = randint(1, vocabulary, [Samples, Length], dtype: ScalarType.Int64, generator: generator);
        var question = randint(1, vocabulary, [Samples, Length], dtype: ScalarType.Int64, generator: generator);
        using var classes = randint(0, 500, [Samples], dtype: ScalarType.Int64, generator: generator);
        var answers = nn.functional.one_hot(classes, 500).to_type(ScalarType.Float32);
        return (text, question, answers);
    }

    private static void DisposeData(params Tensor[] tensors)
    {
        foreach (var tensor in tensors)
        {
            tensor.Dispose();
        }
    }

    /// <summary>The process's resident set size, from /proc/self/status (VmRSS), in KiB.</summary>
    private static long ResidentKiB()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
            }
        }

        return Environment.WorkingSet / 1024;
    }

    private static long Min(List<long> values, int from)
    {
        var min = long.MaxValue;
        for (var i = Math.Min(from, values.Count - 1); i < values.Count; i++)
        {
            min = Math.Min(min, values[i]);
        }

        return min;
    }

    private static long Max(List<long> values, int from)
    {
        var max = long.MinValue;
        for (var i = Math.Min(from, values.Count - 1); i < values.Count; i++)
        {
            max = Math.Max(max, values[i]);
        }

        return max;
    }

    internal static double Median(List<double> values)
    {
        var sorted = new List<double>(values);
        sorted.Sort();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static int Argument(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static int Usage()
    {
        Console.Error.WriteLine("usage: TypedGraph.Benchmarks throughput [rounds] | memory [epochs] [gc] | streaming [rounds] | rss-write N dir | rss dir stream|memory [epochs] | fashion-epoch [epochs] [samples]");
        return 2;
    }
}
