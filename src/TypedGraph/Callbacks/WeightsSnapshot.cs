using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph.Callbacks;

/// <summary>An in-memory copy of a module's state (parameters and buffers), restorable in place; call <see cref="Release"/> when done.</summary>
internal sealed class WeightsSnapshot
{
    private readonly List<(Tensor Target, Tensor Copy)> _entries = [];

    public WeightsSnapshot(nn.Module module)
    {
        using var noGrad = no_grad();
        foreach (var (_, tensor) in module.state_dict())
        {
            var copy = tensor.detach().clone();
            copy.DetachFromDisposeScope();
            _entries.Add((tensor, copy));
        }
    }

    /// <summary>Copies the saved values back into the module's tensors.</summary>
    public void Restore()
    {
        using var noGrad = no_grad();
        foreach (var (target, copy) in _entries)
        {
            target.copy_(copy);
        }
    }

    /// <summary>Frees the copies (not a finalizer-backed IDisposable: owners release it when training ends).</summary>
    public void Release()
    {
        foreach (var (_, copy) in _entries)
        {
            copy.Dispose();
        }

        _entries.Clear();
    }
}
