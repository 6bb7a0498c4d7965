using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace TypedGraph.Interop.PyTorch;

/// <summary>
/// Writes a model's PyTorch twin (DESIGN §9): <c>model.py</c> (the generated classes after the embedded safetensors
/// reader/writer and layer twins), <c>weights.safetensors</c>, <c>train.py</c> (the embedded torchrun script with the
/// model's training spec) and <c>README.md</c> with the commands.
/// </summary>
internal static class PyTorchExport
{
    public const string ModelFile = "model.py";
    public const string WeightsFile = "weights.safetensors";
    public const string TrainFile = "train.py";
    public const string ReadmeFile = "README.md";

    /// <summary>
    /// Writes the four files into <paramref name="directory"/>, all or nothing: they are prepared in a staging directory
    /// and renamed into place only when all were written, so a failure leaves an earlier export unchanged.
    /// </summary>
    /// <param name="directory">The export directory; created when missing.</param>
    /// <param name="name">The model's class name (the Python class has the same name).</param>
    /// <param name="signature">The model's inputs and outputs (losses, loss weights, metrics, fused activations).</param>
    /// <param name="classes">The generated Python classes (the model's and its submodels').</param>
    /// <param name="saveWeights">Writes the model's safetensors file to the given path.</param>
    /// <exception cref="NotSupportedException">An output has a custom loss or metric, which train.py cannot compute.</exception>
    /// <exception cref="IOException">A file cannot be written, or a directory stands where a file goes; nothing was replaced.</exception>
    public static void Write(string directory, string name, ModelSignature signature, string classes, Action<string> saveWeights)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        foreach (var output in signature.Outputs)
        {
            if (output.CustomLoss is not null || output.CustomMetrics is { Count: > 0 })
            {
                var what = output.CustomLoss is { } loss ? $"the custom loss {loss.Name}" : $"the custom metric {output.CustomMetrics![0].Name}";
                throw new NotSupportedException(
                    $"Model '{name}' cannot be exported to PyTorch: output '{output.Name}' has {what}, a C# function train.py cannot compute. Use a built-in Loss and Metric for the exported model.");
            }
        }

