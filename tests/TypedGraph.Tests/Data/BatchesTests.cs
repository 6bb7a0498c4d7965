using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using TypedGraph.Data;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Data;

/// <summary>Prefetch and Shuffle over typed batch streams: order, bounds, early stop, failures and tensor ownership.</summary>
public sealed class BatchesTests
{
    /// <summary>A re-enumerable source of <paramref name="count"/> batches whose label is the batch index; records what it made.</summary>
    private sealed class CountingSource(int count, int failAfter = -1) : IEnumerable<(FeaturesRecord Inputs, LabelsRecord Targets)>
    {
        public ConcurrentQueue<Tensor> Made { get; } = new();

        public int Produced => _produced;

        public int Finished => _finished;

        public ConcurrentBag<int> Threads { get; } = [];

        private int _produced;
        private int _finished;

        public IEnumerator<(FeaturesRecord Inputs, LabelsRecord Targets)> GetEnumerator()
        {
            try
            {
                for (var i = 0; i < count; i++)
                {
                    if (i == failAfter)
                    {
                        throw new InvalidOperationException($"source failed at batch {i}");
                    }

                    Threads.Add(Environment.CurrentManagedThreadId);
                    var x = full(2, 3, (float)i);
                    var y = full(2, (long)i);
                    Made.Enqueue(x);
                    Made.Enqueue(y);
                    Interlocked.Increment(ref _produced);
                    yield return (new FeaturesRecord(x), new LabelsRecord(y));
                }
            }
            finally
            {
                Interlocked.Increment(ref _finished);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static long Label((FeaturesRecord Inputs, LabelsRecord Targets) batch) => batch.Targets.Labels[0].item<long>();

    /// <summary>Consumes like the streaming Fit: each batch fetched inside its own dispose scope, which is then disposed.</summary>
    private static List<long> ConsumeLikeFit(IEnumerable<(FeaturesRecord Inputs, LabelsRecord Targets)> batches, List<Tensor>? handedOut = null)
    {
        var labels = new List<long>();
        using var e = batches.GetEnumerator();
        while (true)
        {
            using var scope = NewDisposeScope();
            if (!e.MoveNext())
            {
                break;
            }

            var batch = e.Current;
            Assert.Equal((float)Label(batch), batch.Inputs.Features[1, 2].item<float>()); // inputs and targets stay paired
            labels.Add(Label(batch));
            handedOut?.AddRange([batch.Inputs.Features, batch.Targets.Labels]);
        }

        return labels;
    }

    [Fact]
    public void Prefetch_yields_the_source_in_order_from_another_thread_every_enumeration()
    {
        var source = new CountingSource(20);
        var prefetched = source.Prefetch(capacity: 3);

        Assert.Equal(Enumerable.Range(0, 20).Select(i => (long)i), ConsumeLikeFit(prefetched));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => (long)i), ConsumeLikeFit(prefetched));
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, source.Threads);
        Assert.Equal(2, source.Finished);
    }

    [Fact]
    public void Prefetched_batches_belong_to_the_consumers_scope_and_everything_made_is_released()
    {
        var source = new CountingSource(6);
        var handedOut = new List<Tensor>();

        ConsumeLikeFit(source.Prefetch(capacity: 2), handedOut);

        Assert.Equal(12, handedOut.Count);
        Assert.All(handedOut, t => Assert.True(t.IsInvalid)); // freed by the per-batch scopes
        Assert.All(source.Made, t => Assert.True(t.IsInvalid)); // the producer's handles were released on hand-over
    }

    [Fact]
    public void Prefetch_stays_within_its_capacity_ahead_of_a_slow_consumer()
    {
        var source = new CountingSource(50);
        using var e = source.Prefetch(capacity: 4).GetEnumerator();
        Assert.True(e.MoveNext());

        // One batch consumed, at most 4 waiting, at most one more being made (blocked on the full queue).
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (source.Produced < 5 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(10);
        }

        Thread.Sleep(200);
        Assert.InRange(source.Produced, 5, 6);
        e.Dispose();
    }

