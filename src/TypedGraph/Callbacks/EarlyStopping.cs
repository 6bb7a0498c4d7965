using System;
using System.Collections.Generic;

namespace TypedGraph.Callbacks;

/// <summary>
/// Stops training when a monitored value has stopped improving (Keras' <c>EarlyStopping</c>). At the end of every
/// epoch a wait counter goes up by one; an improvement (strictly better than the best so far by more than
/// <c>minDelta</c>, and than <c>baseline</c> when given) resets it; once it reaches <c>patience</c> (and the epoch is
/// not the first) training stops. With a flat value and patience <c>p</c>, training stops after epoch <c>max(p, 1)</c>
/// (0-based).
/// </summary>
public sealed class EarlyStopping : Callback
{
    private readonly Monitor _monitor;
    private readonly double _minDelta;
    private WeightsSnapshot? _bestWeights;
    private int _wait;

    /// <summary>Creates the callback with Keras' defaults.</summary>
    /// <param name="monitor">The log value to watch; <c>accuracy</c> is accepted for <c>acc</c>.</param>
    /// <param name="minDelta">The smallest change that counts as an improvement (its absolute value is used).</param>
    /// <param name="patience">Epochs without improvement after which training stops.</param>
    /// <param name="mode">Whether lower or higher is better; <see cref="MonitorMode.Auto"/> decides from the name.</param>
    /// <param name="baseline">A value the monitor must beat for the wait counter to reset; <see langword="null"/> for none.</param>
    /// <param name="restoreBestWeights">Whether to put back, when training ends, the weights of the best epoch.</param>
    /// <param name="startFromEpoch">Epochs to let pass before watching (warm-up).</param>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public EarlyStopping(
        string monitor = "val_loss",
        double minDelta = 0,
        int patience = 0,
        MonitorMode mode = MonitorMode.Auto,
        double? baseline = null,
        bool restoreBestWeights = false,
        int startFromEpoch = 0)
    {
        if (!double.IsFinite(minDelta))
        {
            throw new ArgumentOutOfRangeException(nameof(minDelta), minDelta, "minDelta must be a finite number.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(patience);
        ArgumentOutOfRangeException.ThrowIfNegative(startFromEpoch);
        _monitor = new Monitor(monitor, mode, nameof(EarlyStopping));
        _minDelta = Math.Abs(minDelta);
        Patience = patience;
        Baseline = baseline;
        RestoreBestWeights = restoreBestWeights;
        StartFromEpoch = startFromEpoch;
        Best = _monitor.Worst;
    }

    /// <summary>The monitored name (<c>accuracy</c> mapped to <c>acc</c>).</summary>
    public string MonitorName => _monitor.Name;

    /// <summary>The resolved direction (never <see cref="MonitorMode.Auto"/>).</summary>
    public MonitorMode Mode => _monitor.Mode;

    /// <summary>Epochs without improvement after which training stops.</summary>
    public int Patience { get; }

    /// <summary>The value the monitor must beat for the wait counter to reset, if any.</summary>
    public double? Baseline { get; }

    /// <summary>Whether the best epoch's weights are restored when training ends.</summary>
    public bool RestoreBestWeights { get; }

    /// <summary>Epochs that pass before the monitor is watched.</summary>
    public int StartFromEpoch { get; }

    /// <summary>The best value seen so far.</summary>
    public double Best { get; private set; }

    /// <summary>The epoch (0-based) of <see cref="Best"/>.</summary>
    public int BestEpoch { get; private set; }

    /// <summary>The epoch (0-based) after which this callback stopped training; 0 when it did not.</summary>
    public int StoppedEpoch { get; private set; }

    /// <inheritdoc/>
    public override void OnTrainBegin(IReadOnlyDictionary<string, double> logs)
    {
        _wait = 0;
        StoppedEpoch = 0;
        BestEpoch = 0;
        Best = _monitor.Worst;
        _bestWeights?.Release();
        _bestWeights = null;
    }

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        if (!_monitor.TryGet(logs, out var current) || epoch < StartFromEpoch)
        {
            return;
        }

        if (RestoreBestWeights && _bestWeights is null)
        {
            // Until something improves, the current weights are the best ones.
            _bestWeights = WeightsSnapshot.OfState(Model.AsModule);
            BestEpoch = epoch;
        }

        _wait++;
        if (_monitor.IsImprovement(current, Best, _minDelta))
        {
            Best = current;
            BestEpoch = epoch;
            if (RestoreBestWeights)
            {
                _bestWeights!.Capture();
            }

            if (Baseline is not { } baseline || _monitor.IsImprovement(current, baseline, _minDelta))
            {
                _wait = 0;
            }

            return;
        }

        if (_wait >= Patience && epoch > 0)
        {
            StoppedEpoch = epoch;
            Model.StopTraining = true;
        }
    }

    /// <inheritdoc/>
    public override void OnTrainEnd(IReadOnlyDictionary<string, double> logs)
    {
        if (StoppedEpoch > 0 && Params.Verbose > 0)
        {
            Console.Out.WriteLine($"Epoch {StoppedEpoch + 1}: early stopping");
        }

        if (_bestWeights is not null)
        {
            if (Params.Verbose > 0)
            {
                Console.Out.WriteLine($"Restoring model weights from the end of the best epoch: {BestEpoch + 1}.");
            }

            _bestWeights.Restore();
            _bestWeights.Release();
            _bestWeights = null;
        }
    }

    /// <inheritdoc/>
    internal override void Validate(TrainingParameters parameters) => _monitor.Validate(parameters);

    /// <inheritdoc/>
    internal override void OnAbort()
    {
        _bestWeights?.Release();
        _bestWeights = null;
    }
}
