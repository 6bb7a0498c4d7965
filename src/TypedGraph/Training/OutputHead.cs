using System.Collections.Generic;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>One trained output: where its prediction and target sit, its weighted loss and its metrics, with their log names.</summary>
internal sealed class OutputHead
{
    public OutputHead(OutputSpec spec, int outputIndex, int targetIndex, double weight, string lossKey, IReadOnlyList<string> metricKeys)
    {
        Spec = spec;
        OutputIndex = outputIndex;
        TargetIndex = targetIndex;
        Weight = weight;
        LossKey = lossKey;
        MetricKeys = metricKeys;
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

    /// <summary>Log names of <see cref="OutputSpec.Metrics"/>, in the same order.</summary>
    public IReadOnlyList<string> MetricKeys { get; }

    public Tensor Loss(Tensor output, Tensor target) =>
        LossFunctions.Compute(Spec.Loss, Spec.FusedActivation, output, target, Spec.Name);

    public Tensor Metric(int index, Tensor output, Tensor target) =>
        MetricFunctions.Compute(Spec.Metrics[index], Spec.Loss, Spec.FusedActivation, output, target, Spec.Name);
}
