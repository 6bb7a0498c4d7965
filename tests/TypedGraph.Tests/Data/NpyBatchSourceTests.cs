using System;
using System.Collections.Generic;
using System.Linq;
using TypedGraph.Data;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Data;

/// <summary>Typed batches from .npy files read on demand: order, shuffling, pairing of inputs and targets, ownership.</summary>
public sealed class NpyBatchSourceTests : IDisposable
{
    private const int Samples = 23;
    private readonly TempDirectory _temp = new();

    public NpyBatchSourceTests()
    {
        using var scope = NewDisposeScope();
        // Sample i: features row [i, i + 0.5, i + 0.25], label i, second input 2i.
        var i = arange(Samples, dtype: ScalarType.Float32);
        NumPy.Save(_temp["x.npy"], stack([i, i + 0.5f, i + 0.25f], 1));
        NumPy.Save(_temp["y.npy"], arange(Samples, dtype: ScalarType.Int64));
        NumPy.Save(_temp["z.npy"], (i * 2).unsqueeze(1));
        NumPy.Save(_temp["short.npy"], arange(5));
    }

    public void Dispose() => _temp.Dispose();

    private NpyBatchSource<FeaturesRecord, LabelsRecord> Source(int batchSize, bool shuffle = false, int window = 1, int? seed = 5, bool dropRemainder = false) =>
        new([_temp["x.npy"]], [_temp["y.npy"]], batchSize, shuffle, window, seed, dropRemainder);

    /// <summary>Each batch's labels, fetched as the streaming Fit does (each inside its own scope), checking the pairing.</summary>
    private static List<long[]> Epoch(IEnumerable<(FeaturesRecord Inputs, LabelsRecord Targets)> source)
    {
        var batches = new List<long[]>();
        using var e = source.GetEnumerator();
        while (true)
        {
            using var scope = NewDisposeScope();
            if (!e.MoveNext())
            {
                break;
            }

            var (inputs, targets) = e.Current;
            var labels = targets.Labels.data<long>().ToArray();
            Assert.Equal(labels.Select(l => (float)l), inputs.Features.select(1, 0).data<float>().ToArray());
            Assert.Equal(labels.Select(l => l + 0.25f), inputs.Features.select(1, 2).data<float>().ToArray());
            batches.Add(labels);
        }

        return batches;
    }

    [Fact]
    public void Without_shuffling_batches_are_consecutive_rows_and_every_epoch_is_the_same()
    {
        using var source = Source(batchSize: 5);

        var epoch1 = Epoch(source);
        var epoch2 = Epoch(source);

        Assert.Equal(5, source.BatchCount);
        Assert.Equal(Samples, source.SampleCount);
        Assert.Equal([5, 5, 5, 5, 3], epoch1.Select(b => b.Length));
        Assert.Equal(Enumerable.Range(0, Samples).Select(i => (long)i), epoch1.SelectMany(b => b));
        Assert.Equal(epoch1, epoch2);
    }

    [Fact]
    public void Drop_remainder_leaves_out_the_short_last_batch()
    {
        using var source = Source(batchSize: 5, dropRemainder: true);

        Assert.Equal([5, 5, 5, 5], Epoch(source).Select(b => b.Length));
        Assert.Equal(20, source.SampleCount);
    }

    [Fact]
    public void Shuffling_a_window_of_one_reorders_whole_batches_seeded_and_differently_every_epoch()
    {
        using var source = Source(batchSize: 4, shuffle: true, window: 1, seed: 11);
        using var same = Source(batchSize: 4, shuffle: true, window: 1, seed: 11);

        var epoch1 = Epoch(source);
        var epoch2 = Epoch(source);

        foreach (var epoch in new[] { epoch1, epoch2 })
        {
            Assert.Equal(Enumerable.Range(0, Samples).Select(i => (long)i), epoch.SelectMany(b => b).Order());
            // Each batch is one original batch: the rows of [4k, 4k + 4), in some order.
            Assert.All(epoch, b => Assert.Equal(Enumerable.Range((int)(b.Min() / 4 * 4), b.Length).Select(i => (long)i), b.Order()));
        }

        Assert.NotEqual(epoch1.Select(b => b.Min()), epoch2.Select(b => b.Min()));
        Assert.Equal(epoch1, Epoch(same));
    }

