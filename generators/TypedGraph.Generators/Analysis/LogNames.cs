using System;
using System.Collections.Immutable;
using System.Linq;
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
    public const string Loss = LogNameRules.Loss;
    public const string LearningRate = LogNameRules.LearningRate;
    public const string ValidationPrefix = LogNameRules.ValidationPrefix;

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

            if (head.HasLoss)
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
                names.Add(prefix + LogNameRules.For(metric));
            }
        }

        return names.ToImmutable();
    }

    /// <summary>Whether <see cref="Objective"/> names every logged value: a custom metric's name is known only at run time.</summary>
    public static bool IsComplete(ModelGraph graph) => graph.Nodes.All(n => n.Spec.Output is not { CustomMetrics.Count: > 0 });

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

    /// <summary>Keras's alias, as the runtime's <c>LogKeys.Normalize</c> (the same rule, <see cref="LogNameRules"/>).</summary>
    public static string Normalize(string key) => LogNameRules.Normalize(key);

    /// <summary>Whether a monitor finds a value among <paramref name="names"/>, by its exact name or its normalized one (the runtime's <c>LogKeys.TryGetValue</c>).</summary>
    public static bool Contains(ImmutableArray<string> names, string key) =>
        names.Contains(key, StringComparer.Ordinal) || names.Contains(Normalize(key), StringComparer.Ordinal);

}
