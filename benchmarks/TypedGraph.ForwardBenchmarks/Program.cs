using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using TypedGraph.Samples.Models;
using static TorchSharp.torch;

namespace TypedGraph.ForwardBenchmarks;

/// <summary>
/// Forward overhead of generated modules: <c>[rounds] [seconds per side per round]</c>. For each model and batch size
/// the generated module and a hand-written TorchSharp module holding the same weights (state_dict copied) run in eval
/// mode without gradients, each call in a dispose scope; after a warm-up the two alternate round by round (ABBA), and
/// the table reports median time per call and the median of the per-round ratios, for wall-clock and process CPU time.
/// TG_TORCH_THREADS sets the torch threads (default 1).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "bdn")
        {
            BenchmarkDotNet.Running.BenchmarkRunner.Run<MlpBatchOneBenchmarks>(args: args[1..]);
            return 0;
        }

        var threads = TorchThreads();
        set_num_threads(threads);
        if (args.Length > 0 && args[0] == "onnx")
        {
            OnnxRuntimeComparison.Run(
                args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8,
                args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0.2,
                threads);
            return 0;
        }

        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 0.25;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, torch threads {get_num_threads()}, {rounds} rounds, {seconds} s per side per round, {Environment.OSVersion}"));
        Console.WriteLine("| model | batch | generated (median) | hand-written (median) | wall ratio | CPU ratio |");
        Console.WriteLine("|---|---|---|---|---|---|");

        using var noGrad = no_grad();
        manual_seed(1);
        if (Environment.GetEnvironmentVariable("TG_BREAKDOWN") == "1")
        {
            Breakdown(rounds, seconds);
            return 0;
        }

        foreach (var batch in new long[] { 1, 128 })
        {
            Run(MlpCase(batch), rounds, seconds);
            Run(QuestionAnsweringCase(batch), rounds, seconds);
            Run(ResidualCase(batch), rounds, seconds);
        }

        return 0;
    }

    /// <summary>TG_TORCH_THREADS: the torch threads of both comparisons (the ONNX Runtime side uses as many), 1 when unset.</summary>
    private static int TorchThreads()
    {
        var value = Environment.GetEnvironmentVariable("TG_TORCH_THREADS");
        if (string.IsNullOrEmpty(value))
        {
            return 1;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var threads) && threads > 0
            ? threads
            : throw new ArgumentException($"TG_TORCH_THREADS must be a positive integer (the torch threads), not '{value}'.");
    }

    private static ForwardCase MlpCase(long batch)
    {
        var generated = new Mlp();
        var reference = new HandWrittenMlp();
        reference.load_state_dict(generated.state_dict());
        generated.eval();
        reference.eval();
        var x = randn(batch, 64);
        Check(generated.forward(x).Digits, reference.forward(x));
        return new ForwardCase("MLP", batch, () => generated.forward(x), () => reference.forward(x));
    }

    private static ForwardCase QuestionAnsweringCase(long batch)
    {
        var generated = new QuestionAnswering();
        var reference = new HandWrittenQuestionAnswering();
        reference.load_state_dict(generated.state_dict());
        generated.eval();
        reference.eval();
        var text = randint(0, 10_000, [batch, 100], dtype: ScalarType.Int64);
        var question = randint(0, 10_000, [batch, 20], dtype: ScalarType.Int64);
        Check(generated.forward(text, question).Answer, reference.forward(text, question));
        return new ForwardCase("question answering (T=100, U=20)", batch, () => generated.forward(text, question), () => reference.forward(text, question));
    }

    private static ForwardCase ResidualCase(long batch)
    {
        var generated = new ResidualBlock();
        var reference = new HandWrittenResidualBlock();
        reference.load_state_dict(generated.state_dict());
        generated.eval();
        reference.eval();
        var x = randn(batch, 64, 16, 16);
        Check(generated.forward(x).Y, reference.forward(x));
        return new ForwardCase("residual block (64×16×16)", batch, () => generated.forward(x), () => reference.forward(x));
    }

    /// <summary>What the generated MLP does beyond the hand-written one, piece by piece, at batch 1.</summary>
    private static void Breakdown(int rounds, double seconds)
    {
        var model = new Mlp();
        model.eval();
        var x = randn(1, 64);
        var specs = model.Signature.Inputs;
        var linear = nn.Linear(64, 32);
        var reference = new HandWrittenMlp();
        reference.load_state_dict(model.state_dict());
        reference.eval();
        var inputs = new Mlp.Inputs(x);
        Run(new ForwardCase("A/A: hand-written vs hand-written", 1, () => reference.forward(x), () => reference.forward(x)), rounds, seconds);
        Run(new ForwardCase("A/A: generated vs generated", 1, () => model.forward(inputs), () => model.forward(inputs)), rounds, seconds);
        Run(new ForwardCase("generated (Inputs record) vs hand-written", 1, () => model.forward(inputs), () => reference.forward(x)), rounds, seconds);
        Run(new ForwardCase("InputValidator.Validate vs nothing", 1, () => InputValidator.Validate(specs, [x]), () => { }), rounds, seconds);
        Run(new ForwardCase("Validate vs one Linear", 1, () => InputValidator.Validate(specs, [x]), () => linear.forward(x)), rounds, seconds);
        Run(new ForwardCase("records (Inputs + Outputs) vs one Linear", 1, () => _ = new Mlp.Outputs(new Mlp.Inputs(x).Features), () => linear.forward(x)), rounds, seconds);
        Run(new ForwardCase("x.dtype + x.Dimensions + x.size(1) vs one Linear", 1, () => _ = (x.dtype, x.Dimensions, x.size(1), x.size(0)), () => linear.forward(x)), rounds, seconds);
    }

    private static void Check(Tensor generated, Tensor reference)
    {
        if (!generated.allclose(reference, rtol: 1e-5, atol: 1e-6))
        {
            throw new InvalidOperationException("generated and hand-written outputs differ");
        }
    }

    private static void Run(ForwardCase c, int rounds, double seconds)
    {
        // Warm-up long enough for tiered JIT to reach optimized code on both sides (at least 0.5 s and 200 calls each),
        // then calibrate the calls per side so that one side takes about `seconds`.
        var warmWall = WarmUp(c.Generated);
        WarmUp(c.HandWritten);
        var calls = Math.Max(3, (int)(seconds / Math.Max(warmWall, 1e-7)));
        var generatedWall = new List<double>();
        var handWall = new List<double>();
        var wallRatios = new List<double>();
        var cpuRatios = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            (double Wall, double Cpu) g, h;
            if (r % 2 == 0)
            {
                g = Measure(c.Generated, calls);
                h = Measure(c.HandWritten, calls);
            }
            else
            {
                h = Measure(c.HandWritten, calls);
                g = Measure(c.Generated, calls);
            }

            generatedWall.Add(g.Wall);
            handWall.Add(h.Wall);
            wallRatios.Add(g.Wall / h.Wall);
            cpuRatios.Add(g.Cpu / h.Cpu);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {c.Model} | {c.Batch} | {Time(Median(generatedWall))} | {Time(Median(handWall))} | {Median(wallRatios):F3} | {Median(cpuRatios):F3} |"));
    }

    private static double WarmUp(Action forward)
    {
        var clock = Stopwatch.StartNew();
        var calls = 0;
        while (calls < 200 || clock.Elapsed.TotalSeconds < 0.5)
        {
            Measure(forward, 1);
            calls++;
        }

        return Measure(forward, 20).Wall;
    }

    /// <summary>Mean wall-clock and process CPU seconds per call over <paramref name="calls"/> calls.</summary>
    private static (double Wall, double Cpu) Measure(Action forward, int calls)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            using var scope = NewDisposeScope();
            forward();
        }

        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (wall / calls, (process.TotalProcessorTime - cpu).TotalSeconds / calls);
    }

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    internal static string Time(double seconds) => seconds < 1e-3
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds * 1e6:F1} µs")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds * 1e3:F2} ms");
}
