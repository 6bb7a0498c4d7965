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
}
