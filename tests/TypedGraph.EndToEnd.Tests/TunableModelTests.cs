using System;
using System.Collections.Generic;
using System.Linq;
using Seeds.Tuning;
using TypedGraph.EndToEnd.Tests.Models;
using TypedGraph.Tuning;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests;

/// <summary>
/// Generated hyper-parameter API (DESIGN §8) on real models: each point builds the layer sizes it names, trains, and the
/// generator's search-space figures (size, parameter-count range) agree with hand computation and with the built models.
/// </summary>
public sealed class TunableModelTests
{
    private static readonly int[] Filters = [16, 32];
    private static readonly int[] Kernels = [3, 5, 7];

    // TunedConvNet by hand: C1 = k²·F + F, C2 = k²·F·32 + 32, Label = 32·10 + 10.
    private static long ConvNetParameters(int filters, int kernel) => ((kernel * kernel * filters) + filters) + ((kernel * kernel * filters * 32) + 32) + 330;

    [Fact]
    public void The_default_point_is_the_first_choices_and_range_minimums()
    {
        using var model = new TunedConvNet();

        Assert.Equal(new TunedConvNet.HyperParameters(16, 3, 0.0, 1e-4), model.GetHyperParameters());
        Assert.Equal((16, 3, 0.0, 1e-4), (model.Filters, model.Kernel, model.Rate, model.InitialLearningRate));
        Assert.Equal([16L, 1, 3, 3], ((TorchSharp.Modules.Conv2d)model.C1.Module!).weight!.shape);
        Assert.Equal("(N, 16, 26, 26)", model.C1.OutputShape.ToString());
        Assert.Equal("(N, 16, 13, 13)", model.P1.OutputShape.ToString());
        Assert.Equal("(N, 32, 11, 11)", model.C2.OutputShape.ToString());
        Assert.Equal(ConvNetParameters(16, 3), model.ParameterCount);
    }

    [Theory]
    [InlineData(16, 5)]
    [InlineData(32, 7)]
    public void A_point_builds_the_layer_sizes_it_names_and_trains_one_step(int filters, int kernel)
    {
        using var scope = NewDisposeScope();
        using var model = new TunedConvNet(new TunedConvNet.HyperParameters(Filters: filters, Kernel: kernel, Rate: 0.5));

        var c1 = (TorchSharp.Modules.Conv2d)model.C1.Module!;
        var c2 = (TorchSharp.Modules.Conv2d)model.C2.Module!;
        Assert.Equal([(long)filters, 1, kernel, kernel], c1.weight!.shape);
        Assert.Equal([32L, filters, kernel, kernel], c2.weight!.shape);
        var side = ((28 - kernel + 1) / 2) - kernel + 1;   // 16, 5 → 7; 32, 7 → 5
        Assert.Equal($"(N, 32, {side}, {side})", model.C2.OutputShape.ToString());
        Assert.Equal(ConvNetParameters(filters, kernel), model.ParameterCount);
        Assert.Equal(0.5, model.GetHyperParameters().Rate);

        manual_seed(3);
        var x = rand(8, 1, 28, 28);
        var y = randint(0, 10, [8], dtype: ScalarType.Int64);
        var before = c2.weight!.clone();
        var history = model.Fit(new TunedConvNet.Inputs(x), new TunedConvNet.Targets(y), epochs: 1, batchSize: 8, verbose: 0);

        Assert.True(double.IsFinite(history["loss"][0]));
        Assert.False(before.allclose(c2.weight!), "one optimizer step changed the second convolution's weights");
        Assert.Equal([8L, 10], model.forward(x).Label.shape);
    }

    [Fact]
    public void The_search_space_gives_the_exact_parameter_count_range()
    {
        var space = TunedConvNet.SearchSpace;

        Assert.Equal(["Filters", "Kernel", "Rate", "InitialLearningRate"], space.Parameters.Select(p => p.Name));
        Assert.False(space.IsFinite); // the log-scale learning rate is continuous
        var counts = from f in Filters from k in Kernels select ConvNetParameters(f, k);
        Assert.Equal(5_130, space.MinParameterCount);   // Filters = 16, Kernel = 3
        Assert.Equal(52_138, space.MaxParameterCount);  // Filters = 32, Kernel = 7
        Assert.Equal(counts.Min(), space.MinParameterCount);
        Assert.Equal(counts.Max(), space.MaxParameterCount);
    }

    [Fact]
    public void A_finite_space_has_its_size_and_every_point_fits_the_count_range()
    {
        var space = TunedMlp.SearchSpace;

        Assert.Equal(8 * 2 * 2 * 2, space.Size);
        // By hand: C = k²·2·4 + 4, H = 144·U + U (Flatten of (4, 6, 6)), Y = 3·U + 3.
        Assert.Equal(12 + (145 * 8) + 27, space.MinParameterCount);
        Assert.Equal(76 + (145 * 64) + 195, space.MaxParameterCount);
        foreach (var (units, kernel) in new[] { (8, 1), (64, 3), (32, 3) })
        {
            using var model = new TunedMlp(new TunedMlp.HyperParameters(Units: units, Kernel: kernel, Optimizer: "sgd"));
            Assert.InRange(model.ParameterCount, space.MinParameterCount, space.MaxParameterCount);
            Assert.Equal((kernel * kernel * 8) + 4 + (145 * units) + (3 * units) + 3, model.ParameterCount);
        }
    }

