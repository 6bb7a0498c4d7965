using System;
using System.Collections.Generic;
using System.Linq;
using TypedGraph.Tests.Models;
using TypedGraph.Tuning;
using TypedGraph.Tuning.Sampling;
using TypedGraph.Tuning.Storage;
using Xunit;

namespace TypedGraph.Tests.Tuning;

/// <summary>The samplers on their own, without models: grid coverage, TPE's estimators against hand computations, TPE against Random, Hyperband's brackets.</summary>
public sealed class SamplerTests
{
    private static readonly SearchSpace Synthetic = new(
        [
            HyperParameter.Range("X", HyperParameterType.Double, -5, 5),
            HyperParameter.Range("Y", HyperParameterType.Double, -5, 5),
            HyperParameter.Choice("Kind", HyperParameterType.String, "a", "b", "c", "d"),
        ],
        0,
        0);

    [Fact]
    public void Grid_gives_every_point_of_the_space_exactly_once_then_nothing()
    {
        var space = TunedMlp.SearchSpace;
        var sampler = new GridSampler();
        var points = Enumerable.Range(0, 18).Select(n => PointCodec.Encode(space, sampler.Sample(space, n, [], new Random(0))!)).ToList();

        var expected =
            from units in new[] { 2, 8, 32 }
            from rate in new[] { "0.001", "0.01", "0.1" }
            from bias in new[] { "true", "false" }
            select $"{{\"Units\":{units},\"LearningRate\":{rate},\"UseBias\":{bias}}}";
        Assert.Equal(18, space.Size);
        Assert.Equal(expected, points);
        Assert.Null(sampler.Sample(space, 18, [], new Random(0)));
    }

    [Fact]
    public void A_numeric_Parzen_estimator_matches_the_hand_computed_mixture()
    {
        // Range(0, 10), one observation at 2: kernels N(2, σ) and the prior N(5, 10), weights ½ each, truncated to [0, 10].
        // Neighbour σ of the observation = 3, clipped up to 10 / min(100, 1 + 2) = 3.33…; log density at 2 by Python (math.erfc).
        var parameter = HyperParameter.Range("X", HyperParameterType.Double, 0, 10);
        var estimator = new ParzenEstimator(parameter, [2.0]);

        Assert.Equal(-2.0159326082454765, estimator.LogDensity(parameter, 2.0), 6);
    }

    [Fact]
    public void A_categorical_Parzen_estimator_matches_the_hand_computed_mixture()
    {
        // Two observations of "b" among 3 choices: each kernel is (1/3, 4/3, 1/3) / 2, the prior uniform; weights 1/3 each.
        var parameter = HyperParameter.Choice("Kind", HyperParameterType.String, "a", "b", "c");
        var estimator = new ParzenEstimator(parameter, ["b", "b"]);

        Assert.Equal(-1.5040773967762742, estimator.LogDensity(parameter, "a"), 12);
        Assert.Equal(-0.5877866649021192, estimator.LogDensity(parameter, "b"), 12);
    }

    [Fact]
    public void Optunas_default_gamma_and_weights()
    {
        Assert.Equal([1, 1, 2, 10, 25, 25], new[] { 1, 10, 11, 100, 250, 1000 }.Select(TpeSampler.Gamma));
        Assert.Equal(Enumerable.Repeat(1.0, 24), ParzenEstimator.Weights(24));
        var weights = ParzenEstimator.Weights(28); // numpy: linspace(1/28, 1, 3) then 25 ones
        Assert.Equal([1 / 28.0, (1 + (1 / 28.0)) / 2, 1.0], weights.Take(3).ToArray());
        Assert.Equal(Enumerable.Repeat(1.0, 25), weights.Skip(3));
    }

    [Fact]
    public void Tpe_beats_random_search_on_a_synthetic_objective_at_a_fixed_budget_median_over_seeds()
    {
        // f = (X − 1.3)² + (Y + 2.1)² + 10·[Kind ≠ "c"], minimum 0; 40 trials per study, 9 seeds.
        static double F(IReadOnlyDictionary<string, object> p) =>
            Math.Pow((double)p["X"] - 1.3, 2) + Math.Pow((double)p["Y"] + 2.1, 2) + ((string)p["Kind"] == "c" ? 0 : 10);

        static double BestOf(Sampler sampler, int seed)
        {
            var trials = new List<ObservedTrial>();
            for (var n = 0; n < 40; n++)
            {
                var point = sampler.Sample(Synthetic, n, trials, new Random((seed * 1000) + n))!;
                trials.Add(new ObservedTrial(n, point, F(point)));
            }

            return trials.Min(t => t.Loss!.Value);
        }

        var seeds = Enumerable.Range(0, 9).ToArray();
        var tpe = seeds.Select(s => BestOf(new TpeSampler(), s)).Order().ToArray();
        var random = seeds.Select(s => BestOf(new RandomSampler(), s)).Order().ToArray();

        Assert.True(tpe[4] < random[4] / 2, $"median best: TPE {tpe[4]}, Random {random[4]}; TPE {string.Join(", ", tpe)}; Random {string.Join(", ", random)}");
    }

    [Fact]
    public void Tpe_draws_only_values_of_the_domain()
    {
        var space = TunedMlp.SearchSpace;
        var trials = new List<ObservedTrial>();
        var random = new Random(3);
        for (var n = 0; n < 30; n++)
        {
            var point = new TpeSampler().Sample(space, n, trials, random)!;
            Assert.All(space.Parameters, p => Assert.True(p.Contains(point[p.Name]), $"{p.Name} = {point[p.Name]}"));
            trials.Add(new ObservedTrial(n, point, (int)point["Units"] * (double)point["LearningRate"]));
        }
    }

    [Fact]
    public void Hyperband_brackets_are_those_of_the_paper_for_R_81_and_eta_3()
    {
        // Li et al. (2018), Table 1: (n_i, r_i) per bracket s.
        var plan = new HyperbandPlan(81, 3);

        Assert.Equal(
            new[]
            {
                "4: 81x1 27x3 9x9 3x27 1x81",
                "3: 34x3 11x9 3x27 1x81",
                "2: 15x9 5x27 1x81",
                "1: 8x27 2x81",
                "0: 5x81",
            },
            plan.Brackets.Select(b => $"{b.S}: " + string.Join(' ', b.Rungs.Select(r => $"{r.Configurations}x{r.Epochs}"))));
        Assert.Equal(4, plan.BracketOf(80).S);
        Assert.Equal(3, plan.BracketOf(81).S);
        Assert.Equal(0, plan.BracketOf(142).S);
        Assert.Equal(4, plan.BracketOf(143).S);
    }

    [Fact]
    public void Successive_halving_keeps_the_best_third_of_the_values_reported_at_a_rung()
    {
        var bracket = new HyperbandPlan(81, 3).Brackets[0];

        Assert.True(bracket.Promotes(0, rank: 0, reported: 1));
        Assert.False(bracket.Promotes(0, rank: 1, reported: 2));
        Assert.True(bracket.Promotes(0, rank: 2, reported: 9));
        Assert.False(bracket.Promotes(0, rank: 3, reported: 9));
    }
}
