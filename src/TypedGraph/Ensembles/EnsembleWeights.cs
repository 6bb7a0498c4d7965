using System;
using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// Fits an ensemble's weights on validation data: <c>w* = argmin over the simplex of L(Σᵢ wᵢ · pᵢ(x), y)</c>, where
/// <c>pᵢ(x)</c> are member i's activated outputs and <c>L</c> is the ensemble's compiled loss (the first member's losses
/// and loss weights, on the averaged outputs). The members run once over the data; the weights are then fitted in
/// float64 by <see cref="SimplexFit"/> with gradients and Hessians from autograd.
/// </summary>
internal static class EnsembleWeights
{
    /// <summary>Fits the weights of <paramref name="ensemble"/>'s members on <paramref name="x"/>/<paramref name="y"/> (positional tensors).</summary>
    public static (double[] Weights, int Iterations) Learn<TInputs, TOutputs, TTargets>(
        ModelEnsemble<TInputs, TOutputs, TTargets> ensemble,
        IReadOnlyList<Tensor> x,
        IReadOnlyList<Tensor> y,
        int batchSize)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets>
    {
        var objective = ensemble.Objective();
        var members = ensemble.PositionalMembers;
        var signature = members[0].Signature;
        using var samples = SampleSet.Create(x, y, signature.InputNames(), signature.TargetNames(), nameof(x), nameof(y));
        var outputCount = signature.Outputs.Count;

        // Every member's outputs over the whole data, member-major: predictions[i * outputCount + o].
        var predictions = ensemble.InEval(() => ensemble.Loops().Predict(
            inputs =>
            {
                var all = new List<Tensor>(members.Count * outputCount);
                foreach (var member in members)
                {
                    all.AddRange(member.Forward(inputs));
                }

                return all;
            },
            samples,
            batchSize));
        var device = predictions[0].device;
        var targets = new Tensor[samples.Targets.Count];
        try
        {
            for (var i = 0; i < predictions.Length; i++)
            {
                var widened = predictions[i].to_type(ScalarType.Float64);
                predictions[i].Dispose();
                predictions[i] = widened;
            }

            for (var t = 0; t < targets.Length; t++)
            {
                targets[t] = samples.Targets[t].to(device);
            }

            // The compiled loss of the averaged outputs Σᵢ wᵢ · predictionsᵢ, for weights w.
            Tensor Loss(Tensor w)
            {
                var combined = new Tensor[outputCount];
                for (var i = 0; i < members.Count; i++)
                {
                    for (var o = 0; o < outputCount; o++)
                    {
                        var term = predictions[(i * outputCount) + o] * w[i];
                        combined[o] = combined[o] is null ? term : combined[o] + term;
                    }
                }

                return objective.Compute(combined, targets, null, samples.Count).Total;
            }

            return SimplexFit.Minimize(members.Count, w => Derivatives(Loss, device, w), w => Value(Loss, device, w));
        }
        finally
        {
            foreach (var tensor in predictions)
            {
                tensor.Dispose();
            }

            foreach (var tensor in targets)
            {
                tensor?.Dispose();
            }
        }
    }

    /// <summary>The loss at <paramref name="weights"/>, with its gradient and Hessian by autograd.</summary>
    private static (double Value, double[] Gradient, double[,] Hessian) Derivatives(Func<Tensor, Tensor> loss, Device device, double[] weights)
    {
        using var scope = NewDisposeScope();
        var w = tensor(weights, ScalarType.Float64, device).requires_grad_(true);
        var total = loss(w);
        var value = Finite(total.item<double>(), weights);
        var gradient = torch.autograd.grad([total], [w], retain_graph: true, create_graph: true)[0];
        var count = weights.Length;
        var hessian = new double[count, count];
        for (var i = 0; i < count; i++)
        {
            if (!gradient.requires_grad)
            {
                break; // a loss linear in the weights (mean absolute error between kinks): H = 0
            }

            var row = torch.autograd.grad([gradient[i]], [w], retain_graph: true, allow_unused: true)[0];
            if (row is null || row.IsInvalid)
            {
                continue;
            }

            var values = row.cpu().data<double>().ToArray();
            for (var j = 0; j < count; j++)
            {
                hessian[i, j] = values[j];
            }
        }

        return (value, gradient.detach().cpu().data<double>().ToArray(), hessian);
    }

    /// <summary>The loss at <paramref name="weights"/>, without gradients; NaN counts as +∞ (a point the fit must avoid).</summary>
    private static double Value(Func<Tensor, Tensor> loss, Device device, double[] weights)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var value = loss(tensor(weights, ScalarType.Float64, device)).item<double>();
        return double.IsNaN(value) ? double.PositiveInfinity : value;
    }

    private static double Finite(double value, double[] weights) =>
        double.IsFinite(value)
            ? value
            : throw new InvalidOperationException(
                $"The ensemble's loss on the validation data is {value} at weights ({string.Join(", ", weights)}), so no weights can be fitted; check the members' outputs and the targets for NaN or infinite values.");
}
