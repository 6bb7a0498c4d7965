using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using TypedGraph.Benchmarks.Models;
using TypedGraph.Data;
using static TorchSharp.torch;

namespace TypedGraph.Benchmarks;

/// <summary>
/// <c>streaming [rounds]</c>: the same model and the same batches (128, file order) through the in-memory
/// <c>Fit</c>, the streaming <c>Fit</c> over an <see cref="NpyBatchSource{TInputs, TTargets}"/> over the .npy files,
/// the same source with <c>Prefetch(2)</c>, and the streaming <c>Fit</c> over views of the in-memory tensors (its own
/// cost without file reads), one epoch each per round, the order rotating every round.
/// </summary>
internal static class StreamingBenchmark
{
    private const int BatchSize = 128;

    public static int Run(int rounds)
    {
        var (images, labels, origin) = FashionBenchData.Load(60_000);
        var directory = Path.Combine(Path.GetTempPath(), "tg-bench-streaming-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var (x, y) = FashionBenchData.Write(directory, images, labels);
        try
        {
            manual_seed(7);
            using var model = new FashionMlp();
            model.Compile(Optimizers.Adam(learningRate: 1e-3));
            using var source = new NpyBatchSource<FashionMlp.Inputs, FashionMlp.Targets>([x], [y], BatchSize);
            var prefetched = source.Prefetch(2);
            Console.WriteLine($"FashionMlp: {model.ParameterCount:N0} parameters; {images.shape[0]:N0} samples ({origin}), batch {BatchSize}, no shuffle, Adam; files in {directory}");

            var names = new[] { "in-memory Fit", "streaming Fit", "streaming + Prefetch(2)", "streaming Fit over in-memory views" };
            Func<double>[] runs =
            [
                () => model.Fit(new(images), new(labels), epochs: 1, batchSize: BatchSize, shuffle: false, verbose: 0)["loss"][0],
                () => model.Fit(source, epochs: 1, verbose: 0)["loss"][0],
                () => model.Fit(prefetched, epochs: 1, verbose: 0)["loss"][0],
                () => model.Fit(Views(images, labels), epochs: 1, verbose: 0)["loss"][0],
            ];

            // Warm-up: one epoch each (allocator, kernels, JIT, page cache).
            foreach (var run in runs)
            {
                run();
            }

            var count = runs.Length;
            var wall = new List<double>[] { [], [], [], [] };
            var cpu = new List<double>[] { [], [], [], [] };
            var ratios = new List<double>[] { [], [], [] };
            var process = Process.GetCurrentProcess();
            for (var round = 0; round < rounds; round++)
            {
                var line = new string[count];
                for (var turn = 0; turn < count; turn++)
                {
                    var which = (turn + round) % count;
                    process.Refresh();
                    var cpuBefore = process.TotalProcessorTime;
                    var clock = Stopwatch.StartNew();
                    var loss = runs[which]();
                    var seconds = clock.Elapsed.TotalSeconds;
                    process.Refresh();
                    var processor = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                    wall[which].Add(seconds);
                    cpu[which].Add(processor);
                    line[which] = string.Create(CultureInfo.InvariantCulture, $"{names[which]} {seconds:F3} s wall / {processor:F3} s CPU (loss {loss:F4})");
                }

                for (var i = 1; i < count; i++)
                {
                    ratios[i - 1].Add(wall[i][^1] / wall[0][^1]);
                }

                Console.WriteLine($"round {round + 1}: {string.Join(", ", line)}");
            }

            for (var i = 0; i < count; i++)
            {
                var ratio = i == 0 ? string.Empty : string.Create(
                    CultureInfo.InvariantCulture,
                    $"; time ratio to in-memory: wall {Program.Median(wall[i]) / Program.Median(wall[0]):F3} (median of per-round ratios {Program.Median(ratios[i - 1]):F3}), CPU {Program.Median(cpu[i]) / Program.Median(cpu[0]):F3}");
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"median {names[i]}: {Program.Median(wall[i]):F3} s wall, {Program.Median(cpu[i]):F3} s CPU per epoch{ratio}"));
            }
        }
        finally
        {
            images.Dispose();
            labels.Dispose();
            Directory.Delete(directory, recursive: true);
        }

        return 0;
    }

    /// <summary>The in-memory tensors' batches as views (no copy), made lazily: the streaming Fit's own cost without file reads.</summary>
    private static IEnumerable<(FashionMlp.Inputs, FashionMlp.Targets)> Views(Tensor images, Tensor labels)
    {
        var n = images.shape[0];
        for (long start = 0; start < n; start += BatchSize)
        {
            var rows = Math.Min(BatchSize, n - start);
            yield return (new(images.narrow(0, start, rows)), new(labels.narrow(0, start, rows)));
        }
    }
}
