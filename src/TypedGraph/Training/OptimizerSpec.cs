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
    /// <param name="learningRate">The initial learning rate, finite and greater than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is not finite and positive.</exception>
    protected OptimizerSpec(double learningRate)
    {
        if (!double.IsFinite(learningRate) || learningRate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be a finite number greater than 0.");
        }

        LearningRate = learningRate;
    }

    /// <summary>The initial learning rate.</summary>
    public double LearningRate { get; }

    /// <summary>Creates the optimizer over <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The parameters to optimize.</param>
    public abstract torch.optim.Optimizer Create(IEnumerable<Parameter> parameters);
}
