using System.Collections.Generic;
using System.IO;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph.Callbacks;

/// <summary>
/// An in-memory copy of a module's tensors — its whole state (parameters and buffers, as <c>state_dict</c> lists them)
/// or only its parameters — allocated once and then updated in place: <see cref="Capture"/> copies the module's current
/// values into it, <see cref="MoveTowards"/> averages them into it, <see cref="Restore"/> copies it back, and
/// <see cref="Save"/> writes it as <c>Module.save</c> would have written the module. Call <see cref="Release"/> when done
/// (not a finalizer-backed <see cref="System.IDisposable"/>: owners release it when training ends).
/// </summary>
internal sealed class WeightsSnapshot
{
    private readonly List<(string Name, Tensor Target, Tensor Copy)> _entries = [];

    private WeightsSnapshot(IEnumerable<(string Name, Tensor Target)> tensors)
    {
        using var noGrad = no_grad();
        foreach (var (name, target) in tensors)
        {
            var copy = target.detach().clone();
            copy.DetachFromDisposeScope();
            _entries.Add((name, target, copy));
        }
    }

    /// <summary>A copy of <paramref name="module"/>'s whole state (parameters and buffers), in <c>state_dict</c> order.</summary>
    public static WeightsSnapshot OfState(nn.Module module)
    {
        var state = new List<(string, Tensor)>();
        foreach (var (name, tensor) in module.state_dict())
        {
            state.Add((name, tensor));
        }

        return new WeightsSnapshot(state);
    }

    /// <summary>A copy of <paramref name="module"/>'s parameters only (buffers such as batch-normalization statistics are left out).</summary>
    public static WeightsSnapshot OfParameters(nn.Module module)
    {
        var parameters = new List<(string, Tensor)>();
        foreach (var (name, parameter) in module.named_parameters())
        {
            parameters.Add((name, parameter));
        }

        return new WeightsSnapshot(parameters);
    }

    /// <summary>Copies the module's current values into the snapshot, in place (no allocation).</summary>
    public void Capture()
    {
        using var noGrad = no_grad();
        foreach (var (_, target, copy) in _entries)
        {
            copy.copy_(target);
        }
    }

    /// <summary>
    /// Moves the snapshot towards the module's current values in place: <c>copy ← (1 − α) · copy + α · current</c>, the
    /// running mean of SWA with α = 1/n and the moving average of EMA with α = 1 − decay.
    /// </summary>
    /// <param name="alpha">The weight of the current values, in [0, 1].</param>
    public void MoveTowards(double alpha)
    {
        using var noGrad = no_grad();
        foreach (var (_, target, copy) in _entries)
        {
            copy.mul_(1 - alpha).add_(target, alpha);
        }
    }

    /// <summary>Copies the saved values back into the module's tensors.</summary>
    public void Restore()
    {
        using var noGrad = no_grad();
        foreach (var (_, target, copy) in _entries)
        {
            target.copy_(copy);
        }
    }

    /// <summary>
    /// Writes the saved values as TorchSharp's <c>Module.save</c> writes a module (an entry count, then each entry's
    /// name and tensor), so <c>Module.load</c> reads them back; for a snapshot of the whole state the bytes are those
    /// <c>Module.save</c> would have written when the snapshot was taken.
    /// </summary>
    public void Save(BinaryWriter writer)
    {
        writer.Write7BitEncodedInt64(_entries.Count);
        foreach (var (name, _, copy) in _entries)
        {
            writer.Write(name);
            copy.Save(writer);
        }
    }

    /// <summary>Frees the copies.</summary>
    public void Release()
    {
        foreach (var (_, _, copy) in _entries)
        {
            copy.Dispose();
        }

        _entries.Clear();
    }
}
