using System;
using System.Collections.Generic;

namespace TypedGraph.Tuning.Sampling;

/// <summary>
/// Independent uniform draws: a choice with equal probabilities, a range uniformly (log-uniformly for <c>Log</c>), an
/// int or stepped range uniformly over its cells. The study refuses a point it already holds, so on a finite space the
/// tuner draws again (see <see cref="Tuner{TModel, THyperParameters}"/>).
/// </summary>
internal sealed class RandomSampler : Sampler
{
    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object>? Sample(SearchSpace space, int number, IReadOnlyList<ObservedTrial> trials, Random random) =>
        Draw(space, random);

    /// <summary>One uniform point of <paramref name="space"/>.</summary>
    public static Dictionary<string, object> Draw(SearchSpace space, Random random)
    {
        var point = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var parameter in space.Parameters)
        {
            point[parameter.Name] = parameter.Choices is { } choices
                ? choices[random.Next(choices.Count)]
                : new NumericDomain(parameter).Uniform(random);
        }

        return point;
    }
}
