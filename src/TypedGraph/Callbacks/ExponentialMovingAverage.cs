using System;
using System.Collections.Generic;

namespace TypedGraph.Callbacks;

/// <summary>
/// An exponential moving average of the weights, as Keras' optimizer option <c>use_ema=True</c> keeps it: after every
/// optimizer step <c>θ_EMA ← decay · θ_EMA + (1 − decay) · θ</c>, starting from the weights after the first step (Keras
/// uses momentum 0 on its first iteration). The model trains with its own weights; when training ends the average
/// replaces them (Keras' <c>finalize_variable_values</c> with <c>ema_overwrite_frequency=None</c>), so <c>Evaluate</c>,
/// <c>Predict</c> and saving after <c>Fit</c> see the EMA weights. Batch-normalization statistics are not averaged, as in Keras.
/// </summary>
public sealed class ExponentialMovingAverage : Callback
{
    private readonly ParameterAverage _average = new();

    /// <summary>Creates the callback.</summary>
    /// <param name="decay">Keras' <c>ema_momentum</c>, in [0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decay"/> is outside [0, 1).</exception>
    public ExponentialMovingAverage(double decay = 0.99)
    {
        if (!(decay >= 0 && decay < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(decay), decay, "decay must be in [0, 1).");
        }

        Decay = decay;
    }

    /// <summary>The weight of the old average at every step.</summary>
    public double Decay { get; }

    /// <summary>The optimizer steps the average of the last <c>Fit</c> covers.</summary>
    public int Steps { get; private set; }

    /// <inheritdoc/>
    internal override bool WantsBatchLogs => false;

    /// <inheritdoc/>
    public override void OnTrainBegin(IReadOnlyDictionary<string, double> logs)
    {
        _average.Release();
        Steps = 0;
    }

    /// <inheritdoc/>
    public override void OnBatchEnd(int batch, IReadOnlyDictionary<string, double> logs)
    {
        _average.Include(Model.AsModule, 1 - Decay);
        Steps = _average.Count;
    }

    /// <inheritdoc/>
    public override void OnTrainEnd(IReadOnlyDictionary<string, double> logs)
    {
        try
        {
            if (_average.Count > 0)
            {
                _average.CopyInto();
            }
        }
        finally
        {
            _average.Release();
        }
    }

    /// <inheritdoc/>
    internal override void OnAbort() => _average.Release();
}
