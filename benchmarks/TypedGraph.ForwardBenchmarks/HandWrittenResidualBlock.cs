using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.ForwardBenchmarks;

/// <summary>The sample residual block in plain TorchSharp, registered under the generated module's names.</summary>
internal sealed class HandWrittenResidualBlock : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d _y1 = nn.Conv2d(64, 128, 3, padding: 1);
    private readonly Conv2d _y2 = nn.Conv2d(128, 128, 3, padding: 1);
    private readonly Conv2d _shortcut = nn.Conv2d(64, 128, 1, stride: 2);

    public HandWrittenResidualBlock()
        : base(nameof(HandWrittenResidualBlock))
    {
        register_module("y1", _y1);
        register_module("y2", _y2);
        register_module("shortcut", _shortcut);
    }

    public override Tensor forward(Tensor x) =>
        nn.functional.max_pool2d(_y2.forward(_y1.forward(x).relu()).relu(), 2, 2) + _shortcut.forward(x);
}
