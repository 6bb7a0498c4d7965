using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.ML.OnnxRuntime;
using TypedGraph.Samples.Models;
using static TorchSharp.torch;

namespace TypedGraph.ForwardBenchmarks;

/// <summary>
/// <c>onnx [rounds] [seconds per side per round]</c>: ONNX Runtime's <c>Run</c> on each seed model's <c>ExportOnnx</c>
/// file against TorchSharp's <c>Predict</c> on the same model, at batch 1 and 128, same thread count on both sides
/// (TG_TORCH_THREADS, default 1). The two alternate round by round (ABBA) after a warm-up; the table gives the median
/// time per call of each side and the median of the per-round ratios ORT / TorchSharp (below 1: ONNX Runtime faster).
/// </summary>
internal static class OnnxRuntimeComparison
{
    public static void Run(int rounds, double seconds, int threads)
    {
        Console.WriteLine("| model | batch | ONNX Runtime Run (median) | TorchSharp Predict (median) | ORT / TorchSharp |");
        Console.WriteLine("|---|---|---|---|---|");
        var directory = Path.Combine(Path.GetTempPath(), "tg-onnx-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            foreach (var batch in new[] { 1, 128 })
            {
                Measure(new Mlp(), "Mlp", batch, b => [randn(b, 64)], directory, rounds, seconds, threads);
                Measure(new FashionConvNet(), "FashionConvNet", batch, b => [rand(b, 1, 28, 28)], directory, rounds, seconds, threads);
                Measure(new ResidualBlock(), "ResidualBlock 32×32", batch, b => [randn(b, 64, 32, 32)], directory, rounds, seconds, threads);
                Measure(new InceptionModule(), "InceptionModule 16×16", batch, b => [randn(b, 256, 16, 16)], directory, rounds, seconds, threads);
                Measure(new SeparableConvNet(), "SeparableConvNet", batch, b => [rand(b, 64, 64, 3)], directory, rounds, seconds, threads);
                Measure(new QuestionAnswering(), "QuestionAnswering T=100 U=20", batch, b => [randint(0, 10_000, [b, 100]), randint(0, 10_000, [b, 20])], directory, rounds, seconds, threads);
                Measure(new SiameseLstm(), "SiameseLstm T=U=50", batch, b => [randn(b, 50, 128), randn(b, 50, 128)], directory, rounds, seconds, threads);
                Measure(new SocialMediaProfiler(), "SocialMediaProfiler T=300", batch, b => [randint(0, SocialMediaProfiler.Vocabulary, [b, 300])], directory, rounds, seconds, threads);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void Measure<TInputs, TOutputs, TTargets>(Model<TInputs, TOutputs, TTargets> model, string name, int batch, Func<int, Tensor[]> inputs, string directory, int rounds, double seconds, int threads)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets>
    {
        using var disposeModel = model;
        model.eval();
        var path = Path.Combine(directory, name.Split(' ')[0] + ".onnx");
        model.ExportOnnx(path);
        var x = inputs(batch);
        var record = TInputs.FromTensors(x);
        using var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        using var session = new InferenceSession(path, options);
        var inputNames = model.Signature.Inputs.Select(i => i.Name).ToList();
        var outputNames = model.Signature.Outputs.Select(o => o.Name).ToList();
        var values = x.Select(t => t.dtype == ScalarType.Int64
            ? OrtValue.CreateTensorValueFromMemory(t.contiguous().data<long>().ToArray(), t.shape)
            : OrtValue.CreateTensorValueFromMemory(t.contiguous().data<float>().ToArray(), t.shape)).ToList();
        using var runOptions = new RunOptions();

        void Ort()
        {
            using var outputs = session.Run(runOptions, inputNames, values, outputNames);
        }

        void Torch()
        {
            using var scope = NewDisposeScope();
            model.Predict(record, batchSize: batch);
        }

        for (var i = 0; i < 3; i++)
        {
            Ort();
            Torch();
        }

        var (ort, torch, ratios) = (new List<double>(), new List<double>(), new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            // ABBA: the side that goes first alternates, so drift within a round cancels.
            var (a, b) = round % 2 == 0 ? (PerCall(Ort, seconds), PerCall(Torch, seconds)) : (double.NaN, double.NaN);
            if (round % 2 == 1)
            {
                b = PerCall(Torch, seconds);
                a = PerCall(Ort, seconds);
            }

            ort.Add(a);
            torch.Add(b);
            ratios.Add(a / b);
        }

        foreach (var value in values)
        {
            value.Dispose();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {batch} | {Program.Time(Program.Median(ort))} | {Program.Time(Program.Median(torch))} | {Program.Median(ratios):0.00} |"));
    }

    /// <summary>Seconds per call: calls repeated for at least <paramref name="seconds"/> (at least one).</summary>
    private static double PerCall(Action call, double seconds)
    {
        var watch = Stopwatch.StartNew();
        var calls = 0;
        do
        {
            call();
            calls++;
        }
        while (watch.Elapsed.TotalSeconds < seconds);
        return watch.Elapsed.TotalSeconds / calls;
    }
}
