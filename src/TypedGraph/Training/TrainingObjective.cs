using System;
using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// What training minimizes and reports for one compiled model: the weighted sum of the per-output losses, plus the
/// per-output losses and metrics under their Keras log names. Single-output models log <c>loss</c>, <c>acc</c>…;
/// models with several trained outputs log <c>loss</c> (the total), <c>&lt;output&gt;_loss</c>, <c>&lt;output&gt;_acc</c>….
/// </summary>
internal sealed class TrainingObjective
{
    private readonly OutputHead[] _heads;

    private TrainingObjective(OutputHead[] heads, string[] logNames, int outputCount)
    {
        _heads = heads;
        LogNames = logNames;
        OutputCount = outputCount;
    }

    /// <summary>Names of the values in <see cref="Compute"/>'s statistics vector, in order.</summary>
    public IReadOnlyList<string> LogNames { get; }

    /// <summary>Number of targets the model takes (one per output with a loss).</summary>
    public int TargetCount => _heads.Length;

    /// <summary>Number of outputs the model produces.</summary>
    public int OutputCount { get; }

    /// <summary>Builds the objective of <paramref name="signature"/>.</summary>
    /// <param name="signature">The model's inputs and outputs.</param>
    /// <param name="lossWeights">One weight per output with a loss, or <see langword="null"/> for the declared defaults.</param>
    /// <exception cref="ArgumentException">The weights do not match the trained outputs, or one is negative or not finite.</exception>
    /// <exception cref="InvalidOperationException">No output has a loss, or an output without a loss lists metrics.</exception>
    public static TrainingObjective Create(ModelSignature signature, IReadOnlyList<double>? lossWeights)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var trained = new List<int>();
        for (var i = 0; i < signature.Outputs.Count; i++)
        {
            var output = signature.Outputs[i];
            if (output.Loss != TypedGraph.Loss.None)
            {
                trained.Add(i);
            }
            else if (output.Metrics.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Output '{output.Name}' lists metrics but has no loss, so it has no target to compute them against. Give it a Loss or remove its metrics.");
            }
        }

        if (trained.Count == 0)
        {
            throw new InvalidOperationException("The model cannot be trained: none of its outputs has a Loss. Declare one with [Output(Loss.…)].");
        }

        if (lossWeights is not null && lossWeights.Count != trained.Count)
        {
            throw new ArgumentException(
                $"Expected {trained.Count} loss weight(s), one per output with a loss, but got {lossWeights.Count}.", nameof(lossWeights));
        }

        var single = trained.Count == 1;
        var heads = new OutputHead[trained.Count];
        var lossNames = new List<string> { LogKeys.Loss };
        var metricNames = new List<string>();
        for (var t = 0; t < heads.Length; t++)
        {
            var spec = signature.Outputs[trained[t]];
            var weight = lossWeights?[t] ?? spec.LossWeight;
            if (!double.IsFinite(weight) || weight < 0)
            {
                throw new ArgumentException($"The loss weight of output '{spec.Name}' must be finite and at least 0, but is {weight}.", nameof(lossWeights));
            }

            var prefix = single ? string.Empty : spec.LogName + "_";
            var metricKeys = new string[spec.Metrics.Count];
            for (var m = 0; m < metricKeys.Length; m++)
            {
                metricKeys[m] = prefix + LogKeys.For(spec.Metrics[m]);
            }

            heads[t] = new OutputHead(spec, trained[t], t, weight, single ? LogKeys.Loss : prefix + LogKeys.Loss, metricKeys);
            if (!single)
            {
                lossNames.Add(heads[t].LossKey);
            }

            metricNames.AddRange(metricKeys);
        }

        lossNames.AddRange(metricNames);
        return new TrainingObjective(heads, [.. lossNames], signature.Outputs.Count);
    }

    /// <summary>
    /// Computes the total loss of one batch (attached to the autograd graph) and a detached float64 vector of every
    /// logged value, aligned with <see cref="LogNames"/>. Run it inside a dispose scope.
    /// </summary>
    public (Tensor Total, Tensor Statistics) Compute(IReadOnlyList<Tensor> outputs, IReadOnlyList<Tensor> targets)
    {
        var values = new Tensor[LogNames.Count];
        var next = 1;
        Tensor? total = null;
        foreach (var head in _heads)
        {
            var loss = head.Loss(outputs[head.OutputIndex], targets[head.TargetIndex]);
            var weighted = head.Weight == 1.0 ? loss : loss * head.Weight;
            total = total is null ? weighted : total + weighted;
            if (_heads.Length > 1)
            {
                values[next++] = loss.detach();
            }
        }

        values[0] = total!.detach();
        using (torch.no_grad())
        {
            foreach (var head in _heads)
            {
                for (var m = 0; m < head.MetricKeys.Count; m++)
                {
                    values[next++] = head.Metric(m, outputs[head.OutputIndex], targets[head.TargetIndex]);
                }
            }

            // One cast of the stacked vector; values of another dtype than the loss (rare) are aligned first.
            var dtype = values[0].dtype;
            for (var i = 1; i < values.Length; i++)
            {
                if (values[i].dtype != dtype)
                {
                    values[i] = values[i].to_type(dtype);
                }
            }

            return (total, torch.stack(values).to_type(ScalarType.Float64));
        }
    }
}
