using System;
using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// What training minimizes and reports for one compiled model: the weighted sum of the per-output losses, plus the
/// per-output losses and metrics under their Keras log names. Single-output models log <c>loss</c>, <c>acc</c>…;
/// models with several trained outputs log <c>loss</c> (the total), <c>&lt;output&gt;_loss</c>, <c>&lt;output&gt;_acc</c>….
/// Every logged value is kept as running sums over the epoch (<see cref="Compute"/> returns one batch's sums,
/// <see cref="Summarize"/> turns an epoch's sums into values), so stateful metrics such as precision and AUC are computed
/// over the whole epoch as Keras does, not averaged over batches.
/// </summary>
internal sealed class TrainingObjective
{
    private readonly OutputHead[] _heads;
    private readonly int _lossCount;

    private TrainingObjective(OutputHead[] heads, string[] logNames, int lossCount, int outputCount)
    {
        _heads = heads;
        LogNames = logNames;
        _lossCount = lossCount;
        OutputCount = outputCount;
        var count = lossCount;
        foreach (var head in heads)
        {
            foreach (var metric in head.Metrics)
            {
                count += metric.Width;
            }
        }

        StatisticCount = count;
    }

    /// <summary>The canonical names of the logged values, in order: losses, then metrics.</summary>
    public IReadOnlyList<string> LogNames { get; }

    /// <summary>Length of the vector of running sums <see cref="Compute"/> returns.</summary>
    public int StatisticCount { get; }

    /// <summary>Number of targets the model takes (one per output with a loss).</summary>
    public int TargetCount => _heads.Length;

    /// <summary>Number of outputs the model produces.</summary>
    public int OutputCount { get; }

    /// <summary>The weight of each trained output's loss in the total loss, in target order.</summary>
    public IReadOnlyList<double> LossWeights => Array.ConvertAll(_heads, head => head.Weight);

    /// <summary>The single trained output's position among the outputs, or <see langword="null"/> when several are trained.</summary>
    public int? SingleTrainedOutput => _heads.Length == 1 ? _heads[0].OutputIndex : null;

    /// <summary>Builds the objective of <paramref name="signature"/>.</summary>
    /// <param name="signature">The model's inputs and outputs.</param>
    /// <param name="lossWeights">One weight per output with a loss, or <see langword="null"/> for the declared defaults.</param>
    /// <exception cref="ArgumentException">The weights do not match the trained outputs, or one is negative or not finite.</exception>
    /// <exception cref="InvalidOperationException">No output has a loss, an output without a loss lists metrics, or two values share a log name.</exception>
    public static TrainingObjective Create(ModelSignature signature, IReadOnlyList<double>? lossWeights)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var trained = new List<int>();
        for (var i = 0; i < signature.Outputs.Count; i++)
        {
            var output = signature.Outputs[i];
            if (output.HasLoss)
            {
                trained.Add(i);
            }
            else if (output.Metrics.Count > 0 || output.CustomMetrics is { Count: > 0 })
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
            var metrics = new List<EpochStatistic>();
            foreach (var metric in spec.Metrics)
            {
                metrics.Add(Statistic(metric, prefix + LogKeys.For(metric), spec));
            }

            foreach (var custom in spec.CustomMetrics ?? [])
            {
                ArgumentNullException.ThrowIfNull(custom);
                metrics.Add(new MeanStatistic(prefix + custom.Name, (output, fused, target) => custom.Compute(FusedActivation.Apply(output, fused), target)));
            }

            heads[t] = new OutputHead(spec, trained[t], t, weight, single ? LogKeys.Loss : prefix + LogKeys.Loss, metrics);
            if (!single)
            {
                lossNames.Add(heads[t].LossKey);
            }

            foreach (var metric in metrics)
            {
                metricNames.Add(metric.Name);
            }
        }

