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
    /// <param name="clipNorm">Keras' <c>clipnorm</c>: the largest norm of each parameter's gradient, clipped parameter by parameter (<see cref="OptimizerSpec.ClipNorm"/>).</param>
    /// <param name="clipValue">Keras' <c>clipvalue</c>: the largest absolute value of a gradient element (<see cref="OptimizerSpec.ClipValue"/>).</param>
    /// <param name="globalClipNorm">Keras' <c>global_clipnorm</c>: the largest norm of all gradients together (<see cref="OptimizerSpec.GlobalClipNorm"/>).</param>
    /// <exception cref="ArgumentException">An argument is out of range, or more than one of the clipping arguments is given (Keras allows one).</exception>
    public static OptimizerSpec RmsProp(
        double learningRate = 1e-3, double rho = 0.9, double momentum = 0, double epsilon = 1e-7, bool centered = false, double? clipNorm = null, double? clipValue = null, double? globalClipNorm = null)
    {
        RequireInRange(rho, 0, 1, nameof(rho));
        RequireInRange(momentum, 0, 1, nameof(momentum));
        RequirePositive(epsilon, nameof(epsilon));
        CheckClipping(clipNorm, clipValue, globalClipNorm);
        return new RmsPropSpec(learningRate, rho, momentum, epsilon, centered) { ClipNorm = clipNorm, ClipValue = clipValue, GlobalClipNorm = globalClipNorm };
    }

    /// <summary>Adam.</summary>
    /// <param name="learningRate">Initial learning rate, finite and at least 0 (0 leaves the weights unchanged, as a warm-up schedule starts).</param>
    /// <param name="beta1">Decay of the first-moment estimate.</param>
    /// <param name="beta2">Decay of the second-moment estimate.</param>
    /// <param name="epsilon">Term added to the denominator for numerical stability.</param>
    /// <param name="amsgrad">Whether to use the AMSGrad variant.</param>
    /// <param name="clipNorm">Keras' <c>clipnorm</c>: the largest norm of each parameter's gradient, clipped parameter by parameter (<see cref="OptimizerSpec.ClipNorm"/>).</param>
    /// <param name="clipValue">Keras' <c>clipvalue</c>: the largest absolute value of a gradient element (<see cref="OptimizerSpec.ClipValue"/>).</param>
    /// <param name="globalClipNorm">Keras' <c>global_clipnorm</c>: the largest norm of all gradients together (<see cref="OptimizerSpec.GlobalClipNorm"/>).</param>
    /// <exception cref="ArgumentException">An argument is out of range, or more than one of the clipping arguments is given (Keras allows one).</exception>
    public static OptimizerSpec Adam(
        double learningRate = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-7, bool amsgrad = false, double? clipNorm = null, double? clipValue = null, double? globalClipNorm = null)
    {
        RequireInRange(beta1, 0, 1, nameof(beta1));
        RequireInRange(beta2, 0, 1, nameof(beta2));
        RequirePositive(epsilon, nameof(epsilon));
        CheckClipping(clipNorm, clipValue, globalClipNorm);
        return new AdamSpec(learningRate, beta1, beta2, epsilon, amsgrad) { ClipNorm = clipNorm, ClipValue = clipValue, GlobalClipNorm = globalClipNorm };
    }

    /// <summary>Stochastic gradient descent.</summary>
    /// <param name="learningRate">Initial learning rate, finite and at least 0 (0 leaves the weights unchanged, as a warm-up schedule starts).</param>
    /// <param name="momentum">Momentum factor.</param>
    /// <param name="nesterov">Whether to use Nesterov momentum (needs <paramref name="momentum"/> &gt; 0).</param>
    /// <param name="clipNorm">Keras' <c>clipnorm</c>: the largest norm of each parameter's gradient, clipped parameter by parameter (<see cref="OptimizerSpec.ClipNorm"/>).</param>
    /// <param name="clipValue">Keras' <c>clipvalue</c>: the largest absolute value of a gradient element (<see cref="OptimizerSpec.ClipValue"/>).</param>
    /// <param name="globalClipNorm">Keras' <c>global_clipnorm</c>: the largest norm of all gradients together (<see cref="OptimizerSpec.GlobalClipNorm"/>).</param>
    /// <exception cref="ArgumentException">An argument is out of range, or more than one of the clipping arguments is given (Keras allows one).</exception>
    public static OptimizerSpec Sgd(double learningRate = 0.01, double momentum = 0, bool nesterov = false, double? clipNorm = null, double? clipValue = null, double? globalClipNorm = null)
    {
        RequireInRange(momentum, 0, 1, nameof(momentum));
        if (nesterov && momentum == 0)
        {
            throw new ArgumentException("Nesterov momentum needs a momentum greater than 0.", nameof(nesterov));
        }

        CheckClipping(clipNorm, clipValue, globalClipNorm);
        return new SgdSpec(learningRate, momentum, nesterov) { ClipNorm = clipNorm, ClipValue = clipValue, GlobalClipNorm = globalClipNorm };
    }

    private static void CheckClipping(double? clipNorm, double? clipValue, double? globalClipNorm)
    {
        if ((clipNorm is null ? 0 : 1) + (clipValue is null ? 0 : 1) + (globalClipNorm is null ? 0 : 1) > 1)
        {
            throw new ArgumentException(
                $"Only one of clipNorm, clipValue and globalClipNorm can be set (as in Keras). Received clipNorm={clipNorm}, clipValue={clipValue}, globalClipNorm={globalClipNorm}.");
        }
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