    [Fact]
    public void A_point_outside_the_space_is_refused_naming_the_hyper_parameter()
    {
        var kernel = Assert.Throws<ArgumentException>(() => new TunedConvNet(new TunedConvNet.HyperParameters(Kernel: 4)));
        Assert.Contains("Hyper-parameter 'Kernel' of TunedConvNet is 4", kernel.Message, StringComparison.Ordinal);

        var rate = Assert.Throws<ArgumentException>(() => new TunedConvNet(new TunedConvNet.HyperParameters(Rate: 0.3)));
        Assert.Contains("'Rate'", rate.Message, StringComparison.Ordinal);

        var units = Assert.Throws<ArgumentException>(() => TunedMlp.HyperParameters.FromValues(new System.Collections.Generic.Dictionary<string, object>
        {
            ["Units"] = 12, ["Kernel"] = 1, ["Optimizer"] = "adam", ["Augment"] = true,
        }));
        Assert.Contains("'Units'", units.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_round_trip_and_unknown_names_are_refused()
    {
        var hp = new TunedMlp.HyperParameters(Units: 24, Kernel: 3, Optimizer: "sgd", Augment: false);

        Assert.Equal(["Units", "Kernel", "Optimizer", "Augment"], hp.ToValues().Keys);
        Assert.Equal(hp, TunedMlp.HyperParameters.FromValues(hp.ToValues()));
        var extra = new System.Collections.Generic.Dictionary<string, object>(hp.ToValues()) { ["Depth"] = 2 };
        Assert.Contains("'Depth' is not a hyper-parameter of TunedMlp", Assert.Throws<ArgumentException>(() => TunedMlp.HyperParameters.FromValues(extra)).Message, StringComparison.Ordinal);
        using var model = TunedMlp.Create(hp);
        Assert.Same(hp, model.GetHyperParameters());
        Assert.Equal(("sgd", false), (model.Optimizer, model.Augment));
    }

    [Fact]
    public void The_summary_shows_the_values_the_model_was_built_with()
    {
        using var model = new TunedConvNet(new TunedConvNet.HyperParameters(Filters: 32, Kernel: 7, Rate: 0.25, InitialLearningRate: 1e-3));

        var summary = model.Summary();

        Assert.Matches(@"C1 \(Conv2D\)\s+│ \(N, 32, 22, 22\)\s+│\s+1,600 │ Image", summary);
        Assert.EndsWith("\n Hyper-parameters:\n   Filters = 32\n   Kernel = 7\n   Rate = 0.25\n   InitialLearningRate = 0.001", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_model_is_what_the_tuner_builds_on()
    {
        static TModel Build<TModel, THp>(THp hp)
            where TModel : ITunableModel<TModel, THp>
            where THp : IHyperParameters<THp> => TModel.Create(hp);

        using var model = Build<TunedConvNet, TunedConvNet.HyperParameters>(new TunedConvNet.HyperParameters(Filters: 32));

        Assert.Equal(32, model.Filters);
        Assert.Same(TunedConvNet.SearchSpace, TunedConvNet.SearchSpace);
    }

    [Fact]
    public void Compile_time_counts_of_every_weight_layer_match_the_built_modules()
    {
        // The generator's per-kind formulas (conv, separable, depthwise, transpose, batch norm with and without centre,
        // layer norm, dense without bias, Conv1d on a sequence; embedding, LSTM, bidirectional GRU, SimpleRNN, attention)
        // at the corners the range names, against TorchSharp's own parameter tensors.
        long Count(System.Func<Model<TunedMapZoo.Inputs, TunedMapZoo.Outputs, TunedMapZoo.Targets>> build)
        {
            using var model = build();
            return model.ParameterCount;
        }

        var maps = new[] { Count(() => new TunedMapZoo(new TunedMapZoo.HyperParameters(4, 1, 5))), Count(() => new TunedMapZoo(new TunedMapZoo.HyperParameters(6, 3, 7))) };
        Assert.Equal((maps.Min(), maps.Max()), (TunedMapZoo.SearchSpace.MinParameterCount, TunedMapZoo.SearchSpace.MaxParameterCount));

        var sequences = new List<long>();
        foreach (var (units, width) in new[] { (6, 4), (6, 8), (10, 4), (10, 8) })
        {
            using var model = new TunedSequenceZoo(new TunedSequenceZoo.HyperParameters(units, width));
            sequences.Add(model.ParameterCount);
        }

        Assert.Equal((sequences.Min(), sequences.Max()), (TunedSequenceZoo.SearchSpace.MinParameterCount, TunedSequenceZoo.SearchSpace.MaxParameterCount));
    }

    [Fact]
    public void Opaque_modules_are_counted_at_run_time_and_shared_layers_once()
    {
        // Cells: 2 × (6·6 + 6) = 84; Offset: 6 (counted on a fresh instance); H: 6·U + U, once although applied twice.
        Assert.Equal((84 + 6 + 14, 84 + 6 + 42), (TunedComposite.SearchSpace.MinParameterCount, TunedComposite.SearchSpace.MaxParameterCount));
        using var small = new TunedComposite();
        using var large = new TunedComposite(new TunedComposite.HyperParameters(Units: 6));
        Assert.Equal((small.ParameterCount, large.ParameterCount), (TunedComposite.SearchSpace.MinParameterCount, TunedComposite.SearchSpace.MaxParameterCount));
    }
}
