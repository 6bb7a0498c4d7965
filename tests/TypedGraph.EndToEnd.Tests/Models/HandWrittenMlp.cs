using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>The MLP as a careful person writes it in plain TorchSharp: the reference for the generated module.</summary>
public sealed class HandWrittenMlp : nn.Module<Tensor, Tensor>
{
    private readonly Linear _hidden1 = nn.Linear(64, 32);
    private readonly Linear _hidden2 = nn.Linear(32, 32);
    private readonly Linear _probabilities = nn.Linear(32, 10);

    public HandWrittenMlp()
        : base(nameof(HandWrittenMlp))
    {
        register_module("hidden1", _hidden1);
        register_module("hidden2", _hidden2);
        register_module("probabilities", _probabilities);
    }

    public override Tensor forward(Tensor features) =>
        _probabilities.forward(_hidden2.forward(_hidden1.forward(features).relu()).relu()).softmax(-1);
}
