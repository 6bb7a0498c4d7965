using System;
using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// The running sums of an objective's logged values over the batches seen so far (<see cref="TrainingObjective.Compute"/>).
/// The sums stay on the device, so adding a batch does not synchronize with it; only reading the values does.
/// </summary>
internal sealed class RunningStatistics : IDisposable
{
    private readonly TrainingObjective _objective;
    private Tensor? _sums;
    private long _samples;

    public RunningStatistics(TrainingObjective objective)
    {
        _objective = objective;
    }

    /// <summary>Whether no batch was added yet.</summary>
    public bool IsEmpty => _sums is null;

    /// <summary>Adds one batch's sums (a float64 vector of <see cref="TrainingObjective.StatisticCount"/> values).</summary>
    public void Add(Tensor sums, long samples)
    {
        if (_sums is null)
        {
            _sums = sums.clone().DetachFromDisposeScope();
        }
        else
        {
            _sums.add_(sums);
        }

        _samples += samples;
    }

    /// <summary>Writes the values into <paramref name="logs"/> under their names, each with <paramref name="prefix"/>.</summary>
    public void WriteTo(Dictionary<string, double> logs, string prefix = "")
    {
        if (_sums is null)
        {
            return;
        }

        double[] sums;
        if (_sums.device_type == DeviceType.CPU)
        {
            sums = _sums.data<double>().ToArray();
        }
        else
        {
            using var onCpu = _sums.cpu();
            sums = onCpu.data<double>().ToArray();
        }

        _objective.Summarize(sums, _samples, logs, prefix);
    }

    public void Dispose()
    {
        _sums?.Dispose();
        _sums = null;
        _samples = 0;
    }
}
