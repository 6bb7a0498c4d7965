using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph.Callbacks;

/// <summary>
/// Recomputes the running statistics of a model's batch normalizations with one pass over data, as PyTorch's
/// <c>torch.optim.swa_utils.update_bn</c> does after weight averaging (the averaged weights never produced the running
/// statistics the model holds): each normalization that trains is reset (mean 0, variance 1) and then takes the
/// equal-weight average of its per-batch statistics (momentum 1/(k+1) for the k-th batch, PyTorch's cumulative
/// average). Frozen normalizations, which stay in inference mode, keep their statistics.
/// </summary>
internal static class BatchNormStatistics
{
    /// <summary>Runs <paramref name="model"/> in training mode without gradients over <paramref name="data"/>, updating the statistics.</summary>
    /// <returns>The number of batch normalizations recomputed.</returns>
    public static int Recompute(IPositionalModel model, BatchSource data)
    {
        var module = model.AsModule;
        var wasTraining = module.training;
        module.train();
        try
        {
            var norms = new List<nn.Module>();
            foreach (var candidate in module.modules())
            {
                if (candidate.training && candidate is TorchSharp.Modules.BatchNorm or Layers.BatchNorm)
                {
                    norms.Add(candidate);
                }
            }

            if (norms.Count == 0)
            {
                return 0;
            }

            var momenta = new double?[norms.Count];
            using (no_grad())
            {
                for (var n = 0; n < norms.Count; n++)
                {
                    momenta[n] = Momentum(norms[n]);
                    foreach (var (name, buffer) in norms[n].named_buffers(recurse: false))
                    {
                        _ = name switch
                        {
                            "running_mean" or "num_batches_tracked" => buffer.zero_(),
                            "running_var" => buffer.fill_(1),
                            _ => buffer,
                        };
                    }
                }

                try
                {
                    // The trainer's batch loop (dispose scope per batch, inputs on the model's device), in training mode.
                    new Trainer(module, model.Forward).Forward(data, k =>
                    {
                        foreach (var norm in norms)
                        {
                            SetMomentum(norm, 1.0 / (k + 1));
                        }
                    });
                }
                finally
                {
                    for (var n = 0; n < norms.Count; n++)
                    {
                        SetMomentum(norms[n], momenta[n]);
                    }
                }
            }

            return norms.Count;
        }
        finally
        {
            module.train(wasTraining);
        }
    }

    private static double? Momentum(nn.Module norm) => norm switch
    {
        Layers.BatchNorm ours => ours.Momentum,
        TorchSharp.Modules.BatchNorm theirs => theirs.momentum,
        _ => null,
    };

    private static void SetMomentum(nn.Module norm, double? momentum)
    {
        switch (norm)
        {
            case Layers.BatchNorm ours:
                ours.Momentum = momentum ?? ours.Momentum;
                break;
            case TorchSharp.Modules.BatchNorm theirs:
                theirs.momentum = momentum;
                break;
        }
    }
}
