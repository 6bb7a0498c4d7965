using System.Collections.Generic;
using TypedGraph.Generators.Layers;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// TG0012: an output's loss that does not fit what the output produces — binary cross-entropy on a multi-way output
/// or a softmax, categorical cross-entropy on a sigmoid, a single unit or raw scores. Keras trains such models without
/// complaint and reports a meaningless loss; here the warning names the output, its final activation and its shape.
/// </summary>
internal static class LossFit
{
    public static void Check(IReadOnlyList<GraphNode> nodes, List<GraphDiagnostic> diagnostics)
    {
        foreach (var node in nodes)
        {
            if (node.Spec.Output is not { } head || node.Shape is not { } shape || head.Loss == Loss.None)
            {
                continue;
            }

            var activation = node.Layer.FinalActivation;
            var width = shape.Last;
            var problem = head.Loss switch
            {
                Loss.BinaryCrossentropy when activation is Activation.Softmax or Activation.LogSoftmax =>
                    "binary cross-entropy scores independent yes/no outputs, but a softmax makes the units compete; use CategoricalCrossentropy, or Activation = Sigmoid",
                Loss.BinaryCrossentropy when activation is not (Activation.Sigmoid or Activation.HardSigmoid) =>
                    "binary cross-entropy needs probabilities in [0, 1]; end the node with Activation = Sigmoid",
                Loss.CategoricalCrossentropy or Loss.SparseCategoricalCrossentropy when width.IsKnown && width.Value == 1 =>
                    "a single unit cannot hold a distribution over classes; use BinaryCrossentropy with Activation = Sigmoid, or more units",
                Loss.CategoricalCrossentropy or Loss.SparseCategoricalCrossentropy when activation != Activation.Softmax =>
                    "categorical cross-entropy needs a probability distribution over the last axis; end the node with Activation = Softmax",
                _ => null,
            };

            if (problem is not null)
            {
                diagnostics.Add(DiagnosticDescriptors.LossMismatch.Create(node.Name, DiagnosticTarget.OutputAttribute, null, node.Name, head.Loss, $"{node.Layer.Describe()} → {shape}", problem));
            }
        }
    }
}
