using System;
using System.Collections.Generic;
using System.Linq;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// Where the loops get their batches from, one pass per epoch: tensors cut into batches (<see cref="SampleSet"/>) or a
/// user's sequence of batches (streaming). The loops call <c>MoveNext</c> inside each batch's dispose scope, so the
/// tensors a lazy sequence creates for a batch are released with it.
/// </summary>
internal sealed class BatchSource
{
    private readonly Func<IEnumerable<Batch>> _epoch;

    private BatchSource(Func<IEnumerable<Batch>> epoch, int steps, int batchSize, long samples)
    {
        _epoch = epoch;
        Steps = steps;
        BatchSize = batchSize;
        Samples = samples;
    }

    /// <summary>Batches per epoch; 0 when unknown (a lazy sequence).</summary>
    public int Steps { get; }

    /// <summary>Samples per batch; 0 when the batches come from the user.</summary>
    public int BatchSize { get; }

    /// <summary>Samples per epoch; 0 when unknown.</summary>
    public long Samples { get; }

    /// <summary>Batches of <paramref name="batchSize"/> samples of <paramref name="set"/>, in a new random order every epoch when <paramref name="shuffle"/>.</summary>
    public static BatchSource From(SampleSet set, int batchSize, bool shuffle) =>
        new(() => set.Batches(batchSize, shuffle), set.BatchCount(batchSize), batchSize, set.Count);

    /// <summary>
    /// The user's batches, enumerated once per epoch. Each is checked as <c>Fit</c> checks tensors (tensor counts,
    /// sample counts) when it arrives; its step count is known only when the sequence is a collection.
    /// </summary>
    /// <param name="batches">The user's batches.</param>
    /// <param name="tensors">Turns a batch into its positional input and target tensors.</param>
    /// <param name="inputNames">The model's input names, for messages.</param>
    /// <param name="targetNames">The model's target names, for messages.</param>
    /// <param name="argument">The argument name, for messages.</param>
    public static BatchSource Stream<TBatch>(
        IEnumerable<TBatch> batches,
        Func<TBatch, (IReadOnlyList<Tensor> Inputs, IReadOnlyList<Tensor> Targets)> tensors,
        IReadOnlyList<string> inputNames,
        IReadOnlyList<string> targetNames,
        string argument)
    {
        ArgumentNullException.ThrowIfNull(batches, argument);
        var steps = batches.TryGetNonEnumeratedCount(out var count) ? count : 0;
        return new BatchSource(() => Checked(batches, tensors, inputNames, targetNames, argument), steps, 0, 0);
    }

    /// <summary>The batches of one epoch.</summary>
    public IEnumerable<Batch> Epoch() => _epoch();

    private static IEnumerable<Batch> Checked<TBatch>(
        IEnumerable<TBatch> batches,
        Func<TBatch, (IReadOnlyList<Tensor> Inputs, IReadOnlyList<Tensor> Targets)> tensors,
        IReadOnlyList<string> inputNames,
        IReadOnlyList<string> targetNames,
        string argument)
    {
        var index = 0;
        foreach (var batch in batches)
        {
            if (batch is null)
            {
                throw new ArgumentException($"Batch {index} of {argument} is null.", argument);
            }

            var (inputs, targets) = tensors(batch);
            var set = SampleSet.Create(inputs, targets, inputNames, targetNames, $"{argument}[{index}]");
            yield return new Batch([.. inputs], [.. targets], null, set.Count);
            index++;
        }
    }
}
