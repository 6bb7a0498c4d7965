using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Training;

/// <summary>The per-sample losses behind sample weights average to exactly the batch losses training uses without weights.</summary>
public sealed class SampleLossesTests
{
    public static TheoryData<Loss, Activation, bool> Cases => new()
    {
        { Loss.MeanSquaredError, Activation.None, false },
        { Loss.MeanAbsoluteError, Activation.None, false },
        { Loss.Huber, Activation.None, false },
        { Loss.BinaryCrossentropy, Activation.Sigmoid, false },
        { Loss.BinaryCrossentropy, Activation.None, false },
        { Loss.CategoricalCrossentropy, Activation.Softmax, false },
        { Loss.CategoricalCrossentropy, Activation.None, false },
        { Loss.SparseCategoricalCrossentropy, Activation.Softmax, true },
        { Loss.SparseCategoricalCrossentropy, Activation.None, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_mean_of_the_per_sample_losses_is_the_batch_loss(Loss loss, Activation fused, bool sparse)
    {
        using var scope = NewDisposeScope();
        using var generator = new TorchSharp.torch.Generator(11);
        foreach (long[] shape in new[] { new long[] { 5, 3 }, new long[] { 5, 4, 3 } })
        {
            var raw = randn(shape, generator: generator);
            // Unfused probability losses read probabilities, as the declared activation produces them.
            var output = fused != Activation.None ? raw
                : loss is Loss.BinaryCrossentropy ? raw.sigmoid()
                : loss is Loss.CategoricalCrossentropy or Loss.SparseCategoricalCrossentropy ? raw.softmax(-1)
                : raw;
            var target = sparse
                ? randint(0, 3, shape[..^1], dtype: ScalarType.Int64, generator: generator)
                : loss is Loss.CategoricalCrossentropy ? rand(shape, generator: generator).softmax(-1) : rand(shape, generator: generator);

            var batch = LossFunctions.Compute(loss, fused, output, target, "out").item<float>();
            var perSample = SampleLosses.Compute(loss, fused, output, target, "out");

            Assert.Equal([shape[0]], perSample.shape);
            Assert.Equal(batch, perSample.mean().item<float>(), 5);
        }
    }
}
