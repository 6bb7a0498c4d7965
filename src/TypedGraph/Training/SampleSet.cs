using System;
using System.Collections.Generic;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// Input and target tensors that share their first (sample) dimension, cut into batches along it. The tensors stay
/// owned by the caller, except the views a <see cref="SplitLast"/> creates, which the split sets own and release on
/// <see cref="Dispose"/>. Batches are views (<c>narrow</c>) or gathers (<c>index_select</c>) created in the current dispose scope.
/// </summary>
internal sealed class SampleSet : IDisposable
{
    private readonly bool _ownsTensors;

    private SampleSet(IReadOnlyList<Tensor> inputs, IReadOnlyList<Tensor> targets, Tensor? weights, long count, bool ownsTensors)
    {
        Inputs = inputs;
        Targets = targets;
        Weights = weights;
        Count = count;
        _ownsTensors = ownsTensors;
    }

    public IReadOnlyList<Tensor> Inputs { get; }

    public IReadOnlyList<Tensor> Targets { get; }

    /// <summary>Per-sample weights of the loss, shape <c>(Count)</c>, or <see langword="null"/>.</summary>
    public Tensor? Weights { get; }

    /// <summary>Number of samples.</summary>
    public long Count { get; }

    /// <summary>Checks that every tensor is there, alive, and has the same, non-zero number of samples.</summary>
    /// <param name="inputs">The input tensors, in the order of <paramref name="inputNames"/>.</param>
    /// <param name="targets">The target tensors, in the order of <paramref name="targetNames"/>.</param>
    /// <param name="inputNames">Names of the inputs, for messages.</param>
    /// <param name="targetNames">Names of the targets, for messages.</param>
    /// <param name="argument">The argument the inputs came from, for messages (<c>x</c>, <c>validationData</c>).</param>
    /// <param name="targetArgument">The argument the targets came from (<c>y</c>); <paramref name="argument"/> when omitted.</param>
    /// <exception cref="ArgumentException">A tensor is missing, a scalar, or holds another number of samples; or there are no samples.</exception>
    /// <exception cref="ObjectDisposedException">A tensor was disposed before the call; the object name is its input's or target's name.</exception>
    public static SampleSet Create(
        IReadOnlyList<Tensor> inputs,
        IReadOnlyList<Tensor> targets,
        IReadOnlyList<string> inputNames,
        IReadOnlyList<string> targetNames,
        string argument,
        string? targetArgument = null)
    {
        targetArgument ??= argument;
        CheckCount(inputs, inputNames, "input", argument);
        CheckCount(targets, targetNames, "target", targetArgument);
        long count = -1;
        string? owner = null;
        CheckSamples(inputs, inputNames, "Input", argument, ref count, ref owner);
        CheckSamples(targets, targetNames, "Target", targetArgument, ref count, ref owner);
        if (count == 0)
        {
            throw new ArgumentException($"{argument} holds no samples: '{owner}' has size 0 in its first dimension.", argument);
        }

        return new SampleSet(inputs, targets, null, count, ownsTensors: false);
    }

    /// <summary>The same samples with per-sample loss weights (owned by the caller).</summary>
    /// <param name="weights">One weight per sample, shape <c>(Count)</c>.</param>
    public SampleSet WithWeights(Tensor weights) => new(Inputs, Targets, weights, Count, ownsTensors: false);

    /// <summary>
    /// Splits off the last <paramref name="validationSplit"/> of the samples, unshuffled, as validation data (Keras'
    /// <c>validation_split</c>: the first <c>floor(count × (1 − validationSplit))</c> samples train).
    /// </summary>
    public (SampleSet Training, SampleSet Validation) SplitLast(double validationSplit)
    {
        var trainCount = (long)Math.Floor(Count * (1 - validationSplit));
        if (trainCount <= 0 || trainCount >= Count)
        {
            throw new ArgumentException(
                $"validationSplit {validationSplit} of {Count} samples leaves {trainCount} training and {Count - trainCount} validation samples; both need at least one.",
                nameof(validationSplit));
        }

        return (Narrow(0, trainCount), Narrow(trainCount, Count - trainCount));
    }

