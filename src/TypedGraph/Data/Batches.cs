using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace TypedGraph.Data;

/// <summary>
/// Operators over streams of typed batches <c>(Inputs, Targets)</c>, as the streaming <c>Fit</c> and <c>Evaluate</c>
/// take them: <see cref="Prefetch"/> prepares batches on a background thread while the model trains,
/// <see cref="Shuffle"/> mixes their order through a bounded buffer. Both are lazy and re-enumerable: every
/// enumeration (every epoch) enumerates the source again.
/// </summary>
/// <remarks>
/// Tensor ownership follows the streaming <c>Fit</c>'s rule: tensors the source creates for a batch are released after
/// the batch is used, tensors that existed before (a list of batches held in memory) are never disposed, so
/// <c>batches.Shuffle(8, seed: 1)</c> over a list trains for any number of epochs. Each batch is fetched from the source
/// inside a dispose scope of its own; a tensor created there is the operator's, a tensor from before is handed on as an
/// alias (same storage, no copy). A batch handed out is registered in the dispose scope open on the consuming thread (the
/// streaming <c>Fit</c> opens one per batch), or belongs to the consumer when none is open. Batches made ahead of time
/// (on the prefetch thread, or waiting in the shuffle buffer) belong to no scope until then, and the operators dispose
/// the ones never handed out when the consumer stops early. Other tensors the source creates while producing a batch
/// are released once it is produced; a source that keeps a tensor across batches must take it out of the scope
/// (<c>DetachFromDisposeScope</c>). A batch with a null record or tensor throws <see cref="ArgumentException"/> naming
/// its index.
/// </remarks>
public static class Batches
{
    /// <summary>
    /// Enumerates <paramref name="source"/> on a background thread, keeping up to <paramref name="capacity"/> batches
    /// ready ahead of the consumer, so reading and preparing data overlaps with training.
    /// </summary>
    /// <typeparam name="TInputs">The model's <c>Inputs</c> record.</typeparam>
    /// <typeparam name="TTargets">The model's <c>Targets</c> record.</typeparam>
    /// <param name="source">The batches; enumerated on one background thread per enumeration of the result.</param>
    /// <param name="capacity">The most batches waiting ready (one more may be in preparation), at least 1.</param>
    /// <returns>The same batches in the same order.</returns>
    /// <remarks>
    /// An exception thrown by <paramref name="source"/> reaches the consumer after the batches produced before it. When
    /// the consumer stops early (break, exception, <c>StopTraining</c>), the producer is stopped and waited for, and the
    /// batches it made that were not consumed are disposed.
    /// </remarks>
    public static IEnumerable<(TInputs Inputs, TTargets Targets)> Prefetch<TInputs, TTargets>(
        this IEnumerable<(TInputs Inputs, TTargets Targets)> source, int capacity)
        where TInputs : ITensorRecord<TInputs>
        where TTargets : ITensorRecord<TTargets>
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        return PrefetchIterator(source, capacity);
    }

    /// <summary>
    /// Yields the batches of <paramref name="source"/> in a random order drawn through a buffer of
    /// <paramref name="bufferSize"/> batches (as <c>tf.data.Dataset.shuffle</c>): the buffer is filled, then each step hands
    /// out a random buffered batch and refills its slot from the source.
    /// </summary>
    /// <typeparam name="TInputs">The model's <c>Inputs</c> record.</typeparam>
    /// <typeparam name="TTargets">The model's <c>Targets</c> record.</typeparam>
    /// <param name="source">The batches.</param>
    /// <param name="bufferSize">The most batches held at once, at least 1 (1 keeps the order). A buffer as large as the epoch gives a uniform permutation.</param>
    /// <param name="seed">Seeds the order: enumeration <c>k</c> of the result uses the <c>k</c>-th stream of this seed, so every epoch differs and a run is reproducible.</param>
    /// <returns>Every batch of the source exactly once per enumeration.</returns>
    public static IEnumerable<(TInputs Inputs, TTargets Targets)> Shuffle<TInputs, TTargets>(
        this IEnumerable<(TInputs Inputs, TTargets Targets)> source, int bufferSize, int seed)
        where TInputs : ITensorRecord<TInputs>
        where TTargets : ITensorRecord<TTargets>
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 1);
        return ShuffleIterator(source, bufferSize, seed, new StrongBox());
    }

    /// <summary>The random stream of enumeration <paramref name="epoch"/> for <paramref name="seed"/>.</summary>
    internal static Random EpochRandom(int seed, int epoch) => new(unchecked((seed * 1_000_003) + epoch));

    private static IEnumerable<(TInputs Inputs, TTargets Targets)> PrefetchIterator<TInputs, TTargets>(
        IEnumerable<(TInputs Inputs, TTargets Targets)> source, int capacity)
        where TInputs : ITensorRecord<TInputs>
        where TTargets : ITensorRecord<TTargets>
    {
        using var ready = new BlockingCollection<(TInputs Inputs, TTargets Targets)>(capacity);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = new Thread(() =>
        {
            // A thread of our own: TryTake fetches each batch in a dispose scope of its own and keeps only the batch.
            try
            {
                using var items = source.GetEnumerator();
                for (var index = 0; BatchTensors.TryTake(items, index, out var batch); index++)
                {
                    try
                    {
                        ready.Add(batch, stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        BatchTensors.Dispose(batch);
                        return;
                    }
                }
            }
            catch (Exception error)
            {
                failure = ExceptionDispatchInfo.Capture(error);
            }
            finally
            {
                ready.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "TypedGraph batch prefetch",
        };
        producer.Start();
        try
        {
            foreach (var batch in ready.GetConsumingEnumerable())
            {
                yield return BatchTensors.Adopt(batch);
            }

            producer.Join();
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            producer.Join();
            while (ready.TryTake(out var unused))
            {
                BatchTensors.Dispose(unused);
            }
        }
    }

    private static IEnumerable<(TInputs Inputs, TTargets Targets)> ShuffleIterator<TInputs, TTargets>(
        IEnumerable<(TInputs Inputs, TTargets Targets)> source, int bufferSize, int seed, StrongBox enumerations)
        where TInputs : ITensorRecord<TInputs>
        where TTargets : ITensorRecord<TTargets>
    {
        var random = EpochRandom(seed, Interlocked.Increment(ref enumerations.Value) - 1);
        var buffer = new List<(TInputs Inputs, TTargets Targets)>(Math.Min(bufferSize, 1024));
        try
        {
            using var items = source.GetEnumerator();
            var taken = 0;
            while (buffer.Count < bufferSize && BatchTensors.TryTake(items, taken, out var batch))
            {
                buffer.Add(batch);
                taken++;
            }

            while (buffer.Count > 0)
            {
                var pick = random.Next(buffer.Count);
                var chosen = buffer[pick];
                if (BatchTensors.TryTake(items, taken, out var next))
                {
                    buffer[pick] = next;
                    taken++;
                }
                else
                {
                    buffer[pick] = buffer[^1];
                    buffer.RemoveAt(buffer.Count - 1);
                }

                yield return BatchTensors.Adopt(chosen);
            }
        }
        finally
        {
            foreach (var unused in buffer)
            {
                BatchTensors.Dispose(unused);
            }
        }
    }

    /// <summary>A counter shared by the enumerations of one shuffled sequence.</summary>
    private sealed class StrongBox
    {
        public int Value;
    }
}
