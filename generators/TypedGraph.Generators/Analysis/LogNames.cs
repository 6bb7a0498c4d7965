using System;
using System.Collections.Immutable;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// The names <c>Fit</c> logs for a model, computed from the declaration alone. It mirrors the runtime's rule
/// (<c>TrainingObjective.Create</c>, <c>Trainer</c>'s epoch names and <c>LogKeys.Normalize</c>) exactly: outputs with a
/// loss are trained; one trained output logs <c>loss</c> and its metrics (<c>acc</c>…); several log the total <c>loss</c>,
/// each <c>&lt;snake&gt;_loss</c>, then each <c>&lt;snake&gt;_&lt;metric&gt;</c>; validation repeats them with <c>val_</c>;
/// <c>lr</c> comes last. The analyzers check callback monitors against it.
/// </summary>
internal static class LogNames
{
    public const string Loss = "loss";
    public const string LearningRate = "lr";
    public const string ValidationPrefix = "val_";
    private const string Accuracy = "acc";
    private const string AccuracyAlias = "accuracy";

    /// <summary>
    /// The per-epoch training names (the runtime's <c>TrainingObjective.LogNames</c>), outputs in the generated order
    /// (topological, ties in declaration order). Empty when the model cannot be trained (no output has a loss, or an
    /// output without a loss lists metrics: the runtime throws before training).
    /// </summary>
    public static ImmutableArray<string> Objective(ModelGraph graph)
    {
        var trained = ImmutableArray.CreateBuilder<NodeSpec>();
        foreach (var node in graph.Nodes)
        {
            if (node.Spec.Output is not { } head)
            {
                continue;
            }

            if (head.Loss != global::TypedGraph.Loss.None)
            {
                trained.Add(node.Spec);
            }
            else if (head.Metrics.Count > 0)
            {
                return ImmutableArray<string>.Empty;
            }
        }

        if (trained.Count == 0)
        {
            return ImmutableArray<string>.Empty;
        }

        var single = trained.Count == 1;
        var names = ImmutableArray.CreateBuilder<string>();
        names.Add(Loss);
        if (!single)
        {
            foreach (var node in trained)
            {
                names.Add(Emitting.Names.SnakeCase(node.Name) + "_" + Loss);
            }
        }

        foreach (var node in trained)
        {
            var prefix = single ? string.Empty : Emitting.Names.SnakeCase(node.Name) + "_";
            foreach (var metric in node.Output!.Metrics)
            {
                names.Add(prefix + For(metric));
            }
        }

        return names.ToImmutable();
    }

    /// <summary>Every name one epoch's logs hold (the runtime's <c>TrainingParameters.LogNames</c>).</summary>
    public static ImmutableArray<string> Epoch(ModelGraph graph, bool validation)
    {
        var objective = Objective(graph);
        if (objective.IsEmpty)
        {
            return objective;
        }

        var names = ImmutableArray.CreateBuilder<string>();
        names.AddRange(objective);
        if (validation)
        {
            foreach (var name in objective)
            {
                names.Add(ValidationPrefix + name);
            }
        }

        names.Add(LearningRate);
        return names.ToImmutable();
    }

    /// <summary>Keras' alias, as the runtime's <c>LogKeys.Normalize</c>: <c>accuracy</c> → <c>acc</c>, <c>val_age_accuracy</c> → <c>val_age_acc</c>.</summary>
    public static string Normalize(string key)
    {
        if (key.EndsWith(AccuracyAlias, StringComparison.Ordinal)
            && (key.Length == AccuracyAlias.Length || key[key.Length - AccuracyAlias.Length - 1] == '_'))
        {
            return key.Substring(0, key.Length - AccuracyAlias.Length) + Accuracy;
        }

        return key;
    }

    /// <summary>Whether a monitor finds a value among <paramref name="names"/>, by its exact name or its normalized one (the runtime's <c>LogKeys.TryGetValue</c>).</summary>
    public static bool Contains(ImmutableArray<string> names, string key) =>
        names.Contains(key, StringComparer.Ordinal) || names.Contains(Normalize(key), StringComparer.Ordinal);

    private static string For(Metric metric) => metric switch
    {
        Metric.Accuracy => Accuracy,
        Metric.MeanAbsoluteError => "mae",
        Metric.MeanSquaredError => "mse",
        _ => metric.ToString(),
    };
}
