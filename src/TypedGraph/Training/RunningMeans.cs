using System;
using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// Sample-weighted means of the logged values over the batches seen so far. The sums stay on the device, so adding
/// a batch does not synchronize with it; only reading the means does.
/// </summary>
internal sealed class RunningMeans : IDisposable
{
    private readonly IReadOnlyList<string> _names;
    private Tensor? _sums;
    private long _samples;

    public RunningMeans(IReadOnlyList<string> names)
    {
        _names = names;
    }

    /// <summary>Adds one batch's values (a float64 vector aligned with the names) weighted by its sample count.</summary>
    public void Add(Tensor statistics, long samples)
    {
        if (_sums is null)
        {
            _sums = (statistics * samples).DetachFromDisposeScope();
        }
        else
        {
            _sums.add_(statistics, samples);
        }

        _samples += samples;
    }

    /// <summary>Writes the means into <paramref name="logs"/> under their names, each with <paramref name="prefix"/>.</summary>
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

        for (var i = 0; i < sums.Length; i++)
        {
            logs[prefix + _names[i]] = sums[i] / _samples;
        }
    }

    public void Dispose()
    {
        _sums?.Dispose();
        _sums = null;
        _samples = 0;
    }
}
