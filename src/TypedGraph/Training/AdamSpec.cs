using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;

namespace TypedGraph;

/// <summary>Adam with Keras' defaults.</summary>
internal sealed class AdamSpec(double learningRate, double beta1, double beta2, double epsilon, bool amsgrad)
    : OptimizerSpec(learningRate)
{
    public override torch.optim.Optimizer Create(IEnumerable<Parameter> parameters) =>
        torch.optim.Adam(parameters, LearningRate, beta1, beta2, epsilon, amsgrad: amsgrad);
}
