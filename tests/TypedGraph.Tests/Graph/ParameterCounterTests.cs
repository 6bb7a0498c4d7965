using TorchSharp;
using Xunit;

namespace TypedGraph.Tests.Graph;

public sealed class ParameterCounterTests
{
    [Fact]
    public void Linear_counts_weights_and_bias_as_trainable()
    {
        using var dense = torch.nn.Linear(64, 32);

        var (trainable, nonTrainable) = ParameterCounter.Count(dense);

        Assert.Equal(64 * 32 + 32, trainable); // 2,080
        Assert.Equal(0, nonTrainable);
    }

    [Fact]
    public void BatchNorm_counts_running_statistics_as_non_trainable_and_skips_num_batches_tracked()
    {
        using var norm = torch.nn.BatchNorm1d(10);

        var (trainable, nonTrainable) = ParameterCounter.Count(norm);

        Assert.Equal(20, trainable);    // gamma + beta
        Assert.Equal(20, nonTrainable); // running_mean + running_var, not num_batches_tracked
    }

    [Fact]
    public void Frozen_parameters_are_non_trainable()
    {
        using var dense = torch.nn.Linear(3, 2);
        dense.weight!.requires_grad = false;

        var (trainable, nonTrainable) = ParameterCounter.Count(dense);

        Assert.Equal(2, trainable);
        Assert.Equal(6, nonTrainable);
    }

    [Fact]
    public void Nested_modules_are_counted_recursively()
    {
        using var block = torch.nn.Sequential(("dense", torch.nn.Linear(4, 3)), ("norm", torch.nn.BatchNorm1d(3)));

        var (trainable, nonTrainable) = ParameterCounter.Count(block);

        Assert.Equal(15 + 6, trainable);
        Assert.Equal(6, nonTrainable);
    }

    [Fact]
    public void Node_without_module_has_no_parameters_and_node_with_module_reports_its_counts()
    {
        var input = new Node("Features", "InputLayer", new Shape(Dim.Batch, Dim.Fixed(10)), [], null);
        using var norm = torch.nn.BatchNorm1d(10);
        var node = new Node("Norm", "BatchNormalization", new Shape(Dim.Batch, Dim.Fixed(10)), [input], norm, summaryName: "bn");

        Assert.Equal(0, input.ParameterCount);
        Assert.Equal(40, node.ParameterCount);
        Assert.Equal(20, node.TrainableParameterCount);
        Assert.Equal(20, node.NonTrainableParameterCount);
        Assert.Equal("bn", node.SummaryName);
        Assert.Equal("Features", input.SummaryName);
    }

    [Fact]
    public void Model_counts_shared_modules_once()
    {
        using var model = new Models.Mlp();

        Assert.Equal(3_466, model.ParameterCount);
        Assert.Equal(3_466, model.TrainableParameterCount);
        Assert.Equal(0, model.NonTrainableParameterCount);
    }
}
