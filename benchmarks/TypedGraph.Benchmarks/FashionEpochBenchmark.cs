using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using TypedGraph.Benchmarks.Models;
using static TorchSharp.torch;

namespace TypedGraph.Benchmarks;

/// <summary>
/// <c>fashion-epoch [rounds] [samples]</c>: in-memory <c>Fit</c> of <see cref="FashionConvNet"/> on Fashion-MNIST (batch
/// 128, shuffled, Adam), one epoch on 1 torch thread and one on 2 per round (the order alternating, after one warm-up
/// epoch); prints each epoch's wall and CPU time and the medians per thread count.
/// </summary>
internal static class FashionEpochBenchmark
{
    public static int Run(int rounds, int samples)
    {
        var (images, labels, origin) = FashionBenchData.Load(samples);
        manual_seed(7);
        using var model = new FashionConvNet();
        model.Compile(Optimizers.Adam(learningRate: 1e-3));
        Console.WriteLine($"FashionConvNet: {model.ParameterCount:N0} parameters; {images.shape[0]:N0} samples ({origin}), batch 128, shuffled, Adam");
        var process = Process.GetCurrentProcess();
        int[] threads = [1, 2];
        var wall = new List<double>[] { [], [] };
        var cpu = new List<double>[] { [], [] };
        for (var round = -1; round < rounds; round++)
        {
            for (var turn = 0; turn < 2; turn++)
            {
                var which = round < 0 ? 0 : (turn + round) % 2;
                set_num_threads(threads[which]);
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var logs = model.Fit(new(images), new(labels), epochs: 1, batchSize: 128, verbose: 0);
                var seconds = clock.Elapsed.TotalSeconds;
                process.Refresh();
                var processor = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                if (round >= 0)
                {
                    wall[which].Add(seconds);
                    cpu[which].Add(processor);
                }

                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{(round < 0 ? "warm-up" : "round " + (round + 1))}, {threads[which]} torch thread(s): {seconds:F2} s wall / {processor:F2} s CPU, loss {logs["loss"][0]:F4}, accuracy {logs["acc"][0]:F4}"));
                if (round < 0)
                {
                    break;
                }
            }
        }

        for (var i = 0; i < 2; i++)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"median epoch on {threads[i]} torch thread(s): {Program.Median(wall[i]):F2} s wall / {Program.Median(cpu[i]):F2} s CPU"));
        }

        images.Dispose();
        labels.Dispose();
        return 0;
    }
}
