using System.Linq;
using TorchSharp;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Training;

public sealed class FreezingTests
{
    [Fact]
    public void A_frozen_node_keeps_its_weights_and_counts_as_non_trainable_until_unfrozen()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(32);
        model.Compile(Optimizers.Adam(learningRate: 1e-2));
        model.Fit(x, y, epochs: 1, batchSize: 8, verbose: 0); // the optimizer has moments for every weight now
        var total = model.ParameterCount;

        model.SetTrainable("Hidden1", false);
        var frozenBefore = Snapshot(model, 1);
        var otherBefore = Snapshot(model, 2);
        model.Fit(x, y, epochs: 1, batchSize: 8, verbose: 0);

        Assert.False(model.Nodes[1].Trainable);
        Assert.Equal((64 * 32) + 32, model.NonTrainableParameterCount);
        Assert.Equal(total, model.ParameterCount);
        Assert.True(Same(frozenBefore, Snapshot(model, 1)), "the frozen weights moved (Adam momentum must not move them)");
        Assert.False(Same(otherBefore, Snapshot(model, 2)), "the other weights did not train");

        model.SetTrainable("Hidden1", true);
        model.Fit(x, y, epochs: 1, batchSize: 8, verbose: 0);

        Assert.Equal(0, model.NonTrainableParameterCount);
        Assert.False(Same(frozenBefore, Snapshot(model, 1)), "the unfrozen weights did not train");
    }

    [Fact]
    public void A_frozen_batch_normalization_runs_in_inference_mode_while_the_model_trains()
    {
        var (x, y) = ToyData.TwoHeads(16);
        using var frozen = new SingleDense(4, 1, Loss.MeanSquaredError, batchNorm: true);
        using var trained = new SingleDense(4, 1, Loss.MeanSquaredError, batchNorm: true);
        frozen.SetTrainable("Norm", false);

        frozen.Fit(new SingleDense.Inputs(x.Features), new SingleDense.Targets(y.Age), verbose: 0);
        trained.Fit(new SingleDense.Inputs(x.Features), new SingleDense.Targets(y.Age), verbose: 0);

        Assert.True(frozen.Norm.running_mean!.equal(zeros(4)).all().item<bool>(), "the frozen statistics moved");
        Assert.True(frozen.Norm.weight!.equal(ones(4)).all().item<bool>(), "the frozen scale moved");
        Assert.False(trained.Norm.running_mean!.equal(zeros(4)).all().item<bool>());
        frozen.train();
        Assert.False(frozen.Norm.training);
        Assert.True(frozen.Layer.training);
        Assert.Throws<System.ArgumentException>(() => frozen.SetTrainable("Missing", false));
    }

    private static Tensor[] Snapshot(Mlp model, int node) => model.Nodes[node].Module!.parameters().Select(p => p.detach().clone()).ToArray();

    private static bool Same(Tensor[] a, Tensor[] b) => a.Zip(b).All(pair => pair.First.equal(pair.Second).all().item<bool>());
}