        var lossCount = lossNames.Count;
        lossNames.AddRange(metricNames);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in lossNames)
        {
            if (LogKeys.IsAlias(name))
            {
                throw new InvalidOperationException(
                    $"A custom metric is named '{name}', which logs read as Keras' alias of '{LogKeys.Normalize(name)}'. Give it another name.");
            }

            if (!seen.Add(name) || (LogKeys.AliasOf(name) is { } alias && !seen.Add(alias)))
            {
                throw new InvalidOperationException($"Two logged values are named '{name}': give custom metrics distinct names that differ from the built-in ones.");
            }
        }

        return new TrainingObjective(heads, [.. lossNames], lossCount, signature.Outputs.Count);
    }

    /// <summary>
    /// Computes the total loss of one batch (attached to the autograd graph) and the detached float64 vector of
    /// <see cref="StatisticCount"/> running sums it contributes. Run it inside a dispose scope.
    /// </summary>
    /// <param name="outputs">The outputs as training sees them (logits where the activation is fused).</param>
    /// <param name="targets">The targets, one per trained output.</param>
    /// <param name="sampleWeights">Per-sample weights of the loss, shape <c>(N)</c>, or <see langword="null"/>.</param>
    /// <param name="samples">The batch's sample count.</param>
    public (Tensor Total, Tensor Statistics) Compute(IReadOnlyList<Tensor> outputs, IReadOnlyList<Tensor> targets, Tensor? sampleWeights, long samples)
    {
        var outputLosses = new List<Tensor>(_heads.Length);
        Tensor? total = null;
        foreach (var head in _heads)
        {
            var loss = head.Loss(outputs[head.OutputIndex], targets[head.TargetIndex], sampleWeights);
            var weighted = head.Weight == 1.0 ? loss : loss * head.Weight;
            total = total is null ? weighted : total + weighted;
            if (_heads.Length > 1)
            {
                outputLosses.Add(Sum(loss, samples));
            }
        }

        var pieces = new List<Tensor>(LogNames.Count) { Sum(total!, samples) };
        pieces.AddRange(outputLosses);
        using (torch.no_grad())
        {
            foreach (var head in _heads)
            {
                var output = outputs[head.OutputIndex];
                var target = targets[head.TargetIndex];
                foreach (var metric in head.Metrics)
                {
                    pieces.Add(metric.Batch(output, head.Spec.FusedActivation, target, samples));
                }
            }

            return (total!, cat(pieces, 0));
        }
    }

    /// <summary>
    /// Writes the values of an epoch (or of the batches so far) into <paramref name="logs"/>, each name with
    /// <paramref name="prefix"/>; accuracies also under Keras' <c>accuracy</c> spelling (<see cref="LogKeys.AliasOf"/>).
    /// </summary>
    /// <param name="sums">The running sums, <see cref="StatisticCount"/> values.</param>
    /// <param name="samples">The samples they cover.</param>
    /// <param name="logs">Where to write.</param>
    /// <param name="prefix">Prepended to every name: empty or <c>val_</c>.</param>
    public void Summarize(ReadOnlySpan<double> sums, long samples, IDictionary<string, double> logs, string prefix)
    {
        var offset = 0;
        var name = 0;
        for (; name < _lossCount; name++)
        {
            Write(logs, prefix + LogNames[name], sums[offset++] / samples);
        }

        foreach (var head in _heads)
        {
            foreach (var metric in head.Metrics)
            {
                Write(logs, prefix + LogNames[name++], metric.Result(sums.Slice(offset, metric.Width), samples));
                offset += metric.Width;
            }
        }
    }

    private static void Write(IDictionary<string, double> logs, string key, double value)
    {
        logs[key] = value;
        if (LogKeys.AliasOf(key) is { } alias)
        {
            logs[alias] = value;
        }
    }

    private static Tensor Sum(Tensor batchMean, long samples) => (batchMean.detach().to_type(ScalarType.Float64) * samples).reshape(1);

    private static EpochStatistic Statistic(Metric metric, string key, OutputSpec spec) => metric switch
    {
        Metric.Precision => new ConfusionStatistic(key, recall: false, spec.Loss, spec.Name),
        Metric.Recall => new ConfusionStatistic(key, recall: true, spec.Loss, spec.Name),
        Metric.Auc => new AucStatistic(key, spec.Loss, spec.Name),
        _ => new MeanStatistic(key, (output, fused, target) => MetricFunctions.Compute(metric, spec.Loss, fused, output, target, spec.Name)),
    };
}
