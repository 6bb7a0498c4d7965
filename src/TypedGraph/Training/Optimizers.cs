using System;

namespace TypedGraph;

/// <summary>Factories for the optimizers <c>Compile</c> accepts, with Keras' parameter names and defaults.</summary>
public static class Optimizers
{
    /// <summary>RMSprop (the default when a model is trained without <c>Compile</c>, with learning rate 1e-3).</summary>
    /// <param name="learningRate">Initial learning rate, finite and at least 0 (0 leaves the weights unchanged, as a warm-up schedule starts).</param>
    /// <param name="rho">Discount factor of the moving average of squared gradients.</param>
    /// <param name="momentum">Momentum factor.</param>
    /// <param name="epsilon">Term added to the denominator for numerical stability.</param>
    /// <param name="centered">Whether to normalize by the estimated variance of the gradient.</param>
    public static OptimizerSpec RmsProp(double learningRate = 1e-3, double rho = 0.9, double momentum = 0, double epsilon = 1e-7, bool centered = false)
    {
        RequireInRange(rho, 0, 1, nameof(rho));
        RequireInRange(momentum, 0, 1, nameof(momentum));
        RequirePositive(epsilon, nameof(epsilon));
        return new RmsPropSpec(learningRate, rho, momentum, epsilon, centered);
    }

    /// <summary>Adam.</summary>
    /// <param name="learningRate">Initial learning rate, finite and at least 0 (0 leaves the weights unchanged, as a warm-up schedule starts).</param>
    /// <param name="beta1">Decay of the first-moment estimate.</param>
    /// <param name="beta2">Decay of the second-moment estimate.</param>
    /// <param name="epsilon">Term added to the denominator for numerical stability.</param>
    /// <param name="amsgrad">Whether to use the AMSGrad variant.</param>
    public static OptimizerSpec Adam(double learningRate = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-7, bool amsgrad = false)
    {
        RequireInRange(beta1, 0, 1, nameof(beta1));
        RequireInRange(beta2, 0, 1, nameof(beta2));
        RequirePositive(epsilon, nameof(epsilon));
        return new AdamSpec(learningRate, beta1, beta2, epsilon, amsgrad);
    }

    /// <summary>Stochastic gradient descent.</summary>
    /// <param name="learningRate">Initial learning rate, finite and at least 0 (0 leaves the weights unchanged, as a warm-up schedule starts).</param>
    /// <param name="momentum">Momentum factor.</param>
    /// <param name="nesterov">Whether to use Nesterov momentum (needs <paramref name="momentum"/> &gt; 0).</param>
    public static OptimizerSpec Sgd(double learningRate = 0.01, double momentum = 0, bool nesterov = false)
    {
        RequireInRange(momentum, 0, 1, nameof(momentum));
        if (nesterov && momentum == 0)
        {
            throw new ArgumentException("Nesterov momentum needs a momentum greater than 0.", nameof(nesterov));
        }

        return new SgdSpec(learningRate, momentum, nesterov);
    }

    private static void RequireInRange(double value, double min, double maxExclusive, string name)
    {
        if (!(value >= min && value < maxExclusive))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [{min}, {maxExclusive}).");
        }
    }

    private static void RequirePositive(double value, string name)
    {
        if (!(value > 0 && double.IsFinite(value)))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number greater than 0.");
        }
    }
}
