using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.ForwardBenchmarks;

/// <summary>The seed MLP in plain TorchSharp, registered under the generated module's names.</summary>
internal sealed class HandWrittenMlp : nn.Module<Tensor, Tensor>
{
    private readonly Linear _hidden1 = nn.Linear(64, 32);
    private readonly Linear _hidden2 = nn.Linear(32, 32);
    private readonly Linear _digits = nn.Linear(32, 10);

    public HandWrittenMlp()
        : base(nameof(HandWrittenMlp))
    {
        register_module("hidden1", _hidden1);
        register_module("hidden2", _hidden2);
        register_module("digits", _digits);
    }

    public override Tensor forward(Tensor features) =>
        _digits.forward(_hidden2.forward(_hidden1.forward(features).relu()).relu()).softmax(-1);
}
