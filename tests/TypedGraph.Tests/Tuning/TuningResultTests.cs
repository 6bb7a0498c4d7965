using System.Collections.Generic;
using System.Linq;
using TypedGraph.Tests.Callbacks;
using TypedGraph.Tests.Models;
using TypedGraph.Tuning;
using Xunit;

namespace TypedGraph.Tests.Tuning;

public sealed class TuningResultTests
{
    private static TunedMlp.HyperParameters Point(int units) =>
        TunedMlp.HyperParameters.FromValues(new Dictionary<string, object> { ["Units"] = units, ["LearningRate"] = 1e-2, ["UseBias"] = true });

    [Fact]
    public void Top_models_read_every_checkpoint_through_one_opening_of_the_storage_in_rank_order()
    {
        // Trial 0 scores 0.5, trial 1 fails, trial 2 scores 0.9, trial 3 scores 0.7 (maximized): ranked 2, 3, 0.
        List<Trial<TunedMlp.HyperParameters>> trials =
        [
            new(0, Point(2), TrialState.Complete, 0.5, new History(), null),
            new(1, Point(8), TrialState.Failed, null, new History(), "boom"),
            new(2, Point(32), TrialState.Complete, 0.9, new History(), null),
            new(3, Point(8), TrialState.Pruned, 0.7, new History(), null),
        ];
        var openings = new List<int[]>();
        IEnumerable<byte[]> Checkpoints(IReadOnlyList<int> numbers)
        {
            openings.Add([.. numbers]);
            foreach (var number in numbers)
            {
                using var model = TunedMlp.Create(trials[number].HyperParameters);
                yield return WeightsProbe.Saved(model);
            }
        }

        var result = new TuningResult<TunedMlp, TunedMlp.HyperParameters>(trials, "val_acc", maximize: true, "memory", Checkpoints, null);

        var top = result.TopModels(3);
        try
        {
            Assert.Equal([32, 8, 2], top.Select(m => m.GetHyperParameters().Units));
            Assert.Equal([[2, 3, 0]], openings);
        }
        finally
        {
            foreach (var model in top)
            {
                model.Dispose();
            }
        }

        using var best = result.BestModel();
        Assert.Equal(32, best.GetHyperParameters().Units);
        Assert.Equal([[2, 3, 0], [2]], openings);
    }
}
