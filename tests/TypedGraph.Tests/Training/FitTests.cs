using System;
using System.Linq;
using TorchSharp;
using TypedGraph.Tests.Callbacks;
using TypedGraph.Tests.Models;
using Xunit;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Training;

public sealed class FitTests(ITestOutputHelper output)
{
    [Fact]
    public void Fit_lowers_the_loss_on_a_learnable_task()
    {
        // Weights and data from local generators and batches in order: every run trains the same numbers (the
        // process-wide generator is drawn from by the other test classes concurrently).
        using var model = new Mlp();
        using (var generator = new Generator(3))
        {
            DenseWeights.Reinitialize(model, generator);
        }

        var (x, y) = ToyData.Classification(256);
        model.Compile(Optimizers.Adam(learningRate: 1e-2));

        var history = model.Fit(x, y, epochs: 10, batchSize: 32, shuffle: false, verbose: 0);
        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"loss {history["loss"][0]:F4} -> {history["loss"][^1]:F4}, accuracy {history["acc"][^1]:F4}"));

        Assert.Equal(Enumerable.Range(0, 10), history.Epochs);
        Assert.True(history["loss"][^1] < history["loss"][0] / 2, $"loss went from {history["loss"][0]} to {history["loss"][^1]}");
        Assert.True(history["acc"][^1] > 0.7, $"final accuracy {history["acc"][^1]}");
    }

    [Fact]
    public void Epoch_logs_hold_training_values_validation_values_and_the_learning_rate_in_that_order()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(20);
        var (xVal, yVal) = ToyData.Classification(10, seed: 5);

        var history = model.Fit(x, y, epochs: 2, batchSize: 8, validationData: (xVal, yVal), verbose: 0);

        Assert.Equal(["loss", "acc", "val_loss", "val_acc", "lr"], history.Keys);
        Assert.Equal([0.001, 0.001], history["lr"]); // RMSprop(1e-3) without Compile
        Assert.Equal(history["acc"], history["accuracy"]);
        Assert.Equal(history["val_acc"], history["val_accuracy"]);
    }

    [Fact]
    public void Validation_split_takes_the_last_fraction_unshuffled()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(10);
        var recorder = new RecordingCallback();

        var history = model.Fit(x, y, epochs: 1, batchSize: 4, validationSplit: 0.2, shuffle: true, callbacks: [recorder], verbose: 0);

        Assert.Equal(8, recorder.Params.TrainingSamples);
        Assert.Equal(2, recorder.Params.ValidationSamples);
        using var scope = NewDisposeScope();
        var lastTwo = model.Evaluate(new Mlp.Inputs(x.Features.narrow(0, 8, 2)), new Mlp.Targets(y.Probabilities.narrow(0, 8, 2)));
        Assert.Equal(lastTwo["loss"], history["val_loss"][0], 1e-6);
        Assert.Equal(lastTwo["acc"], history["val_acc"][0], 1e-6);
    }

    [Fact]
    public void Multi_output_logs_use_output_names_and_the_total_is_the_weighted_sum()
    {
        using var model = new TwoHeads();
        var (x, y) = ToyData.TwoHeads(16);

        var history = model.Fit(x, y, epochs: 1, batchSize: 16, shuffle: false, verbose: 0);

        Assert.Equal(["loss", "age_loss", "gender_loss", "age_mae", "gender_acc", "lr"], history.Keys);
        Assert.Equal(0.25 * history["age_loss"][0] + 10 * history["gender_loss"][0], history["loss"][0], 1e-4);
    }

    [Fact]
    public void Verbose_fit_prints_one_line_per_epoch_on_the_console()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(10);
        using var console = new System.IO.StringWriter();
        var original = Console.Out;
        Console.SetOut(console); // no other test writes to the console: verbose is 0 everywhere else
        try
        {
            model.Fit(x, y, epochs: 2, batchSize: 4, validationSplit: 0.2, verbose: 2); // 1 would draw a live bar on a terminal
        }
        finally
        {
            Console.SetOut(original);
        }

        var lines = console.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^Epoch 1/2 - \d+\.\d\ds - loss: \d+\.\d{4} - acc: \d\.\d{4} - val_loss: \d+\.\d{4} - val_acc: \d\.\d{4}$", lines[0]);
        Assert.StartsWith("Epoch 2/2 - ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_nan_loss_without_TerminateOnNaN_warns_once_on_stderr_and_training_goes_on()
    {
        using var model = new Mlp();
        using var scope = NewDisposeScope();
        var (x, y) = ToyData.Classification(8);
        x.Features[1, 1] = float.NaN;
        using var error = new System.IO.StringWriter();
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(System.IO.TextWriter.Null);
        Console.SetError(error); // this class's tests run one at a time; no other test writes to stderr
        History history;
        try
        {
            history = model.Fit(x, y, epochs: 3, batchSize: 4, verbose: 2, callbacks: [new TypedGraph.Callbacks.LambdaCallback()]);
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }

        Assert.Equal(3, history.Epochs.Count);
        Assert.Equal(
            "Warning: the training loss of epoch 1 is NaN; training goes on as Keras does. Lower the learning rate, check the data for NaN, or pass TerminateOnNaN to stop at the first invalid batch." + Environment.NewLine,
            error.ToString());
    }

    [Fact]
    public void Native_memory_stays_flat_across_epochs()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(64);
        model.Fit(x, y, epochs: 1, batchSize: 16, verbose: 0); // creates the optimizer state
        var statistics = DisposeScopeManager.Statistics;
        var before = statistics.ThreadTotalLiveCount;

        model.Fit(x, y, epochs: 3, batchSize: 16, validationSplit: 0.25, verbose: 0);

        Assert.Equal(before, statistics.ThreadTotalLiveCount);
    }

    [Fact]
    public void Fit_restores_the_training_mode_it_found()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);
        model.eval();

        model.Fit(x, y, epochs: 1, validationSplit: 0.5, verbose: 0);

        Assert.False(model.training);
    }

    [Fact]
    public void Invalid_arguments_are_rejected_with_messages_naming_the_problem()
    {
        using var model = new Mlp();
        using var scope = NewDisposeScope();
        var (x, y) = ToyData.Classification(10);
        var shortY = new Mlp.Targets(y.Probabilities.narrow(0, 0, 9));
        var emptyX = new Mlp.Inputs(x.Features.narrow(0, 0, 0));
        var emptyY = new Mlp.Targets(y.Probabilities.narrow(0, 0, 0));

        Assert.Equal("epochs", Assert.Throws<ArgumentOutOfRangeException>(() => model.Fit(x, y, epochs: 0, verbose: 0)).ParamName);
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => model.Fit(x, y, batchSize: 0, verbose: 0)).ParamName);
        Assert.Equal("validationSplit", Assert.Throws<ArgumentOutOfRangeException>(() => model.Fit(x, y, validationSplit: 1, verbose: 0)).ParamName);
        Assert.StartsWith(
            "Give either validationData or validationSplit, not both.",
            Assert.Throws<ArgumentException>(() => model.Fit(x, y, validationData: (x, y), validationSplit: 0.2, verbose: 0)).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "Target 'Probabilities' of y has 9 samples but the inputs have 10; every input and target needs one row per sample.",
            Assert.Throws<ArgumentException>(() => model.Fit(x, shortY, verbose: 0)).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "x holds no samples: 'Features' has size 0 in its first dimension.",
            Assert.Throws<ArgumentException>(() => model.Fit(emptyX, emptyY, verbose: 0)).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "validationSplit 0.95 of 10 samples leaves 0 training and 10 validation samples; both need at least one.",
            Assert.Throws<ArgumentException>(() => model.Fit(x, y, validationSplit: 0.95, verbose: 0)).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_of_the_wrong_shape_fail_with_the_entry_check_message()
    {
        using var model = new Mlp();
        using var scope = NewDisposeScope();
        var x = new Mlp.Inputs(zeros(4, 63));
        var y = new Mlp.Targets(zeros(4, 10));

        var error = Assert.Throws<ShapeMismatchException>(() => model.Fit(x, y, verbose: 0));

        Assert.Equal("Input 'Features' expects shape (N, 64) but got (4, 63): dimension 1 is 63, expected 64.", error.Message);
    }
}
