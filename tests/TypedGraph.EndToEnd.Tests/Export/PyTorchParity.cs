using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using TypedGraph.Interop;
using TypedGraph.Tests;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests.Export;

/// <summary>
/// Compares exported PyTorch twins with their TypedGraph models: each case is exported with <c>ExportPyTorch</c>, its
/// inputs and TorchSharp outputs are kept, and ONE run of Debian's Python (torch imported once for every
/// case) imports each <c>model.py</c>, loads <c>weights.safetensors</c> with <c>load_weights</c> (strict: the same
/// state-dict keys and shapes) and writes what its <c>forward</c> returns; the result per case is the largest
/// <see cref="ScaledDifference"/> (absolute up to 1, relative beyond) over every output element.
/// </summary>
internal sealed class PyTorchParity : IDisposable
{
    private const string Script = """
        import importlib.util, json, sys
        import torch
        cases = json.load(open(sys.argv[1]))
        for number, case in enumerate(cases):
            spec = importlib.util.spec_from_file_location(f"exported_{number}", case["dir"] + "/model.py")
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            net = getattr(module, case["class"])()
            module.load_weights(net, case["dir"] + "/weights.safetensors")
            net.eval()
            tensors = module.load_file(case["dir"] + "/inputs.safetensors")
            inputs = [tensors[f"input{i}"] for i in range(len(tensors))]
            with torch.no_grad():
                outputs = net(*inputs)
            outputs = outputs if isinstance(outputs, tuple) else (outputs,)
            module.save_file({f"output{i}": o.contiguous() for i, o in enumerate(outputs)}, case["dir"] + "/outputs.safetensors")
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "typedgraph-pytorch-" + Guid.NewGuid().ToString("N"));
    private readonly List<(string Label, string Directory, string Class, Tensor[] Expected)> _cases = [];

    /// <summary>One compared model: its label and the largest <see cref="ScaledDifference"/> of PyTorch's outputs from TorchSharp's.</summary>
    public sealed record Result(string Label, double MaxDiff, int Elements, IReadOnlyList<double> PerOutput);

    /// <summary>Exports <paramref name="model"/> (through <paramref name="export"/>) and records its outputs on <paramref name="inputs"/>.</summary>
    /// <param name="label">What the case covers, for the report.</param>
    /// <param name="model">The model.</param>
    /// <param name="export">The model's <c>ExportPyTorch</c>.</param>
    /// <param name="forward">The model's <c>forward</c> on positional tensors, returning its outputs in order.</param>
    /// <param name="inputs">The input tensors.</param>
    public string Add(string label, IModel model, Action<string> export, Func<IReadOnlyList<Tensor>, IReadOnlyList<Tensor>> forward, IReadOnlyList<Tensor> inputs)
    {
        var directory = Path.Combine(_root, "case" + _cases.Count.ToString(CultureInfo.InvariantCulture));
        export(directory);

        // In eval mode and under no_grad, as Predict runs (and as model.py's check runs PyTorch).
        model.AsModule.eval();
        Tensor[] expected;
        using (no_grad())
        {
            expected = forward(inputs).Select(t => t.clone()).ToArray();
        }

        Safetensors.Save(Path.Combine(directory, "inputs.safetensors"), inputs.Select((t, i) => KeyValuePair.Create($"input{i}", t)));
        Safetensors.Save(Path.Combine(directory, "expected.safetensors"), expected.Select((t, i) => KeyValuePair.Create($"output{i}", t.contiguous())));
        _cases.Add((label, directory, model.AsModule.GetName(), expected));
        return directory;
    }

    /// <summary>
    /// Random inputs for <paramref name="signature"/> drawn from <paramref name="generator"/> (not the process-wide one
    /// other test classes draw from concurrently): each symbolic dim <paramref name="symbolSize"/> (or its minimum), token
    /// ids in [0, 10).
    /// </summary>
    public static Tensor[] RandomInputs(ModelSignature signature, Generator generator, int batch = 3, long symbolSize = 12)
    {
        return signature.Inputs.Select(input =>
        {
            var shape = input.Shape.Dims.Select(d => d.IsBatch ? batch : d.Size ?? Math.Max(symbolSize, d.Minimum)).ToArray();
            return input.DType switch
            {
                DType.Int64 or DType.Int32 => randint(0, 10, shape, dtype: ScalarType.Int64, generator: generator),
                _ => randn(shape, generator: generator),
            };
        }).ToArray();
    }

    /// <summary>Runs Python once over every case and compares.</summary>
    public IReadOnlyList<Result> Run()
    {
        DebianPython.Require("torch");
        var list = Path.Combine(_root, "cases.json");
        File.WriteAllText(list, JsonSerializer.Serialize(_cases.Select(c => new Dictionary<string, string> { ["dir"] = c.Directory, ["class"] = c.Class })));
        DebianPython.Run(Script, list);
        var results = new List<Result>();
        foreach (var (label, directory, _, expected) in _cases)
        {
            var actual = Safetensors.Load(Path.Combine(directory, "outputs.safetensors"));
            Assert.True(actual.Count == expected.Length, $"{label}: PyTorch returned {actual.Count} outputs, TypedGraph {expected.Length}");
            var perOutput = new List<double>();
            var elements = 0;
            for (var i = 0; i < expected.Length; i++)
            {
                var python = actual[$"output{i}"];
                Assert.True(python.shape.SequenceEqual(expected[i].shape), $"{label}: output {i} has shape {Shape.Format(python.shape)} in PyTorch, {Shape.Format(expected[i].shape)} in TypedGraph");
                perOutput.Add(ScaledDifference.Max(expected[i], python));
                elements += (int)python.numel();
            }

            results.Add(new Result(label, perOutput.Max(), elements, perOutput));
        }

        return results;
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("TYPEDGRAPH_KEEP_EXPORTS") is not null)
        {
            return;
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
