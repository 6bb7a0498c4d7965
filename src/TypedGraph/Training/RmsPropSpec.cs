using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;

namespace TypedGraph;

/// <summary>RMSprop with Keras' parameter names (<c>rho</c> is PyTorch's <c>alpha</c>).</summary>
internal sealed class RmsPropSpec(double learningRate, double rho, double momentum, double epsilon, bool centered)
    : OptimizerSpec(learningRate)
{
    public override torch.optim.Optimizer Create(IEnumerable<Parameter> parameters) =>
        torch.optim.RMSProp(parameters, LearningRate, alpha: rho, eps: epsilon, momentum: momentum, centered: centered);
}
