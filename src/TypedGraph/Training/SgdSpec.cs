using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;

namespace TypedGraph;

/// <summary>Stochastic gradient descent with optional (Nesterov) momentum.</summary>
internal sealed class SgdSpec(double learningRate, double momentum, bool nesterov)
    : OptimizerSpec(learningRate)
{
    public override torch.optim.Optimizer Create(IEnumerable<Parameter> parameters) =>
        torch.optim.SGD(parameters, LearningRate, momentum, nesterov: nesterov);
}
