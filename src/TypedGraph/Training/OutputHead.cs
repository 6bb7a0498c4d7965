using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>One trained output: where its prediction and target sit, its weighted loss and its metrics, with their log names.</summary>
internal sealed class OutputHead
{
    public OutputHead(OutputSpec spec, int outputIndex, int targetIndex, double weight, string lossKey, IReadOnlyList<EpochStatistic> metrics)
    {
        Spec = spec;
        OutputIndex = outputIndex;
        TargetIndex = targetIndex;
        Weight = weight;
        LossKey = lossKey;
        Metrics = metrics;
    }

    public OutputSpec Spec { get; }

    /// <summary>Position among the model's outputs.</summary>
    public int OutputIndex { get; }

    /// <summary>Position among the model's targets.</summary>
    public int TargetIndex { get; }

    /// <summary>Weight of this output's loss in the total loss.</summary>
    public double Weight { get; }

    /// <summary>Log name of this output's loss (<c>age_loss</c>; <c>loss</c> when it is the only trained output).</summary>
    public string LossKey { get; }

    /// <summary>The built-in metrics of <see cref="OutputSpec.Metrics"/>, then <see cref="OutputSpec.CustomMetrics"/>, with their log names.</summary>
    public IReadOnlyList<EpochStatistic> Metrics { get; }

    /// <summary>
    /// The batch loss, Keras' <c>sum_over_batch_size</c>: the mean over the batch, or with <paramref name="sampleWeights"/>
    /// (shape <c>(N)</c>) <c>sum(weightᵢ × lossᵢ) / N</c> — divided by the batch size, not by the sum of the weights.
    /// </summary>
    public Tensor Loss(Tensor output, Tensor target, Tensor? sampleWeights)
    {
        if (Spec.CustomLoss is { } custom)
        {
            var values = custom.Compute(FusedActivation.Apply(output, Spec.FusedActivation), target);
            if (values.Dimensions == 0)
            {
                return sampleWeights is null
                    ? values
                    : throw new InvalidOperationException(
                        $"The custom loss {custom.Name} of output '{Spec.Name}' returned a scalar, so sample or class weights cannot apply. Return one value per sample (shape (N)).");
            }

            var perSample = values.reshape(values.size(0), -1).mean([1]);
            return sampleWeights is null ? perSample.mean() : Weighted(perSample, sampleWeights);
        }

        return sampleWeights is null
            ? LossFunctions.Compute(Spec.Loss, Spec.FusedActivation, output, target, Spec.Name)
            : Weighted(SampleLosses.Compute(Spec.Loss, Spec.FusedActivation, output, target, Spec.Name), sampleWeights);
    }

    private static Tensor Weighted(Tensor perSample, Tensor sampleWeights) =>
        (perSample * sampleWeights.to_type(perSample.dtype)).sum() / perSample.size(0);
}
