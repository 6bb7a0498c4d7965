using System.IO;
using TypedGraph.Callbacks;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Callbacks;

public sealed class WeightsSnapshotTests
{
    private static void Fill(nn.Module module, double value)
    {
        using var noGrad = no_grad();
        foreach (var (_, tensor) in module.state_dict())
        {
            if (tensor.is_floating_point())
            {
                tensor.fill_(value);
            }
        }
    }

    [Fact]
    public void A_state_snapshot_saves_the_bytes_of_module_save_and_captures_and_restores_in_place()
    {
        using var model = new NormNet(); // parameters and batch-norm buffers (running statistics, num_batches_tracked)
        var taken = WeightsProbe.Saved(model);
        var snapshot = WeightsSnapshot.OfState(model);
        try
        {
            Assert.Equal(taken, WeightsProbe.Written(snapshot.Save));

            Fill(model, 0.25);
            var captured = WeightsProbe.Saved(model);
            Assert.NotEqual(taken, captured);
            var before = WeightsProbe.TensorsCreated();
            snapshot.Capture();
            Assert.Equal(before, WeightsProbe.TensorsCreated()); // copies into the tensors allocated once
            Assert.Equal(captured, WeightsProbe.Written(snapshot.Save));

            Fill(model, -3);
            snapshot.Restore();
            Assert.Equal(captured, WeightsProbe.Saved(model));

            using var reloaded = new NormNet();
            using (var reader = new BinaryReader(new MemoryStream(WeightsProbe.Written(snapshot.Save))))
            {
                reloaded.load(reader);
            }

            Assert.Equal(captured, WeightsProbe.Saved(reloaded));
        }
        finally
        {
            snapshot.Release();
        }
    }

    [Fact]
    public void A_parameter_average_moves_in_place_by_hand_computed_steps_and_leaves_buffers_out()
    {
        using var model = new SingleDense(1, 1, Loss.MeanSquaredError);
        var average = new ParameterAverage();
        try
        {
            model.SetWeights([0], [0]);
            average.Include(model, 0.5); // the first call copies: avg = (0, 0)
            model.SetWeights([1], [2]);
            var before = WeightsProbe.TensorsCreated();
            average.Include(model, 0.5); // avg = 0.5 · (0, 0) + 0.5 · (1, 2) = (0.5, 1)
            Assert.Equal(before, WeightsProbe.TensorsCreated()); // no tensor per step
            model.SetWeights([4], [-1]);
            before = WeightsProbe.TensorsCreated();
            average.Include(model, 0.25); // avg = 0.75 · (0.5, 1) + 0.25 · (4, −1) = (1.375, 0.5)
            Assert.Equal(before, WeightsProbe.TensorsCreated());
            Assert.Equal(3, average.Count);

            average.CopyInto();
            Assert.Equal(1.375f, model.Layer.weight!.item<float>());
            Assert.Equal(0.5f, model.Layer.bias!.item<float>());
        }
        finally
        {
            average.Release();
        }

        using var norm = new NormNet();
        var parameters = WeightsSnapshot.OfParameters(norm);
        try
        {
            Fill(norm, 7);
            parameters.Restore();
            var state = norm.state_dict();
            Assert.Equal(7f, state["norm.running_mean"][0].item<float>()); // buffers are not part of a parameter snapshot
            Assert.NotEqual(7f, state["dense.weight"][0, 0].item<float>());
        }
        finally
        {
            parameters.Release();
        }
    }
}
