using System;
using System.Collections.Generic;

namespace TypedGraph.Tuning.Sampling;

/// <summary>
/// Grid search: trial <c>n</c> gets the <c>n</c>-th point of the grid in mixed-radix order (the last hyper-parameter
/// varies fastest). Trial numbers are claimed atomically by the study, so workers sharing a study cover the grid exactly
/// once between them.
/// </summary>
internal sealed class GridSampler : Sampler
{
    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object>? Sample(SearchSpace space, int number, IReadOnlyList<ObservedTrial> trials, Random random)
    {
        // The tuner refuses grid search over a continuous range when it is created (ArgumentException naming it).
        if (number >= space.Size)
        {
            return null;
        }

        var point = new Dictionary<string, object>(StringComparer.Ordinal);
        long rest = number;
        for (var i = space.Parameters.Count - 1; i >= 0; i--)
        {
            var parameter = space.Parameters[i];
            var values = parameter.Values();
            point[parameter.Name] = values[(int)(rest % values.Count)];
            rest /= values.Count;
        }

        return point;
    }
}
