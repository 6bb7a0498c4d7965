using System;
using System.Collections.Generic;
using System.Globalization;

namespace TypedGraph.Callbacks;

/// <summary>
/// Multiplies the learning rate by <c>factor</c> when a monitored value has stopped improving for <c>patience</c>
/// epochs (Keras' <c>ReduceLROnPlateau</c>). Improvement is strict, by more than <c>minDelta</c>. After a reduction the
/// wait counter restarts and nothing is counted during <c>cooldown</c> epochs; the rate never goes below <c>minLr</c>.
/// The <c>lr</c> logged for an epoch is the rate that epoch trained with, so a reduction decided at the end of epoch
/// <c>e</c> shows from epoch <c>e + 1</c>.
/// </summary>
public sealed class ReduceLROnPlateau : Callback
{
    private readonly Monitor _monitor;
    private int _wait;
    private int _cooldownCounter;

    /// <summary>Creates the callback with Keras' defaults.</summary>
    /// <param name="monitor">The log value to watch; <c>accuracy</c> is accepted for <c>acc</c>.</param>
    /// <param name="factor">The factor the learning rate is multiplied by, in (0, 1).</param>
    /// <param name="patience">Epochs without improvement before the rate is reduced.</param>
    /// <param name="mode">Whether lower or higher is better; <see cref="MonitorMode.Auto"/> decides from the name.</param>
    /// <param name="minDelta">The smallest change that counts as an improvement.</param>
    /// <param name="cooldown">Epochs to wait after a reduction before counting again.</param>
    /// <param name="minLr">The lower bound of the learning rate.</param>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public ReduceLROnPlateau(
        string monitor = "val_loss",
        double factor = 0.1,
        int patience = 10,
        MonitorMode mode = MonitorMode.Auto,
        double minDelta = 1e-4,
        int cooldown = 0,
        double minLr = 0)
    {
        if (!(factor > 0 && factor < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "ReduceLROnPlateau does not support a factor outside (0, 1): the learning rate must go down.");
        }

        if (!(minDelta >= 0 && double.IsFinite(minDelta)))
        {
            throw new ArgumentOutOfRangeException(nameof(minDelta), minDelta, "minDelta must be a finite number of at least 0.");
        }

        if (!(minLr >= 0 && double.IsFinite(minLr)))
        {
            throw new ArgumentOutOfRangeException(nameof(minLr), minLr, "minLr must be a finite number of at least 0.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(patience);
        ArgumentOutOfRangeException.ThrowIfNegative(cooldown);
        _monitor = new Monitor(monitor, mode, nameof(ReduceLROnPlateau));
        Factor = factor;
        Patience = patience;
        MinDelta = minDelta;
        Cooldown = cooldown;
        MinLr = minLr;
        Best = _monitor.Worst;
    }

    /// <summary>The monitored name (<c>accuracy</c> mapped to <c>acc</c>).</summary>
    public string MonitorName => _monitor.Name;

    /// <summary>The resolved direction (never <see cref="MonitorMode.Auto"/>).</summary>
    public MonitorMode Mode => _monitor.Mode;

    /// <summary>The factor the learning rate is multiplied by.</summary>
    public double Factor { get; }

    /// <summary>Epochs without improvement before the rate is reduced.</summary>
    public int Patience { get; }

    /// <summary>The smallest change that counts as an improvement.</summary>
    public double MinDelta { get; }

    /// <summary>Epochs to wait after a reduction before counting again.</summary>
    public int Cooldown { get; }

    /// <summary>The lower bound of the learning rate.</summary>
    public double MinLr { get; }

    /// <summary>The best value seen so far.</summary>
    public double Best { get; private set; }

    /// <inheritdoc/>
    public override void OnTrainBegin(IReadOnlyDictionary<string, double> logs)
    {
        _wait = 0;
        _cooldownCounter = 0;
        Best = _monitor.Worst;
    }

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        if (!_monitor.TryGet(logs, out var current))
        {
            return;
        }

        if (_cooldownCounter > 0)
        {
            _cooldownCounter--;
            _wait = 0;
        }

        if (_monitor.IsImprovement(current, Best, MinDelta))
        {
            Best = current;
            _wait = 0;
        }
        else if (_cooldownCounter <= 0)
        {
            _wait++;
            if (_wait >= Patience)
            {
                var old = Model.LearningRate;
                if (old > (float)MinLr)
                {
                    var reduced = Math.Max(old * Factor, MinLr);
                    if (reduced > 0)
                    {
                        Model.LearningRate = reduced;
                    }

                    if (Params.Verbose > 0)
                    {
                        Console.Out.WriteLine(string.Create(
                            CultureInfo.InvariantCulture, $"Epoch {epoch + 1}: ReduceLROnPlateau reducing learning rate to {reduced}."));
                    }

                    _cooldownCounter = Cooldown;
                    _wait = 0;
                }
            }
        }
    }

    /// <inheritdoc/>
    internal override void Validate(TrainingParameters parameters) => _monitor.Validate(parameters);
}
