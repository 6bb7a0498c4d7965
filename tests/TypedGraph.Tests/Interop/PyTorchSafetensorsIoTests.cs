using System;
using System.Collections.Generic;
using System.IO;
using TypedGraph.Interop;
using TypedGraph.Interop.PyTorch;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Interop;

/// <summary>The embedded safetensors_io.py, run by Debian's python3-torch (1.13) against our reader and writer.</summary>
public sealed class PyTorchSafetensorsIoTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public PyTorchSafetensorsIoTests() => File.WriteAllText(_temp["safetensors_io.py"], PyTorchSources.SafetensorsIo);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Weights_saved_by_save_weights_from_a_torch_module_load_into_our_model_and_are_the_bytes_we_write()
    {
        DebianPython.Require("torch");
        var fromPython = _temp["from-python.safetensors"];

        DebianPython.Run(Prelude + """
            torch.manual_seed(7)
            model = NormNet()
            model.train()
            with torch.no_grad():
                for _ in range(2):
                    model(torch.randn(16, 4))
                for p in model.parameters():
                    p.add_(0.25)
            safetensors_io.save_weights(model, sys.argv[2])
            """, _temp.Path, fromPython);
        using var model = new NormNet();
        model.LoadSafetensors(fromPython);
        var ours = _temp["ours.safetensors"];
        model.SaveSafetensors(ours);

        Assert.Equal(2L, model.state_dict()["norm.num_batches_tracked"].item<long>());
        Assert.Equal(File.ReadAllBytes(fromPython), File.ReadAllBytes(ours));
    }

    [Fact]
    public void Our_weights_load_with_load_weights_into_the_torch_module_which_then_computes_our_outputs_and_writes_our_bytes()
    {
        DebianPython.Require("torch");
        using var model = SafetensorsTests.Trained();
        using var scope = NewDisposeScope();
        var x = randn(5, 4);
        var ours = _temp["ours.safetensors"];
        var all = _temp["all.safetensors"];
        model.SaveSafetensors(ours);
        Safetensors.Save(_temp["x.safetensors"], new Dictionary<string, Tensor> { ["x"] = x });
        Safetensors.Save(all, SafetensorsTests.AllDTypes());

        DebianPython.Run(Prelude + """
            directory = sys.argv[1]
            model = NormNet()
            safetensors_io.load_weights(model, os.path.join(directory, "ours.safetensors"))
            model.eval()
            x = safetensors_io.load_file(os.path.join(directory, "x.safetensors"))["x"]
            with torch.no_grad():
                y = torch.softmax(model(x), -1)
            safetensors_io.save_file({"y": y}, os.path.join(directory, "y.safetensors"))
            safetensors_io.save_weights(model, os.path.join(directory, "again.safetensors"))
            tensors = safetensors_io.load_file(os.path.join(directory, "all.safetensors"))
            safetensors_io.save_file(tensors, os.path.join(directory, "all-again.safetensors"))
            """, _temp.Path);

        model.eval();
        var expected = model.forward(new NormNet.Inputs(x)).Probabilities;
        var actual = Safetensors.Load(_temp["y.safetensors"])["y"];
        Assert.True(expected.allclose(actual, rtol: 0, atol: 1e-6), $"TorchSharp {string.Join(", ", expected.data<float>().ToArray())} PyTorch {string.Join(", ", actual.data<float>().ToArray())}");
        Assert.Equal(File.ReadAllBytes(ours), File.ReadAllBytes(_temp["again.safetensors"]));
        Assert.Equal(File.ReadAllBytes(all), File.ReadAllBytes(_temp["all-again.safetensors"]));
    }

    [Fact]
    public void load_file_refuses_a_truncated_file_naming_it()
    {
        DebianPython.Require("torch");
        using var model = new NormNet();
        var path = _temp["cut.safetensors"];
        model.SaveSafetensors(path);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^4]);

        var output = DebianPython.Run(Prelude + """
            try:
                safetensors_io.load_file(sys.argv[2])
                print("loaded")
            except ValueError as error:
                print(error)
            """, _temp.Path, path);

        Assert.StartsWith($"'{path}' is not a valid safetensors file: its header describes ", output, StringComparison.Ordinal);
    }

    private const string Prelude = """
        import os, sys
        sys.path.insert(0, sys.argv[1])
        import torch
        import safetensors_io


        class NormNet(torch.nn.Module):
            # The torch twin of tests/Models/NormNet.cs: same state-dict keys and shapes.
            def __init__(self):
                super().__init__()
                self.dense = torch.nn.Linear(4, 8)
                self.norm = torch.nn.BatchNorm1d(8)
                self.probabilities = torch.nn.Linear(8, 3)

            def forward(self, x):
                return self.probabilities(self.norm(self.dense(x)))


        """;
}
