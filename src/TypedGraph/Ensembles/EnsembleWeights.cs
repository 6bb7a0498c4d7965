using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// Fits an ensemble's weights on validation data: <c>w* = argmin over the simplex of L(Σᵢ wᵢ · pᵢ(x), y)</c>, where
/// <c>pᵢ(x)</c> are member i's activated outputs and <c>L</c> is the ensemble's compiled loss (the first member's losses
/// and loss weights, on the averaged outputs). The members run once over the data; the weights are then fitted in
/// float64 by <see cref="SimplexFit"/> with gradients from autograd.
/// </summary>
internal static class EnsembleWeights
{
    /// <summary>Fits the weights of <paramref name="ensemble"/>'s members on <paramref name="x"/>/<paramref name="y"/> (positional tensors).</summary>
    public static (double[] Weights, int Iterations) Learn<TInputs, TOutputs, TTargets>(
        ModelEnsemble<TInputs, TOutputs, TTargets> ensemble,
        IPositionalModel[] members,
        IReadOnlyList<Tensor> x,
        IReadOnlyList<Tensor> y,
        int batchSize)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets>
    {
        var objective = ensemble.Objective();
        var signature = members[0].Signature;
        using var samples = SampleSet.Create(x, y, signature.InputNames(), signature.TargetNames(), nameof(x), nameof(y));
        var outputCount = signature.Outputs.Count;

        // Every member's outputs over the whole data, member-major: predictions[i * outputCount + o].
        var predictions = ModelEnsemble<TInputs, TOutputs, TTargets>.InEval(members, () => ensemble.Loops().Predict(
            inputs =>
            {
                var all = new List<Tensor>(members.Length * outputCount);
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

            return SimplexFit.Minimize(members.Length, w => ValueAndGradient(objective, predictions, targets, outputCount, samples.Count, w));
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

    private static (double Value, double[] Gradient) ValueAndGradient(
        TrainingObjective objective, Tensor[] predictions, Tensor[] targets, int outputCount, long samples, double[] weights)
    {
        using var scope = NewDisposeScope();
        var w = tensor(weights, ScalarType.Float64, predictions[0].device).requires_grad_(true);
        var combined = new Tensor[outputCount];
        for (var i = 0; i < weights.Length; i++)
        {
            for (var o = 0; o < outputCount; o++)
            {
                var term = predictions[(i * outputCount) + o] * w[i];
                combined[o] = combined[o] is null ? term : combined[o] + term;
            }
        }

        var (total, _) = objective.Compute(combined, targets, null, samples);
        var value = total.item<double>();
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException(
                $"The ensemble's loss on the validation data is {value} at weights ({string.Join(", ", weights)}), so no weights can be fitted; check the members' outputs and the targets for NaN or infinite values.");
        }

        total.backward();
        return (value, w.grad!.cpu().data<double>().ToArray());
    }
}
