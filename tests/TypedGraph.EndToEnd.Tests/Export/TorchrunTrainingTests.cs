using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using TypedGraph.Data;
using TypedGraph.EndToEnd.Tests.Models;
using TypedGraph.Interop;
using TypedGraph.Tests;
using TypedGraph.Tests.EventFiles;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests.Export;

/// <summary>
/// The exported <c>train.py</c> under Debian's torchrun: two processes (gloo on CPU) train for 2 epochs on small .npy
/// files; the final weights load back into the C# model, which then computes what the exported model.py computes with
/// them; the TensorBoard event files hold the expected scalars, equal to the logged history.
/// </summary>
public sealed class TorchrunTrainingTests(ITestOutputHelper output)
{
    [Fact]
    public void Two_process_torchrun_training_round_trips_into_the_csharp_model()
    {
        DebianPython.Require("torch");
        var root = Path.Combine(Path.GetTempPath(), "typedgraph-torchrun-" + Guid.NewGuid().ToString("N"));
        using var scope = NewDisposeScope();
        try
        {
            manual_seed(3);
            using var model = new ExportDense();
            using var data = new Generator(3);
            var export = Path.Combine(root, "export");
            model.ExportPyTorch(export);
            var initial = Safetensors.Load(Path.Combine(export, "weights.safetensors"));

            // 60 training samples (30 per process), 21 validation samples (11 + 10: no padding), three classes.
            var x = randn([60, 12], generator: data);
            var labels = x.narrow(1, 0, 3).argmax(1);
            NumPy.Save(Path.Combine(root, "x.npy"), x);
            NumPy.Save(Path.Combine(root, "y.npy"), nn.functional.one_hot(labels, 3).to_type(ScalarType.Float32));
            var vx = randn([21, 12], generator: data);
            NumPy.Save(Path.Combine(root, "vx.npy"), vx);
            NumPy.Save(Path.Combine(root, "vy.npy"), nn.functional.one_hot(vx.narrow(1, 0, 3).argmax(1), 3).to_type(ScalarType.Float32));

            var clock = Stopwatch.StartNew();
            var (exit, log) = Torchrun(root, Path.Combine(export, "train.py"),
                "--inputs", "x.npy", "--targets", "y.npy", "--val-inputs", "vx.npy", "--val-targets", "vy.npy",
                "--epochs", "2", "--batch-size", "8", "--optimizer", "adam", "--lr", "0.01",
                "--output", "final.safetensors", "--history", "history.json", "--tensorboard", "tb",
                "--early-stopping", "val_accuracy", "--patience", "5", "--reduce-lr", "val_loss", "--reduce-lr-patience", "3",
                "--checkpoint", "ckpt-{epoch}.safetensors");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"torchrun (2 processes, gloo, 2 epochs): {clock.Elapsed.TotalSeconds:F1} s, exit {exit}"));
            output.WriteLine(log);
            Assert.True(exit == 0, $"torchrun exited with {exit}:\n{log}");
            Assert.Contains("[default0]:Epoch 2/2", log, StringComparison.Ordinal);
            Assert.Contains("[default0]:rank 0/2 (gloo, cpu): 30 of 60 training samples per epoch", log, StringComparison.Ordinal);
            Assert.Contains("[default1]:rank 1/2 (gloo, cpu): 30 of 60 training samples per epoch", log, StringComparison.Ordinal);

            // The history: both epochs, Keras's names, validation over all 21 samples.
            var history = JsonSerializer.Deserialize<Dictionary<string, List<double>>>(File.ReadAllText(Path.Combine(root, "history.json")))!;
            Assert.Equal(["acc", "loss", "lr", "val_acc", "val_loss"], history.Keys.Order(StringComparer.Ordinal));
            Assert.All(history.Values, values => Assert.Equal(2, values.Count));
            Assert.Equal([0.01, 0.01], history["lr"]);
            // A count of the 21 samples, divided in float32: k / 21 within 21 × 6e-8 of an integer once multiplied back.
            Assert.All(history["val_acc"], acc => Assert.Equal(Math.Round(acc * 21), acc * 21, 1e-5));
            Assert.True(File.Exists(Path.Combine(root, "ckpt-1.safetensors")) && File.Exists(Path.Combine(root, "ckpt-2.safetensors")));

