using System;
using System.Collections.Generic;

namespace TypedGraph.Callbacks;

/// <summary>
/// Ready schedules for <see cref="LearningRateScheduler"/>, Keras' <c>keras.optimizers.schedules</c> formulas evaluated
/// per epoch: the step <c>s</c> of Keras' formulas is the epoch index (0 for the first epoch), and the current rate is
/// ignored. For per-batch schedules count epochs in batches yourself (<c>decaySteps</c> in epochs here).
/// </summary>
public static class Schedules
{
    /// <summary>
    /// Keras' <c>ExponentialDecay</c>: <c>lr(s) = initialLearningRate · decayRate^(s / decaySteps)</c>, with
    /// <c>floor(s / decaySteps)</c> when <paramref name="staircase"/>.
    /// </summary>
    /// <param name="initialLearningRate">The rate of epoch 0, finite and greater than 0.</param>
    /// <param name="decaySteps">Epochs over which the rate is multiplied by <paramref name="decayRate"/>, greater than 0.</param>
    /// <param name="decayRate">The factor per <paramref name="decaySteps"/> epochs, greater than 0.</param>
    /// <param name="staircase">Whether the rate changes in steps of <paramref name="decaySteps"/> epochs.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static Func<int, double, double> ExponentialDecay(double initialLearningRate, double decaySteps, double decayRate, bool staircase = false)
    {
        RequirePositive(initialLearningRate, nameof(initialLearningRate));
        RequirePositive(decaySteps, nameof(decaySteps));
        RequirePositive(decayRate, nameof(decayRate));
        return (epoch, _) =>
        {
            var p = epoch / decaySteps;
            return initialLearningRate * Math.Pow(decayRate, staircase ? Math.Floor(p) : p);
        };
    }

    /// <summary>
    /// Keras' <c>CosineDecay</c> with its linear warm-up. Without warm-up (<paramref name="warmupTarget"/> null):
    /// <c>lr(s) = initialLearningRate · ((1 − α) · ½(1 + cos(π · min(s, D) / D)) + α)</c> with <c>D = decaySteps</c>.
    /// With warm-up: for <c>s &lt; W = warmupSteps</c>, <c>lr(s) = initialLearningRate + (warmupTarget − initialLearningRate) · s / W</c>;
    /// after, the cosine decay from <paramref name="warmupTarget"/> over <c>min(s, W + D) − W</c>.
    /// </summary>
    /// <param name="initialLearningRate">The rate of epoch 0 (the start of the warm-up, or of the decay), at least 0.</param>
    /// <param name="decaySteps">Epochs of the decay, greater than 0.</param>
    /// <param name="alpha">The floor of the decay as a fraction of the rate it starts from, in [0, 1].</param>
    /// <param name="warmupTarget">The rate the warm-up reaches, or <see langword="null"/> for no warm-up.</param>
    /// <param name="warmupSteps">Epochs of the warm-up, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static Func<int, double, double> CosineDecay(
        double initialLearningRate, int decaySteps, double alpha = 0, double? warmupTarget = null, int warmupSteps = 0)
    {
        if (!(initialLearningRate >= 0 && double.IsFinite(initialLearningRate)))
        {
            throw new ArgumentOutOfRangeException(nameof(initialLearningRate), initialLearningRate, "initialLearningRate must be a finite number of at least 0.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(decaySteps, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(warmupSteps);
        if (!(alpha >= 0 && alpha <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be in [0, 1].");
        }

        if (warmupTarget is { } target)
        {
            RequirePositive(target, nameof(warmupTarget));
        }

        return (epoch, _) =>
        {
            if (warmupTarget is not { } target)
            {
                return Cosine(initialLearningRate, Math.Min(epoch, decaySteps), decaySteps, alpha);
            }

            double step = Math.Min(epoch, decaySteps + warmupSteps);
            return step < warmupSteps
                ? initialLearningRate + ((target - initialLearningRate) * step / warmupSteps)
                : Cosine(target, step - warmupSteps, decaySteps, alpha);
        };
    }

    /// <summary>
    /// Keras' <c>PiecewiseConstantDecay</c>: <c>values[0]</c> while <c>s ≤ boundaries[0]</c>, <c>values[i]</c> while
    /// <c>boundaries[i − 1] &lt; s ≤ boundaries[i]</c>, <c>values[^1]</c> after the last boundary.
    /// </summary>
    /// <param name="boundaries">Epoch indices, strictly increasing.</param>
    /// <param name="values">One more rate than boundaries, each finite and greater than 0.</param>
    /// <exception cref="ArgumentException">The lengths do not fit, the boundaries do not increase, or a rate is out of range.</exception>
    public static Func<int, double, double> PiecewiseConstant(IReadOnlyList<int> boundaries, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != boundaries.Count + 1)
        {
            throw new ArgumentException($"values must hold one more rate than boundaries: {boundaries.Count} boundaries, {values.Count} values.", nameof(values));
        }

        for (var i = 1; i < boundaries.Count; i++)
        {
            if (boundaries[i] <= boundaries[i - 1])
            {
                throw new ArgumentException("boundaries must be strictly increasing.", nameof(boundaries));
            }
        }

        foreach (var value in values)
        {
            RequirePositive(value, nameof(values));
        }

        int[] bounds = [.. boundaries];
        double[] rates = [.. values];
        return (epoch, _) =>
        {
            var i = 0;
            while (i < bounds.Length && epoch > bounds[i])
            {
                i++;
            }

            return rates[i];
        };
    }

    /// <summary>
    /// The cosine annealing of Keras' <c>CosineDecay</c> and of snapshot ensembles' cycles:
    /// <c>from · ((1 − α) · ½(1 + cos(π · step / decaySteps)) + α)</c>, for <c>0 ≤ step ≤ decaySteps</c>.
    /// </summary>
    /// <param name="from">The rate at step 0.</param>
    /// <param name="step">The step within the decay.</param>
    /// <param name="decaySteps">The steps over which the rate falls to <c>α · from</c>.</param>
    /// <param name="alpha">The floor as a fraction of <paramref name="from"/>.</param>
    internal static double Cosine(double from, double step, double decaySteps, double alpha) =>
        from * (((1 - alpha) * 0.5 * (1 + Math.Cos(Math.PI * step / decaySteps))) + alpha);

    private static void RequirePositive(double value, string name)
    {
        if (!(value > 0 && double.IsFinite(value)))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number greater than 0.");
        }
    }
}
