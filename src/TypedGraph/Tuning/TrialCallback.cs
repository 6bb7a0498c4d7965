using System;
using System.Collections.Generic;
using System.IO;
using TypedGraph.Callbacks;
using TypedGraph.Tuning.Sampling;

namespace TypedGraph.Tuning;

/// <summary>
/// The tuner's own callback in every trial's <c>Fit</c>: follows the objective, keeps the weights of its best epoch (a
/// <see cref="WeightsSnapshot"/> updated in place on every improvement, written as <c>Module.save</c> writes them once
/// when training ends) and, under Hyperband, reports the objective at each rung of the trial's
/// bracket and stops <c>Fit</c> when the trial is not promoted.
/// </summary>
internal sealed class TrialCallback : Callback
{
    private readonly Monitor _objective;
    private readonly HyperbandBracket? _bracket;
    private readonly Func<int, double, bool>? _promote;
    private WeightsSnapshot? _best;

    /// <summary>Creates the callback.</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="bracket">The trial's Hyperband bracket, or null.</param>
    /// <param name="promote">Given a rung and the objective there (lower is better), whether the trial continues.</param>
    public TrialCallback(Monitor objective, HyperbandBracket? bracket, Func<int, double, bool>? promote)
    {
        _objective = objective;
        _bracket = bracket;
        _promote = promote;
    }

    /// <summary>The objective's best value so far.</summary>
    public double? Best { get; private set; }

    /// <summary>The weights of the best epoch in <c>Module.save</c>'s format, set when training ends; null before, or when no epoch had a value.</summary>
    public byte[]? BestWeights { get; private set; }

    /// <summary>Whether Hyperband stopped the trial.</summary>
    public bool Pruned { get; private set; }

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        if (!_objective.TryGet(logs, out var value))
        {
            return;
        }

        if (!double.IsNaN(value) && (Best is null || _objective.IsImprovement(value, Best.Value, 0)))
        {
            Best = value;
            if (_best is null)
            {
                _best = WeightsSnapshot.OfState(Model.AsModule);
            }
            else
            {
                _best.Capture();
            }
        }

        if (_bracket is null || _promote is null)
        {
            return;
        }

        for (var rung = 0; rung < _bracket.Rungs.Count - 1; rung++)
        {
            if (_bracket.Rungs[rung].Epochs == epoch + 1)
            {
                var loss = double.IsNaN(value) ? double.PositiveInfinity : _objective.Mode == MonitorMode.Max ? -value : value;
                if (!_promote(rung, loss))
                {
                    Pruned = true;
                    Model.StopTraining = true;
                }
            }
        }
    }

    /// <inheritdoc/>
    public override void OnTrainEnd(IReadOnlyDictionary<string, double> logs)
    {
        if (_best is null)
        {
            return;
        }

        try
        {
            using var buffer = new MemoryStream();
            using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                _best.Save(writer);
            }

            BestWeights = buffer.ToArray();
        }
        finally
        {
            _best.Release();
            _best = null;
        }
    }

    /// <inheritdoc/>
    internal override void OnAbort()
    {
        _best?.Release();
        _best = null;
    }

    /// <inheritdoc/>
    internal override void Validate(TrainingParameters parameters) => _objective.Validate(parameters);
}
