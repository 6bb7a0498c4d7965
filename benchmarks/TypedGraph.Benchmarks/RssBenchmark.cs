using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using TypedGraph.Benchmarks.Models;
using TypedGraph.Data;

namespace TypedGraph.Benchmarks;

/// <summary>
/// <c>rss-write N dir</c> writes N Fashion-MNIST-sized samples as <c>x.npy</c>/<c>y.npy</c> into dir;
/// <c>rss dir stream|memory [epochs]</c> trains on them in this (fresh) process — streaming over the .npy files (read row by row),
/// or in memory after <c>NumPy.Load</c> — and prints the peak RSS: <c>VmHWM</c>, and the peaks of <c>VmRSS</c>,
/// <c>RssAnon</c> (private memory) and <c>RssFile</c> (mapped file pages) sampled every 10 ms.
/// </summary>
internal static class RssBenchmark
{
    public static int Write(long samples, string directory)
    {
        var (images, labels, origin) = FashionBenchData.Load(samples);
        FashionBenchData.Write(directory, images, labels);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {samples:N0} samples ({origin}) to {directory}"));
        images.Dispose();
        labels.Dispose();
        return 0;
    }

    public static int Run(string directory, string how, int epochs)
    {
        var x = Path.Combine(directory, "x.npy");
        var y = Path.Combine(directory, "y.npy");
        TorchSharp.torch.manual_seed(7);
        using var model = new FashionMlp();
        model.Compile(Optimizers.Adam(learningRate: 1e-3));
        var before = Status();
        var peaks = new Dictionary<string, long>();
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var (key, value) in Status())
                {
                    peaks[key] = Math.Max(peaks.GetValueOrDefault(key), value);
                }

                Thread.Sleep(10);
            }
        }) { IsBackground = true };
        sampler.Start();
        long samples;
        double loss;
        if (how == "stream")
        {
            using var source = new NpyBatchSource<FashionMlp.Inputs, FashionMlp.Targets>([x], [y], 128);
            samples = source.SampleCount;
            loss = model.Fit(source, epochs: epochs, verbose: 0)["loss"][^1];
        }
        else
        {
            using var images = NumPy.Load(x);
            using var labels = NumPy.Load(y);
            samples = images.shape[0];
            loss = model.Fit(new(images), new(labels), epochs: epochs, batchSize: 128, shuffle: false, verbose: 0)["loss"][^1];
        }

        stop.Cancel();
        sampler.Join();
        var after = Status();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"rss {how} {samples} samples, {epochs} epochs (loss {loss:F4}): VmHWM {after["VmHWM"] / 1024.0:F1} MiB; sampled peaks VmRSS {peaks["VmRSS"] / 1024.0:F1} MiB, RssAnon {peaks["RssAnon"] / 1024.0:F1} MiB, RssFile {peaks["RssFile"] / 1024.0:F1} MiB; before training VmRSS {before["VmRSS"] / 1024.0:F1} MiB, RssAnon {before["RssAnon"] / 1024.0:F1} MiB"));
        return 0;
    }

    /// <summary>VmRSS, VmHWM, RssAnon and RssFile from /proc/self/status, in KiB.</summary>
    private static Dictionary<string, long> Status()
    {
        var values = new Dictionary<string, long>();
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon] is "VmRSS" or "VmHWM" or "RssAnon" or "RssFile")
            {
                values[line[..colon]] = long.Parse(line.AsSpan(colon + 1).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
            }
        }

        return values;
    }
}
