using System;
using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;

namespace TypedGraph;

/// <summary>
/// Describes an optimizer to create once the model's parameters are known (Keras' <c>optimizer=</c> argument).
/// Obtain one from <see cref="Optimizers"/>, or derive to plug in any TorchSharp optimizer.
/// </summary>
public abstract class OptimizerSpec
{
    /// <summary>Initializes the learning rate shared by every optimizer.</summary>
    /// <param name="learningRate">
    /// The initial learning rate: finite and at least 0 (0 freezes the weights, as the start of a warm-up schedule does;
    /// Keras and PyTorch accept it too).
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is negative, NaN or infinite.</exception>
    protected OptimizerSpec(double learningRate)
    {
        RequireValidLearningRate(learningRate, nameof(learningRate));
        LearningRate = learningRate;
    }

    /// <summary>The initial learning rate.</summary>
    public double LearningRate { get; }

    /// <summary>
    /// Keras' <c>clipnorm</c>: before each step, every parameter's gradient g is rescaled on its own to
    /// <c>g · c / max(‖g‖₂, c)</c>, so no parameter's gradient norm exceeds c. <see langword="null"/>: no clipping.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a finite number greater than 0.</exception>
    public double? ClipNorm
    {
        get;
        init => field = RequirePositive(value, nameof(ClipNorm));
    }

    /// <summary>
    /// Keras' <c>global_clipnorm</c>: before each step, all gradients are rescaled together by <c>c / max(‖G‖₂, c)</c>,
    /// where ‖G‖₂ is the norm of all gradients concatenated. <see langword="null"/>: no clipping.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a finite number greater than 0.</exception>
    public double? GlobalClipNorm
    {
        get;
        init => field = RequirePositive(value, nameof(GlobalClipNorm));
    }

    /// <summary>
    /// Keras' <c>clipvalue</c>: before each step, every gradient element is clamped to [−v, v]. <see langword="null"/>: no clipping.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a finite number greater than 0.</exception>
    public double? ClipValue
    {
        get;
        init => field = RequirePositive(value, nameof(ClipValue));
    }

    /// <summary>Throws unless <paramref name="learningRate"/> is a finite number of at least 0.</summary>
    /// <param name="learningRate">The rate to check.</param>
    /// <param name="parameterName">The name reported by the exception.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is negative, NaN or infinite.</exception>
    internal static void RequireValidLearningRate(double learningRate, string parameterName)
    {
        if (!(double.IsFinite(learningRate) && learningRate >= 0))
        {
            throw new ArgumentOutOfRangeException(parameterName, learningRate, "The learning rate must be a finite number of at least 0.");
        }
    }

    /// <summary>Creates the optimizer over <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The parameters to optimize.</param>
    public abstract torch.optim.Optimizer Create(IEnumerable<Parameter> parameters);

    private static double? RequirePositive(double? value, string name) =>
        value is not { } v || (double.IsFinite(v) && v > 0)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number greater than 0.");
}
