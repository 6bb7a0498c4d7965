using static TorchSharp.torch;

namespace TypedGraph.Callbacks;

/// <summary>
/// A running average of a module's parameters, kept apart from them in a <see cref="WeightsSnapshot"/> of the
/// parameters (buffers are not averaged): <see cref="Include"/> moves it towards the current values in place
/// (<c>avg ← (1 − α) · avg + α · θ</c>; the first call copies them), which gives SWA's equal-weight mean with α = 1/n and
/// an exponential moving average with α = 1 − decay. Call <see cref="Release"/> when done.
/// </summary>
internal sealed class ParameterAverage
{
    private WeightsSnapshot? _average;

    /// <summary>How many times <see cref="Include"/> ran.</summary>
    public int Count { get; private set; }

    /// <summary>Moves the average towards the current parameters of <paramref name="module"/> by <paramref name="alpha"/>.</summary>
    public void Include(nn.Module module, double alpha)
    {
        if (_average is null)
        {
            _average = WeightsSnapshot.OfParameters(module);
        }
        else
        {
            _average.MoveTowards(alpha);
        }

        Count++;
    }

    /// <summary>Writes the average into the parameters.</summary>
    public void CopyInto() => _average?.Restore();

    /// <summary>Frees the average.</summary>
    public void Release()
    {
        _average?.Release();
        _average = null;
        Count = 0;
    }
}
