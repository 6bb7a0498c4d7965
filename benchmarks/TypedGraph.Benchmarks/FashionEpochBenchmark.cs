using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using TypedGraph.Benchmarks.Models;
using static TorchSharp.torch;

namespace TypedGraph.Benchmarks;

/// <summary>
/// <c>fashion-epoch [epochs] [samples]</c>: epochs of in-memory <c>Fit</c> of <see cref="FashionConvNet"/> on Fashion-MNIST
/// (batch 128, shuffled, Adam) after one warm-up epoch; prints each epoch's wall and CPU time. Torch threads come from
/// TG_TORCH_THREADS.
/// </summary>
internal static class FashionEpochBenchmark
{
    public static int Run(int epochs, int samples)
    {
        var (images, labels, origin) = FashionBenchData.Load(samples);
        manual_seed(7);
        using var model = new FashionConvNet();
        model.Compile(Optimizers.Adam(learningRate: 1e-3));
        Console.WriteLine($"FashionConvNet: {model.ParameterCount:N0} parameters; {images.shape[0]:N0} samples ({origin}), batch 128, shuffled, Adam, torch threads {get_num_threads()}");
        var process = Process.GetCurrentProcess();
        var wall = new List<double>();
        var cpu = new List<double>();
        for (var epoch = 0; epoch <= epochs; epoch++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var logs = model.Fit(new(images), new(labels), epochs: 1, batchSize: 128, verbose: 0);
            var seconds = clock.Elapsed.TotalSeconds;
            process.Refresh();
            var processor = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            if (epoch > 0)
            {
                wall.Add(seconds);
                cpu.Add(processor);
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"epoch {epoch}{(epoch == 0 ? " (warm-up)" : string.Empty)}: {seconds:F2} s wall / {processor:F2} s CPU, loss {logs["loss"][0]:F4}, accuracy {logs["acc"][0]:F4}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median epoch: {Program.Median(wall):F2} s wall / {Program.Median(cpu):F2} s CPU"));
        images.Dispose();
        labels.Dispose();
        return 0;
    }
}