        // All four files are written into a staging directory inside the export directory first, so a failure (weights
        // that cannot be saved, a full disk) leaves an earlier export as it was; then they are renamed into place, the
        // weights first and model.py last, after checking that every rename can succeed.
        Directory.CreateDirectory(directory);
        var staging = Path.Combine(directory, $".export-{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(staging);
            saveWeights(Path.Combine(staging, WeightsFile));
            WriteText(Path.Combine(staging, TrainFile), PyTorchSources.Train.Replace(PyTorchSources.TrainSpecPlaceholder, Spec(name, signature), StringComparison.Ordinal));
            WriteText(Path.Combine(staging, ReadmeFile), Readme(name, signature));
            WriteText(Path.Combine(staging, ModelFile), ModelPy(name, classes));
            string[] order = [WeightsFile, TrainFile, ReadmeFile, ModelFile];
            foreach (var file in order)
            {
                if (Directory.Exists(Path.Combine(directory, file)))
                {
                    throw new IOException($"Cannot export the PyTorch model to '{directory}': '{file}' there is a directory; nothing was replaced.");
                }
            }

            foreach (var file in order)
            {
                File.Move(Path.Combine(staging, file), Path.Combine(directory, file), overwrite: true);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(staging, recursive: true);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // Best effort on the way out: the export's own outcome is what matters.
            }
        }
    }

    private static string ModelPy(string name, string classes)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# The PyTorch twin of the TypedGraph model {name}, written by {name}.ExportPyTorch. Needs PyTorch >= 1.13 only.\n");
        text.Append(CultureInfo.InvariantCulture, $"#   from model import {name}, load_weights\n");
        text.Append(CultureInfo.InvariantCulture, $"#   net = {name}(); load_weights(net, \"weights.safetensors\"); net.eval()\n");
        text.Append("# The state-dict keys and shapes are TorchSharp's, so weights move both ways (LoadSafetensors / save_weights).\n\n");
        text.Append(PyTorchSources.SafetensorsIo.TrimEnd()).Append("\n\n\n");
        text.Append(PyTorchSources.Layers.TrimEnd()).Append("\n\n\n");
        text.Append(classes.TrimEnd()).Append("\n\n\n");
        text.Append(CultureInfo.InvariantCulture, $"__all__ = [\"{name}\", \"load_weights\", \"save_weights\", \"load_file\", \"save_file\"]\n");
        return text.ToString();
    }

    /// <summary>The training spec train.py reads: the model class, its inputs and its outputs' losses, weights and metrics.</summary>
    private static string Spec(string name, ModelSignature signature) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["model"] = name,
        ["inputs"] = signature.Inputs.Select(i => new Dictionary<string, object> { ["name"] = i.Name, ["dtype"] = i.DType.ToString(), ["shape"] = i.Shape.ToString() }).ToList(),
        ["outputs"] = signature.Outputs.Select((o, index) => new Dictionary<string, object>
        {
            ["name"] = o.Name,
            ["log_name"] = o.LogName,
            ["index"] = index,
            ["loss"] = o.Loss.ToString(),
            ["loss_weight"] = o.LossWeight,
            ["metrics"] = o.Metrics.Select(m => m.ToString()).ToList(),
            ["fused"] = o.FusedActivation.ToString(),
        }).ToList(),
    });

    private static string Readme(string name, ModelSignature signature)
    {
        var inputs = signature.Inputs.Select(i => $"{i.Name}.npy").ToList();
        var targets = signature.TargetNames().Select(name => $"{name}.npy").ToList();
        var valInputs = inputs.Select(f => "val_" + f).ToList();
        var valTargets = targets.Select(f => "val_" + f).ToList();
        var data = $"--inputs {string.Join(' ', inputs)} --targets {string.Join(' ', targets)}";
        var validation = $"--val-inputs {string.Join(' ', valInputs)} --val-targets {string.Join(' ', valTargets)}";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {name} for PyTorch\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Exported by TypedGraph (`{name}.ExportPyTorch`). Needs Python 3 and PyTorch ≥ 1.13 — nothing else (Debian 12: `apt-get install python3-torch`).\n\n");
        text.Append("| file | what |\n|---|---|\n");
        text.Append(CultureInfo.InvariantCulture, $"| `model.py` | class `{name}(torch.nn.Module)`, `load_weights(model, path)`, `save_weights(model, path)` |\n");
        text.Append("| `weights.safetensors` | the weights at export time (TorchSharp's state-dict keys) |\n");
        text.Append("| `train.py` | DistributedDataParallel training, launched by `torchrun` |\n\n");
        text.Append("## Inference\n\n```python\n");
        text.Append(CultureInfo.InvariantCulture, $"from model import {name}, load_weights\n\nnet = {name}()\nload_weights(net, \"weights.safetensors\")\nnet.eval()\n");
        text.Append(CultureInfo.InvariantCulture, $"outputs = net({string.Join(", ", signature.Inputs.Select(i => i.Name))})\n```\n\n");
        text.Append("Inputs, in this order (N = batch):\n\n");
        foreach (var input in signature.Inputs)
        {
            text.Append(CultureInfo.InvariantCulture, $"- `{input.Name}`: {input.Shape} {input.DType}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n`forward` returns {(signature.Outputs.Count == 1 ? "one tensor" : "a tuple")}, final activations applied: {string.Join(", ", signature.Outputs.Select(o => $"`{o.Name}`"))}.\n\n");
        text.Append("## Training\n\nOne `.npy` file per input and per target (an output with a loss), first dimension = samples, in this order:\n");
        text.Append(CultureInfo.InvariantCulture, $"inputs {string.Join(", ", inputs.Select(f => $"`{f}`"))}; targets {string.Join(", ", targets.Select(f => $"`{f}`"))}.\n\n");
        text.Append("Two processes on this machine (gloo on CPU, nccl when CUDA is present):\n\n```sh\n");
        text.Append(CultureInfo.InvariantCulture, $"python3 -m torch.distributed.run --standalone --nproc_per_node 2 --redirects 1 --tee 1 --log_dir torchrun-logs \\\n    train.py {data} \\\n    {validation} \\\n    --epochs 10 --batch-size 32 --output trained.safetensors --tensorboard runs/{name}\n```\n\n");
        text.Append("(`--redirects 1 --tee 1 --log_dir DIR` is needed by Debian 12's torchrun, which otherwise fails on its own defaults; `torchrun` is the same as `python3 -m torch.distributed.run`.) ");
        text.Append("Several machines: `--nnodes N --node_rank R --master_addr HOST --master_port PORT` instead of `--standalone`. One process: `python3 train.py …`.\n\n");
        text.Append("Callbacks (Keras semantics, decided on rank 0 from the all-reduced validation values): `--early-stopping val_loss --patience 3 [--restore-best-weights]`, ");
        text.Append("`--checkpoint 'ckpt-{epoch}.safetensors' [--save-best-only --checkpoint-monitor val_loss]`, `--reduce-lr val_loss --reduce-lr-factor 0.1 --reduce-lr-patience 10`. ");
        text.Append("`python3 train.py --help` lists every option (optimizer, learning rate, loss weights, validation split …).\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Back in .NET: `model.LoadSafetensors(\"trained.safetensors\")` on a `new {name}()`.\n");
        return text.ToString();
    }

    private static void WriteText(string path, string text) =>
        AtomicFile.Write(path, "PyTorch export file", stream => stream.Write(Encoding.UTF8.GetBytes(text)));
}