    [Fact]
    public void Shuffling_a_larger_window_mixes_samples_across_the_batches_of_the_window()
    {
        using var source = Source(batchSize: 4, shuffle: true, window: 3, seed: 2);

        var epoch = Epoch(source);
        var all = epoch.SelectMany(b => b).ToArray();

        Assert.Equal(Enumerable.Range(0, Samples).Select(i => (long)i), all.Order());
        Assert.Contains(epoch, b => b.Max() / 4 != b.Min() / 4); // some batch draws from two original batches
        Assert.All(epoch, b => Assert.Equal(b.Min() / 12, b.Max() / 12)); // but never from two windows of 12 rows
    }

    [Fact]
    public void Two_input_files_make_a_two_member_record()
    {
        using var source = new NpyBatchSource<PairRecord, LabelsRecord>([_temp["x.npy"], _temp["z.npy"]], [_temp["y.npy"]], batchSize: 10);
        using var scope = NewDisposeScope();

        var (inputs, targets) = source.First();

        Assert.Equal([10L, 3L], inputs.Left.shape);
        Assert.Equal([10L, 1L], inputs.Right.shape);
        Assert.Equal(targets.Labels.data<long>().ToArray().Select(l => l * 2f), inputs.Right.flatten().data<float>().ToArray());
    }

    [Fact]
    public void Files_that_disagree_or_do_not_match_the_records_are_refused_with_names()
    {
        var rows = Assert.Throws<ArgumentException>(() => new NpyBatchSource<FeaturesRecord, LabelsRecord>([_temp["x.npy"]], [_temp["short.npy"]], 4));
        Assert.Contains("has 23 rows", rows.Message, StringComparison.Ordinal);
        Assert.Contains("short.npy' has 5", rows.Message, StringComparison.Ordinal);

        var tooMany = Assert.Throws<ArgumentException>(() => new NpyBatchSource<FeaturesRecord, LabelsRecord>([_temp["x.npy"], _temp["z.npy"]], [_temp["y.npy"]], 4));
        Assert.Contains("FeaturesRecord has 1 member(s) but 2 file(s) were given in inputFiles", tooMany.Message, StringComparison.Ordinal);

        var tooFew = Assert.Throws<ArgumentException>(() => new NpyBatchSource<PairRecord, LabelsRecord>([_temp["x.npy"]], [_temp["y.npy"]], 4));
        Assert.Contains("PairRecord has more member(s) but 1 file(s)", tooFew.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Batches_belong_to_the_scope_open_when_fetched_and_the_shuffle_window_outlives_the_first_one()
    {
        using var source = Source(batchSize: 3, shuffle: true, window: 4);
        var handed = new List<Tensor>();
        using (var e = source.GetEnumerator())
        {
            for (var step = 0; step < 3; step++)
            {
                using var scope = NewDisposeScope();
                Assert.True(e.MoveNext());
                handed.Add(e.Current.Inputs.Features);
                Assert.Equal(3, e.Current.Inputs.Features.shape[0]); // readable in step 2 and 3: the window was not freed with step 1
            }
        }

        Assert.All(handed, t => Assert.True(t.IsInvalid));
    }

    [Fact]
    public void Prefetching_a_shuffled_source_gives_the_same_batches_as_reading_it_directly()
    {
        using var direct = Source(batchSize: 4, shuffle: true, window: 2, seed: 9);
        using var prefetched = Source(batchSize: 4, shuffle: true, window: 2, seed: 9);

        Assert.Equal(Epoch(direct), Epoch(prefetched.Prefetch(capacity: 2)));
        Assert.Equal(Epoch(direct), Epoch(prefetched.Prefetch(capacity: 2)));
    }
}