            // The final weights load into the C# model (names, dtypes, shapes checked) and were trained.
            model.LoadSafetensors(Path.Combine(root, "final.safetensors"));
            var trained = Safetensors.Load(Path.Combine(root, "final.safetensors"));
            Assert.True((trained["hidden.weight"] - initial["hidden.weight"]).abs().max().item<float>() > 1e-3, "training did not change the weights");

            // The C# model with them computes what model.py computes with them; and its validation loss is the logged one.
            using var parity = new PyTorchParity();
            parity.Add("trained ExportDense", model, model.ExportPyTorch, inputs => [model.forward(inputs[0]).Classes], [vx]);
            var result = Assert.Single(parity.Run());
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"C# vs PyTorch on the trained weights: largest scaled difference {result.MaxDiff:E2}"));
            Assert.True(result.MaxDiff <= 1e-5, $"largest scaled difference {result.MaxDiff}");
            model.eval();
            var probabilities = model.forward(vx).Classes;
            var validationLoss = -(NumPy.Load(Path.Combine(root, "vy.npy")) * probabilities.log()).sum(1).mean().item<float>();
            // A mean of 21 cross-entropies near 1, summed per batch and all-reduced over two ranks by train.py, in one mean
            // here: a few float32 ulps apart, plus the probabilities' difference (at most 1e-5, checked above) divided by
            // the probability in the log. 1e-4 of the value bounds both with margin; a wrong reduction (per-rank mean,
            // padding counted, the last batch dropped) moves the loss by percents.
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"validation loss: train.py {history["val_loss"][1]}, C# {validationLoss}"));
            Assert.True(ScaledDifference.Of(history["val_loss"][1], validationLoss) <= 1e-4, $"validation loss: train.py {history["val_loss"][1]}, C# {validationLoss}");

            // TensorBoard: rank 0 wrote one train and one validation event file with Keras's tags, per epoch.
            var train = ScalarsIn(Path.Combine(root, "tb", "train"));
            var validation = ScalarsIn(Path.Combine(root, "tb", "validation"));
            Assert.Equal(["epoch_acc", "epoch_learning_rate", "epoch_loss"], train.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(["epoch_acc", "epoch_loss"], validation.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(history["loss"].Select(v => (float)v), train["epoch_loss"].OrderBy(p => p.Step).Select(p => p.Value));
            Assert.Equal(history["val_acc"].Select(v => (float)v), validation["epoch_acc"].OrderBy(p => p.Step).Select(p => p.Value));
            Assert.Equal([0L, 1L], train["epoch_learning_rate"].Select(p => p.Step).Order());
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static Dictionary<string, List<(long Step, float Value)>> ScalarsIn(string directory)
    {
        var file = Assert.Single(Directory.GetFiles(directory, "events.out.tfevents.*"));
        var events = EventFileReader.ReadEvents(file);
        Assert.Equal("brain.Event:2", events[0].FileVersion);
        return events.SelectMany(e => e.Values.Select(v => (e.Step, v)))
            .GroupBy(p => p.v.Tag)
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Step, p.v.SimpleValue!.Value)).ToList());
    }

    /// <summary>Debian's torchrun needs --redirects/--tee/--log_dir (it fails on its own defaults otherwise); the exported README gives the same command.</summary>
    private static (int Exit, string Log) Torchrun(string workingDirectory, string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(DebianPython.Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2", "--redirects", "1", "--tee", "1", "--log_dir", Path.Combine(workingDirectory, "torchrun-logs"), script, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "torchrun did not finish within 3 minutes\n" + stdout.Result + stderr.Result);
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
