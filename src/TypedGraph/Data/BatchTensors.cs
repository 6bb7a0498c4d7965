using System.Collections.Generic;
using static TorchSharp.torch;

namespace TypedGraph.Data;

/// <summary>
/// Ownership moves for the tensors of a batch <c>(Inputs, Targets)</c> when a batch crosses threads or waits in a buffer:
/// detach from the dispose scope that was open when it was made, adopt into the dispose scope open where it is handed
/// out, or dispose. A tensor that appears twice in a batch (inputs reused as targets) is handled once.
/// </summary>
internal static class BatchTensors
{
    /// <summary>Takes the batch's tensors out of whatever dispose scope they were created in, so that scope cannot free them.</summary>
    public static void Detach<TInputs, TTargets>((TInputs Inputs, TTargets Targets) batch)
        where TInputs : ITensorRecord<TInputs>
        where TTargets : ITensorRecord<TTargets>
    {
        foreach (var tensor in Distinct(batch))
        {
            tensor.DetachFromDisposeScope();
        }
    }

    /// <summary>
    /// The same batch with every tensor re-registered in the calling thread's current dispose scope (if any): each tensor
    /// is replaced by an alias created here (same storage, no copy) and the original handle is released.
    /// </summary>
    public static (TInputs Inputs, TTargets Targets) Adopt<TInputs, TTargets>((TInputs Inputs, TTargets Targets) batch)
        where TInputs : ITensorRecord<TInputs>
        where TTargets : ITensorRecord<TTargets>
    {
        var adopted = new Dictionary<Tensor, Tensor>(ReferenceEqualityComparer.Instance);
        Tensor AdoptOne(Tensor tensor)
        {
            if (!adopted.TryGetValue(tensor, out var alias))
            {
                alias = tensor.alias();
                adopted.Add(tensor, alias);
            }

            return alias;
        }

        var inputs = TInputs.FromTensors(Map(batch.Inputs.ToTensors(), AdoptOne));
        var targets = TTargets.FromTensors(Map(batch.Targets.ToTensors(), AdoptOne));
        foreach (var original in adopted.Keys)
        {
            original.Dispose();
        }

        return (inputs, targets);
    }

    /// <summary>Disposes the batch's tensors.</summary>
    public static void Dispose<TInputs, TTargets>((TInputs Inputs, TTargets Targets) batch)
        where TInputs : ITensorRecord<TInputs>
        where TTargets : ITensorRecord<TTargets>
    {
        foreach (var tensor in Distinct(batch))
        {
            tensor.Dispose();
        }
    }

    private static HashSet<Tensor> Distinct<TInputs, TTargets>((TInputs Inputs, TTargets Targets) batch)
        where TInputs : ITensorRecord<TInputs>
        where TTargets : ITensorRecord<TTargets>
    {
        var tensors = new HashSet<Tensor>(ReferenceEqualityComparer.Instance);
        if (batch.Inputs is not null)
        {
            tensors.UnionWith(batch.Inputs.ToTensors());
        }

        if (batch.Targets is not null)
        {
            tensors.UnionWith(batch.Targets.ToTensors());
        }

        return tensors;
    }

    private static Tensor[] Map(IReadOnlyList<Tensor> tensors, System.Func<Tensor, Tensor> map)
    {
        var result = new Tensor[tensors.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = map(tensors[i]);
        }

        return result;
    }
}
