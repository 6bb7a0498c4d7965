using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>The sample Inception module (samples/…/InceptionModule.cs) in plain TorchSharp: the reference for the generated module.</summary>
public sealed class HandWrittenInceptionModule : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d _branchA = nn.Conv2d(256, 128, 1, stride: 2);
    private readonly Conv2d _branchB1 = nn.Conv2d(256, 128, 1);
    private readonly Conv2d _branchB = nn.Conv2d(128, 128, 3, stride: 2);
    private readonly Conv2d _branchC = nn.Conv2d(256, 128, 3, padding: 1);
    private readonly Conv2d _branchD1 = nn.Conv2d(256, 128, 1);
    private readonly Conv2d _branchD2 = nn.Conv2d(128, 128, 3, padding: 1);
    private readonly Conv2d _branchD = nn.Conv2d(128, 128, 3, stride: 2);

    public HandWrittenInceptionModule()
        : base(nameof(HandWrittenInceptionModule))
    {
        register_module("branch_a", _branchA);
        register_module("branch_b1", _branchB1);
        register_module("branch_b", _branchB);
        register_module("branch_c", _branchC);
        register_module("branch_d1", _branchD1);
        register_module("branch_d2", _branchD2);
        register_module("branch_d", _branchD);
    }

    public override Tensor forward(Tensor image)
    {
        var a = _branchA.forward(image).relu();
        var b = _branchB.forward(KerasSame.Pad(_branchB1.forward(image).relu(), 3, 2)).relu();
        var c = _branchC.forward(KerasSame.AvgPool(image, 3, 2)).relu();
        var d = _branchD.forward(KerasSame.Pad(_branchD2.forward(_branchD1.forward(image).relu()).relu(), 3, 2)).relu();
        return cat([a, b, c, d], 1);
    }
}