    /// <summary>Number of batches of <paramref name="batchSize"/> samples, the last one possibly smaller.</summary>
    public int BatchCount(int batchSize) => (int)((Count + batchSize - 1) / batchSize);

    /// <summary>The samples [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) as views.</summary>
    public Batch Slice(long start, long length) =>
        new(Select(Inputs, t => t.narrow(0, start, length)), Select(Targets, t => t.narrow(0, start, length)), Weights?.narrow(0, start, length), length);

    /// <summary>The samples at <paramref name="indices"/>, gathered.</summary>
    public Batch Gather(Tensor indices) =>
        new(Select(Inputs, t => t.index_select(0, indices)), Select(Targets, t => t.index_select(0, indices)), Weights?.index_select(0, indices), indices.size(0));

    /// <summary>
    /// The batches of one epoch, in order or in a new random order. The loops call <c>MoveNext</c> inside each batch's
    /// dispose scope; the permutation outlives those scopes and is released when the enumeration ends.
    /// </summary>
    public IEnumerable<Batch> Batches(int batchSize, bool shuffle)
    {
        var order = shuffle ? randperm(Count, device: Inputs[0].device).DetachFromDisposeScope() : null;
        try
        {
            for (long start = 0; start < Count; start += batchSize)
            {
                var length = Math.Min(batchSize, Count - start);
                yield return order is null ? Slice(start, length) : Gather(order.narrow(0, start, length));
            }
        }
        finally
        {
            order?.Dispose();
        }
    }

    /// <summary>Releases the views this set owns (those of a split); tensors the caller passed in are left alone.</summary>
    public void Dispose()
    {
        if (!_ownsTensors)
        {
            return;
        }

        foreach (var tensor in Inputs)
        {
            tensor.Dispose();
        }

        foreach (var tensor in Targets)
        {
            tensor.Dispose();
        }

        Weights?.Dispose();
    }

    private SampleSet Narrow(long start, long length)
    {
        // Views that outlive every batch scope: detached here, released by Dispose.
        var (inputs, targets, weights, _) = Slice(start, length);
        foreach (var tensor in inputs)
        {
            tensor.DetachFromDisposeScope();
        }

        foreach (var tensor in targets)
        {
            tensor.DetachFromDisposeScope();
        }

        weights?.DetachFromDisposeScope();
        return new SampleSet(inputs, targets, weights, length, ownsTensors: true);
    }

    private static Tensor[] Select(IReadOnlyList<Tensor> tensors, Func<Tensor, Tensor> select)
    {
        var result = new Tensor[tensors.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = select(tensors[i]);
        }

        return result;
    }

    private static void CheckCount(IReadOnlyList<Tensor> tensors, IReadOnlyList<string> names, string kind, string argument)
    {
        if (tensors.Count != names.Count)
        {
            throw new ArgumentException(
                $"{argument} has {tensors.Count} {kind} tensor(s) but the model has {names.Count} {kind}(s): {string.Join(", ", names)}.", argument);
        }
    }

    private static void CheckSamples(
        IReadOnlyList<Tensor> tensors, IReadOnlyList<string> names, string kind, string argument, ref long count, ref string? owner)
    {
        var ownerIsInput = owner is not null && kind == "Target";
        for (var i = 0; i < tensors.Count; i++)
        {
            var tensor = tensors[i] ?? throw new ArgumentException($"{kind} '{names[i]}' of {argument} is null.", argument);
            if (tensor.IsInvalid)
            {
                throw new ObjectDisposedException(
                    names[i],
                    $"{kind} '{names[i]}' of {argument} is a tensor that was already disposed (by Dispose, or by the end of the dispose scope that created it).");
            }

            if (tensor.Dimensions == 0)
            {
                throw new ArgumentException($"{kind} '{names[i]}' of {argument} is a scalar; its first dimension must index the samples.", argument);
            }

            var samples = tensor.size(0);
            if (owner is null)
            {
                count = samples;
                owner = names[i];
            }
            else if (samples != count)
            {
                var others = ownerIsInput ? $"the inputs have {count}" : $"{kind.ToLowerInvariant()} '{owner}' has {count}";
                throw new ArgumentException(
                    $"{kind} '{names[i]}' of {argument} has {samples} samples but {others}; every input and target needs one row per sample.",
                    argument);
            }
        }
    }
}
