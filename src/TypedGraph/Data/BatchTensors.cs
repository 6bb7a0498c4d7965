using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace TypedGraph.Data;

/// <summary>
/// Ownership moves for the tensors of a batch <c>(Inputs, Targets)</c> when a batch crosses threads or waits in a buffer:
/// take it from the source (the operator then owns every tensor of it, never one the caller made beforehand), adopt it
/// into the dispose scope open where it is handed out, or dispose it. A tensor that appears twice in a batch (inputs
/// reused as targets) is handled once.
/// </summary>
internal static class BatchTensors
{
    /// <summary>
    /// Fetches the next batch of <paramref name="items"/> inside a dispose scope of its own and takes ownership of it, so
    /// the batch can wait in a buffer or cross threads: a tensor the source created for it is taken out of that scope,
    /// a tensor that existed before (a list of batches held in memory) is replaced by an alias (same storage, no copy)
    /// and is never disposed. Other tensors the source created meanwhile (intermediates) are released with the scope.
    /// </summary>
    /// <param name="items">The source's enumerator.</param>
    /// <param name="index">The batch's position in the enumeration, for messages.</param>
    /// <param name="batch">The batch, owned by the caller (outside every dispose scope), when one was fetched.</param>
    /// <returns>Whether the source yielded a batch.</returns>
    /// <exception cref="ArgumentException">The batch has a null record or a null tensor.</exception>
    /// <exception cref="ObjectDisposedException">A tensor of the batch was disposed before it was handed over.</exception>
    public static bool TryTake<TInputs, TTargets>(IEnumerator<(TInputs Inputs, TTargets Targets)> items, int index, out (TInputs Inputs, TTargets Targets) batch)
        where TInputs : ITensorRecord<TInputs>
        where TTargets : ITensorRecord<TTargets>
    {
        using var scope = NewDisposeScope();
        if (!items.MoveNext())
        {
            batch = default;
            return false;
        }

        var (inputs, targets) = items.Current;
        var inputTensors = Tensors(inputs?.ToTensors(), "Inputs", index);
        var targetTensors = Tensors(targets?.ToTensors(), "Targets", index);
        var owned = new Dictionary<Tensor, Tensor>(ReferenceEqualityComparer.Instance);
        Tensor Own(Tensor tensor)
        {
            if (!owned.TryGetValue(tensor, out var mine))
            {
                mine = scope.Contains(tensor) ? tensor : tensor.alias();
                mine.DetachFromDisposeScope();
                owned.Add(tensor, mine);
            }

            return mine;
        }

        try
        {
            batch = (TInputs.FromTensors(Map(inputTensors, Own)), TTargets.FromTensors(Map(targetTensors, Own)));
            return true;
        }
        catch
        {
            foreach (var mine in owned.Values)
            {
                mine.Dispose();
            }

            throw;
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

    /// <summary>Disposes the tensors of a batch obtained from <see cref="TryTake"/>.</summary>
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
        var tensors = new HashSet<Tensor>(batch.Inputs.ToTensors(), ReferenceEqualityComparer.Instance);
        tensors.UnionWith(batch.Targets.ToTensors());
        return tensors;
    }

    /// <summary>The tensors of one record of batch <paramref name="index"/>, refusing a null record, a null tensor or a disposed one.</summary>
    private static IReadOnlyList<Tensor> Tensors(IReadOnlyList<Tensor>? tensors, string record, int index)
    {
        if (tensors is null)
        {
            throw new ArgumentException($"Batch {index} of the source is incomplete: its {record} record is null.");
        }

        for (var i = 0; i < tensors.Count; i++)
        {
            if (tensors[i] is not { } tensor)
            {
                throw new ArgumentException($"Batch {index} of the source is incomplete: tensor {i} of its {record} record is null.");
            }

            if (tensor.IsInvalid)
            {
                throw new ObjectDisposedException(
                    $"{record}[{i}]", $"Tensor {i} of the {record} record of batch {index} of the source was already disposed (by Dispose, or by the end of the dispose scope that created it).");
            }
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
