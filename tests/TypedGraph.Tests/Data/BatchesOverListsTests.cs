using System;
using System.Collections.Generic;
using System.Linq;
using TypedGraph.Data;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Data;

/// <summary>
/// Prefetch and Shuffle over batches held in memory (the Keras <c>dataset.shuffle()</c> idiom on a list): the caller's
/// tensors are never disposed, so every epoch sees them; batches with missing parts are refused by index.
/// </summary>
public sealed class BatchesOverListsTests
{
    private static List<(Mlp.Inputs Inputs, Mlp.Targets Targets)> ListOfBatches(Mlp.Inputs x, Mlp.Targets y, int batchSize) =>
        [.. Training.StreamingFitTests.Batches(x, y, batchSize)];

    /// <summary>The same batches, created anew on every enumeration (the lazy source the operators dispose).</summary>
    private static IEnumerable<(Mlp.Inputs Inputs, Mlp.Targets Targets)> Clones(IReadOnlyList<(Mlp.Inputs Inputs, Mlp.Targets Targets)> batches)
    {
        foreach (var (inputs, targets) in batches)
        {
            yield return (new Mlp.Inputs(inputs.Features.clone()), new Mlp.Targets(targets.Probabilities.clone()));
        }
    }

    private static (Mlp First, Mlp Second) TwinModels()
    {
        var first = new Mlp();
        var second = new Mlp();
        using (no_grad())
        {
            foreach (var (mine, theirs) in second.parameters().Zip(first.parameters()))
            {
                mine.copy_(theirs);
            }
        }

        return (first, second);
    }

    private static void AssertUsable(List<(Mlp.Inputs Inputs, Mlp.Targets Targets)> batches, Mlp.Inputs x)
    {
        var start = 0L;
        foreach (var (inputs, targets) in batches)
        {
            Assert.False(inputs.Features.IsInvalid);
            Assert.False(targets.Probabilities.IsInvalid);
            var length = inputs.Features.size(0);
            Assert.True(inputs.Features.equal(x.Features.narrow(0, start, length)).all().item<bool>()); // data untouched
            start += length;
        }
    }

    [Fact]
    public void Prefetch_over_a_list_trains_two_epochs_exactly_as_the_list_and_leaves_its_tensors_usable()
    {
        var (x, y) = ToyData.Classification(30);
        var batches = ListOfBatches(x, y, 8); // 8, 8, 8, 6 samples
        var (plain, prefetched) = TwinModels();
        using (plain)
        using (prefetched)
        {
            var expected = plain.Fit(batches, epochs: 2, verbose: 0);
            var actual = prefetched.Fit(batches.Prefetch(capacity: 2), epochs: 2, verbose: 0);

            Assert.Equal(2, actual["loss"].Count);
            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var key in expected.Keys)
            {
                Assert.Equal(expected[key], actual[key]);
            }
            AssertUsable(batches, x);
        }
    }

    [Fact]
    public void Shuffle_over_a_list_trains_two_epochs_as_the_same_shuffle_of_fresh_copies_and_leaves_its_tensors_usable()
    {
        var (x, y) = ToyData.Classification(40);
        var batches = ListOfBatches(x, y, 4); // 10 batches through a buffer of 8
        var (overList, overCopies) = TwinModels();
        using (overList)
        using (overCopies)
        {
            var expected = overCopies.Fit(Clones(batches).Shuffle(bufferSize: 8, seed: 1), epochs: 2, verbose: 0);
            var actual = overList.Fit(batches.Shuffle(bufferSize: 8, seed: 1), epochs: 2, verbose: 0);

            Assert.Equal(2, actual["loss"].Count);
            Assert.Equal(expected["loss"], actual["loss"]);
            AssertUsable(batches, x);

            // Prefetch after Shuffle, as a pipeline: a third epoch still finds the caller's tensors.
            overList.Fit(batches.Shuffle(bufferSize: 8, seed: 1).Prefetch(capacity: 2), epochs: 1, verbose: 0);
            AssertUsable(batches, x);
        }
    }

    [Fact]
    public void Tensors_made_in_the_callers_dispose_scope_are_not_taken_over_and_early_stop_leaves_them_alone()
    {
        using var outer = NewDisposeScope();
        var x = arange(12f).reshape(6, 2);
        var y = arange(6L);
        List<(FeaturesRecord Inputs, LabelsRecord Targets)> batches =
            [.. Enumerable.Range(0, 6).Select(i => (new FeaturesRecord(x[i].unsqueeze(0)), new LabelsRecord(y[i].unsqueeze(0))))];

        foreach (var pipeline in new[] { batches.Shuffle(bufferSize: 3, seed: 5), batches.Prefetch(capacity: 2) })
        {
            var seen = new List<long>();
            foreach (var (inputs, targets) in pipeline)
            {
                using var step = NewDisposeScope();
                seen.Add(targets.Labels[0].item<long>());
                if (seen.Count == 2)
                {
                    break; // the buffer still holds batches: only the operators' aliases may be disposed
                }
            }

            Assert.Equal(2, seen.Count);
        }

        Assert.All(batches, b => Assert.False(b.Inputs.Features.IsInvalid || b.Targets.Labels.IsInvalid));
        Assert.All(batches, b => Assert.True(outer.Contains(b.Inputs.Features)));
        Assert.Equal(66f, batches.Sum(b => b.Inputs.Features.sum().item<float>())); // 0 + 1 + … + 11, untouched
    }

    [Fact]
    public void A_batch_with_a_null_record_or_tensor_is_refused_by_index()
    {
        using var scope = NewDisposeScope();
        var good = (new FeaturesRecord(ones(2, 3)), new LabelsRecord(zeros(2, ScalarType.Int64)));
        List<(FeaturesRecord, LabelsRecord)> nullTargets = [good, (new FeaturesRecord(ones(2, 3)), null!)];
        List<(FeaturesRecord, LabelsRecord)> nullTensor = [good, good, (new FeaturesRecord(null!), new LabelsRecord(zeros(2, ScalarType.Int64)))];

        static string Failure(IEnumerable<(FeaturesRecord, LabelsRecord)> batches) =>
            Assert.Throws<ArgumentException>(() =>
            {
                foreach (var batch in batches)
                {
                }
            }).Message;

        Assert.StartsWith("Batch 1 of the source is incomplete: its Targets record is null.", Failure(nullTargets.Shuffle(4, seed: 1)));
        Assert.StartsWith("Batch 1 of the source is incomplete: its Targets record is null.", Failure(nullTargets.Prefetch(1)));
        Assert.StartsWith("Batch 2 of the source is incomplete: tensor 0 of its Inputs record is null.", Failure(nullTensor.Shuffle(1, seed: 1)));
        Assert.StartsWith("Batch 2 of the source is incomplete: tensor 0 of its Inputs record is null.", Failure(nullTensor.Prefetch(2)));
        Assert.False(good.Item1.Features.IsInvalid);
    }
}
