using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>Builds the per-sample loss weights of a tensor <c>Fit</c> from Keras' <c>sample_weight</c> and <c>class_weight</c>.</summary>
internal static class SampleWeights
{
    /// <summary>
    /// The weights, shape <c>(N)</c> float32 on the targets' device, or <see langword="null"/> when neither argument is
    /// given. The caller owns the result (it is outside every dispose scope).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The weights do not fit the samples, a weight is negative, NaN or infinite (the message names the first such sample
    /// or class), or class weights are asked of a model with several trained outputs.
    /// </exception>
    public static Tensor? Create(TrainingObjective objective, SampleSet samples, IReadOnlyDictionary<int, double>? classWeight, Tensor? sampleWeight)
    {
        if (classWeight is null && sampleWeight is null)
        {
            return null;
        }

        using var scope = NewDisposeScope();
        var device = samples.Targets[0].device;
        var weights = sampleWeight is null ? ones(samples.Count, device: device) : FromSampleWeight(sampleWeight, samples.Count).to(device);
        if (classWeight is not null)
        {
            weights = weights * FromClassWeight(objective, samples, classWeight).to(device);
        }

        return weights.DetachFromDisposeScope();
    }

    private static Tensor FromSampleWeight(Tensor sampleWeight, long count)
    {
        var isVector = sampleWeight.Dimensions == 1 || (sampleWeight.Dimensions == 2 && sampleWeight.size(1) == 1);
        if (!isVector || sampleWeight.size(0) != count)
        {
            throw new ArgumentException(
                $"sampleWeight must hold one weight per sample, shape ({count}) or ({count}, 1), but has shape {Shape.Format(sampleWeight.shape)}.", nameof(sampleWeight));
        }

        var weights = sampleWeight.reshape(count);
        using (var values = weights.to_type(ScalarType.Float64).cpu())
        {
            var i = 0L;
            foreach (var weight in values.data<double>().ToArray())
            {
                RequireValidWeight(weight, $"The weight of sample {i}", nameof(sampleWeight));
                i++;
            }
        }

        return weights.to_type(ScalarType.Float32);
    }

    /// <summary>The one rule for a loss weight (a sample's or a class's): finite and at least 0, as Keras requires.</summary>
    private static void RequireValidWeight(double weight, string what, string parameterName)
    {
        if (!double.IsFinite(weight) || weight < 0)
        {
            throw new ArgumentException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{what} must be finite and at least 0, but is {weight}."), parameterName);
        }
    }

    /// <summary>Keras' <c>class_weight_to_sample_weights</c>: arg-max of a one-hot target, else its rounded value; missing classes weigh 1.</summary>
    private static Tensor FromClassWeight(TrainingObjective objective, SampleSet samples, IReadOnlyDictionary<int, double> classWeight)
    {
        if (objective.SingleTrainedOutput is null)
        {
            throw new ArgumentException("classWeight is only supported for models with a single trained output (as in Keras); pass sampleWeight instead.", nameof(classWeight));
        }

        foreach (var (label, weight) in classWeight)
        {
            RequireValidWeight(weight, $"The weight of class {label}", nameof(classWeight));
        }

        var target = samples.Targets[0];
        if (target.Dimensions > 2)
        {
            throw new ArgumentException(
                $"classWeight is not supported for targets of rank {target.Dimensions} (as in Keras): give one class per sample, shape (N), (N, 1) or one-hot (N, C).",
                nameof(classWeight));
        }

        var classes = target.Dimensions == 2 && target.size(1) != 1 ? target.argmax(1) : target.reshape(samples.Count);
        var labels = classes.to_type(ScalarType.Float64).round().to_type(ScalarType.Int64).cpu().data<long>().ToArray();
        var weights = new float[labels.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = labels[i] is >= int.MinValue and <= int.MaxValue && classWeight.TryGetValue((int)labels[i], out var weight) ? (float)weight : 1f;
        }

        return tensor(weights);
    }
}