    [Fact]
    public void Stopping_early_stops_the_producer_and_disposes_the_batches_never_handed_out()
    {
        var source = new CountingSource(50);
        var taken = new List<(FeaturesRecord Inputs, LabelsRecord Targets)>();
        foreach (var batch in source.Prefetch(capacity: 4))
        {
            taken.Add(batch);
            if (taken.Count == 2)
            {
                Thread.Sleep(100); // let the producer fill the queue
                break;
            }
        }

        Assert.Equal(1, source.Finished); // the source enumerator was disposed
        Assert.InRange(source.Produced, 2, 7);
        Assert.All(source.Made, t => Assert.True(t.IsInvalid)); // unconsumed ones disposed, consumed ones re-homed
        Assert.All(taken, b => Assert.False(b.Inputs.Features.IsInvalid)); // what the consumer holds stays alive
        Assert.Equal([0L, 1L], taken.Select(Label));
        foreach (var (inputs, targets) in taken)
        {
            inputs.Features.Dispose();
            targets.Labels.Dispose();
        }
    }

    [Fact]
    public void An_exception_in_the_source_reaches_the_consumer_after_the_batches_made_before_it()
    {
        var source = new CountingSource(10, failAfter: 3);
        var labels = new List<long>();

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            using var scope = NewDisposeScope();
            foreach (var batch in source.Prefetch(capacity: 2))
            {
                labels.Add(Label(batch));
            }
        });

        Assert.Equal("source failed at batch 3", error.Message);
        Assert.Equal([0L, 1L, 2L], labels);
    }

    [Fact]
    public void Shuffle_is_a_seeded_permutation_that_changes_every_epoch()
    {
        var source = new CountingSource(40);
        var shuffled = source.Shuffle(bufferSize: 10, seed: 7);

        var epoch1 = ConsumeLikeFit(shuffled);
        var epoch2 = ConsumeLikeFit(shuffled);
        var again1 = ConsumeLikeFit(source.Shuffle(bufferSize: 10, seed: 7));
        var other = ConsumeLikeFit(source.Shuffle(bufferSize: 10, seed: 8));

        Assert.Equal(Enumerable.Range(0, 40).Select(i => (long)i), epoch1.Order());
        Assert.Equal(Enumerable.Range(0, 40).Select(i => (long)i), epoch2.Order());
        Assert.NotEqual(Enumerable.Range(0, 40).Select(i => (long)i), epoch1);
        Assert.NotEqual(epoch1, epoch2);
        Assert.Equal(epoch1, again1);
        Assert.NotEqual(epoch1, other);
        // A buffer of 10 cannot move a batch earlier than 9 places before its source position.
        Assert.All(epoch1.Select((label, position) => (label, position)), p => Assert.True(p.label <= p.position + 9, $"{p}"));
        Assert.All(source.Made, t => Assert.True(t.IsInvalid));
    }

    [Fact]
    public void Shuffle_with_a_buffer_of_one_keeps_the_order_and_stopping_early_frees_the_buffer()
    {
        var source = new CountingSource(12);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (long)i), ConsumeLikeFit(source.Shuffle(bufferSize: 1, seed: 1)));

        var source2 = new CountingSource(12);
        using (var scope = NewDisposeScope())
        {
            foreach (var batch in source2.Shuffle(bufferSize: 5, seed: 3))
            {
                break;
            }
        }

        Assert.Equal(6, source2.Produced); // the buffer of 5, and the one that refilled the slot of the batch handed out
        Assert.All(source2.Made, t => Assert.True(t.IsInvalid));
    }

    [Fact]
    public void Prefetch_and_Shuffle_validate_their_arguments()
    {
        var source = new CountingSource(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => source.Prefetch(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.Shuffle(0, seed: 1));
        Assert.Throws<ArgumentNullException>(() => Batches.Prefetch<FeaturesRecord, LabelsRecord>(null!, 1));
    }
}
