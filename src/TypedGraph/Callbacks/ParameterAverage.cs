using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.Callbacks;

/// <summary>
/// A running average of a module's parameters, kept apart from them: <see cref="Include"/> moves it towards the current
/// values (<c>avg ← avg + α · (θ − avg)</c>; the first call copies them), which gives SWA's equal-weight mean with
/// α = 1/n and an exponential moving average with α = 1 − decay. Call <see cref="Release"/> when done.
/// </summary>
internal sealed class ParameterAverage
{
    private readonly List<(Parameter Target, Tensor Average)> _entries = [];

    /// <summary>How many times <see cref="Include"/> ran.</summary>
    public int Count { get; private set; }

    /// <summary>Moves the average towards the current parameters of <paramref name="module"/> by <paramref name="alpha"/>.</summary>
    public void Include(nn.Module module, double alpha)
    {
        using var noGrad = no_grad();
        if (Count == 0)
        {
            foreach (var parameter in module.parameters())
            {
                var copy = parameter.detach().clone();
                copy.DetachFromDisposeScope();
                _entries.Add((parameter, copy));
            }
        }
        else
        {
            foreach (var (target, average) in _entries)
            {
                using var difference = target.detach() - average;
                average.add_(difference, alpha);
            }
        }

        Count++;
    }

    /// <summary>Writes the average into the parameters.</summary>
    public void CopyInto()
    {
        using var noGrad = no_grad();
        foreach (var (target, average) in _entries)
        {
            target.copy_(average);
        }
    }

    /// <summary>Frees the averages.</summary>
    public void Release()
    {
        foreach (var (_, average) in _entries)
        {
            average.Dispose();
        }

        _entries.Clear();
        Count = 0;
    }
}
