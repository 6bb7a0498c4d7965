using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TorchSharp;
using TypedGraph.Callbacks;
using TypedGraph.Tests.Callbacks;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Training;

public sealed class StreamingFitTests
{
    [Fact]
    public void Streaming_fit_gives_the_same_history_and_weights_as_in_memory_fit_with_the_same_batches()
    {
        using var temp = new TempDirectory();
        var (x, y) = ToyData.Classification(30);
        var (xVal, yVal) = ToyData.Classification(10, seed: 7);
        using var inMemory = new Mlp();
        using var streamed = new Mlp();
        inMemory.SaveWeights(temp["initial.bin"]);
        streamed.LoadWeights(temp["initial.bin"]);

        var expected = inMemory.Fit(x, y, epochs: 3, batchSize: 8, validationData: (xVal, yVal), shuffle: false, verbose: 0);
        var batches = Batches(x, y, 8).ToList(); // 8, 8, 8, 6 samples
        var validation = Batches(xVal, yVal, 8).ToList();
        var actual = streamed.Fit(batches, epochs: 3, validationBatches: validation, verbose: 0);

        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var key in expected.Keys)
        {
            Assert.Equal(expected[key], actual[key]);
        }

        var expectedParameters = inMemory.parameters().ToList();
        var actualParameters = streamed.parameters().ToList();
        for (var i = 0; i < expectedParameters.Count; i++)
        {
            Assert.True(expectedParameters[i].equal(actualParameters[i]).all().item<bool>(), $"parameter {i} differs");
        }

        // The in-memory batches were the caller's: still usable after Fit.
        Assert.All(batches, batch => Assert.False(batch.Inputs.Features.IsInvalid));
        Assert.Equal(inMemory.Evaluate(xVal, yVal, batchSize: 8), streamed.Evaluate(validation));
    }

    [Fact]
    public void A_lazy_sequence_is_enumerated_once_per_epoch_and_the_tensors_it_creates_are_released_after_their_step()
    {
        var (x, y) = ToyData.Classification(20);
        using var model = new Mlp();
        var created = new List<Tensor>();
        var enumerations = 0;
        IEnumerable<(Mlp.Inputs, Mlp.Targets)> Lazy()
        {
            enumerations++;
            for (long start = 0; start < 20; start += 5)
            {
                var features = x.Features.narrow(0, start, 5).clone();
                var labels = y.Probabilities.narrow(0, start, 5).clone();
                created.Add(features);
                created.Add(labels);
                yield return (new Mlp.Inputs(features), new Mlp.Targets(labels));
            }
        }

        var recorder = new RecordingCallback();
        var history = model.Fit(Lazy(), epochs: 3, callbacks: [recorder], verbose: 0);

        Assert.Equal(3, enumerations);
        Assert.Equal([0, 1, 2], history.Epochs);
        Assert.Equal(24, created.Count);
        Assert.All(created, tensor => Assert.True(tensor.IsInvalid)); // disposed by the per-batch scopes
        Assert.Equal(0, recorder.Params.StepsPerEpoch); // unknown up front
        Assert.Equal(0, recorder.Params.TrainingSamples);
        Assert.Equal(12, recorder.Events.Count(e => e.StartsWith("BatchEnd", StringComparison.Ordinal)));
    }

    [Fact]
    public void Native_memory_stays_flat_when_streaming_from_a_lazy_sequence()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(40);
        model.Compile(Optimizers.Adam(clipNorm: 1));
        IEnumerable<(Mlp.Inputs, Mlp.Targets)> Lazy()
        {
            for (long start = 0; start < 40; start += 10)
            {
                yield return (new Mlp.Inputs(x.Features.narrow(0, start, 10).clone()), new Mlp.Targets(y.Probabilities.narrow(0, start, 10).clone()));
            }
        }

        model.Fit(Lazy(), verbose: 0); // creates the optimizer state
        var statistics = DisposeScopeManager.Statistics;
        var before = statistics.ThreadTotalLiveCount;

        model.Fit(Lazy(), epochs: 3, validationBatches: Lazy(), verbose: 0);
        model.Evaluate(Lazy());

        Assert.Equal(before, statistics.ThreadTotalLiveCount);
    }

    [Fact]
    public void A_collection_of_batches_reports_its_step_count()
    {
        var (x, y) = ToyData.Classification(12);
        using var model = new Mlp();
        var recorder = new RecordingCallback();

        model.Fit(Batches(x, y, 5).ToArray(), callbacks: [recorder], verbose: 0);

        Assert.Equal(3, recorder.Params.StepsPerEpoch);
    }

    [Fact]
    public void A_sequence_that_ends_before_an_epoch_fails_with_a_clear_message()
    {
        var (x, y) = ToyData.Classification(10);
        using var model = new Mlp();
        using var oneShot = Batches(x, y, 5).GetEnumerator();
        IEnumerable<(Mlp.Inputs, Mlp.Targets)> Rest()
        {
            while (oneShot.MoveNext())
            {
                yield return oneShot.Current;
            }
        }

        var error = Assert.Throws<InvalidOperationException>(() => model.Fit(Rest(), epochs: 2, verbose: 0));
        Assert.Contains("epoch 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_with_mismatched_sample_counts_is_rejected_naming_the_batch()
    {
        var (x, y) = ToyData.Classification(10);
        using var model = new Mlp();
        (Mlp.Inputs, Mlp.Targets)[] batches = [(new Mlp.Inputs(x.Features.narrow(0, 0, 4)), new Mlp.Targets(y.Probabilities.narrow(0, 0, 3)))];

        var error = Assert.Throws<ArgumentException>(() => model.Fit(batches, verbose: 0));
        Assert.Contains("batches[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_progress_bar_counts_steps_without_a_total_until_the_first_epoch_ends()
    {
        using var writer = new StringWriter();
        var bar = new ProgressBar(writer) { Params = new TrainingParameters(2, 0, 0, 0, 0, 1, ["loss", "lr"]) };
        var running = new Dictionary<string, double> { ["loss"] = 0.5 };

        bar.OnTrainBegin(running);
        bar.OnEpochBegin(0, running);
        bar.OnBatchEnd(0, running);
        bar.OnBatchEnd(1, running);
        bar.OnBatchEnd(2, running);
        bar.OnEpochEnd(0, new Dictionary<string, double> { ["loss"] = 0.4, ["lr"] = 0.001 });
        bar.OnEpochBegin(1, running);
        bar.OnBatchEnd(0, running);

        var text = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith("Epoch 1/2\n\r1/Unknown - ", text, StringComparison.Ordinal);
        Assert.Contains("\r3/3 [==============================] - ", text, StringComparison.Ordinal);
        Assert.Contains("Epoch 2/2\n\r1/3 [", text, StringComparison.Ordinal);
    }

    internal static IEnumerable<(Mlp.Inputs Inputs, Mlp.Targets Targets)> Batches(Mlp.Inputs x, Mlp.Targets y, int batchSize)
    {
        var count = x.Features.size(0);
        for (long start = 0; start < count; start += batchSize)
        {
            var length = Math.Min(batchSize, count - start);
            yield return (new Mlp.Inputs(x.Features.narrow(0, start, length)), new Mlp.Targets(y.Probabilities.narrow(0, start, length)));
        }
    }
}
