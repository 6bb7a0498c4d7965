using System;
using System.Collections.Generic;
using System.Globalization;

namespace TypedGraph.Callbacks;

/// <summary>
/// Sets the learning rate at the start of every epoch from a schedule (Keras' <c>LearningRateScheduler</c>):
/// <c>lr = schedule(epoch, current lr)</c>, with the epoch index from 0 (from <c>initialEpoch</c> when resuming). The rate
/// an epoch trained with is logged as <c>lr</c>. Ready schedules: <see cref="Schedules"/>.
/// </summary>
public sealed class LearningRateScheduler : Callback
{
    private readonly Func<int, double, double> _schedule;

    /// <summary>Creates the callback.</summary>
    /// <param name="schedule">(epoch index, current learning rate) → the learning rate for that epoch, finite and at least 0 (0 freezes the weights for the epoch, as a cosine decay reaches at its end).</param>
    /// <param name="verbose">0: quiet; 1: prints the rate set at every epoch, as Keras does.</param>
    public LearningRateScheduler(Func<int, double, double> schedule, int verbose = 0)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentOutOfRangeException.ThrowIfNegative(verbose);
        _schedule = schedule;
        Verbose = verbose;
    }

    /// <summary>Whether the rate set is printed at every epoch.</summary>
    public int Verbose { get; }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The schedule returned a rate that is negative, NaN or infinite; the message names the epoch.</exception>
    public override void OnEpochBegin(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        var rate = _schedule(epoch, Model.LearningRate);
        try
        {
            OptimizerSpec.RequireValidLearningRate(rate, "schedule");
        }
        catch (ArgumentOutOfRangeException error)
        {
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"The learning-rate schedule returned {rate} for epoch {epoch}; a learning rate must be a finite number of at least 0."),
                error);
        }

        Model.LearningRate = rate;
        if (Verbose > 0)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Epoch {epoch + 1}: LearningRateScheduler setting learning rate to {rate}."));
        }
    }
}
