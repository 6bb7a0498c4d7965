using System.Linq;
using TypedGraph.EndToEnd.Tests.Models;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests;

/// <summary>Symbolic dimensions, several inputs and outputs, and fused heads through the real generator.</summary>
public sealed class TaggerTests
{
    [Fact]
    public void Symbolic_shapes_flow_into_nodes_and_tensors()
    {
        using var scope = NewDisposeScope();
        using var model = new Tagger();
        model.eval();

        var outputs = model.forward(randn(3, 7, 6), ones(3, 7, 2));

        Assert.Equal("(N, T, 1)", model.Active.OutputShape.ToString());
        Assert.Equal("(N, T*2)", model.FlatMask.OutputShape.ToString());
        Assert.Equal([3L, 7L, 1L], outputs.Active.shape);
        Assert.Equal([3L, 14L], outputs.Gate.shape);
        Assert.True(outputs.Active.ge(0).all().item<bool>() && outputs.Active.le(1).all().item<bool>(), "forward applies the sigmoid");
    }

    [Fact]
    public void Inputs_disagreeing_on_a_shared_symbol_are_rejected()
    {
        using var model = new Tagger();

        var error = Assert.Throws<ShapeMismatchException>(() => model.forward(randn(3, 7, 6), ones(3, 9, 2)));

        Assert.Contains("'T'", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_with_different_batch_sizes_are_rejected()
    {
        using var model = new Tagger();

        Assert.Throws<ShapeMismatchException>(() => model.forward(randn(3, 7, 6), ones(4, 7, 2)));
    }

    [Fact]
    public void Signature_records_losses_weights_and_fused_heads()
    {
        using var model = new Tagger();

        var active = model.Signature.Outputs.Single(o => o.Name == "Active");
        var gate = model.Signature.Outputs.Single(o => o.Name == "Gate");

        Assert.Equal((Loss.BinaryCrossentropy, 2.0, Activation.Sigmoid, "active"), (active.Loss, active.LossWeight, active.FusedActivation, active.LogName));
        Assert.Equal((Loss.None, Activation.None), (gate.Loss, gate.FusedActivation));
        Assert.Equal(2.0, new Tagger.LossWeights().Active);
        Assert.Single(new Tagger.Targets(zeros(1)).ToTensors());
    }
}
