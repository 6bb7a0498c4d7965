using System;
using System.Collections.Generic;

namespace TypedGraph;

/// <summary>
/// The run-time rule for combining members of different <c>[Model]</c> classes: inputs and outputs agree position by
/// position. Inputs: same count, and each the same dtype and rank with equal fixed sizes (a symbolic size on either side
/// is left to the member's own entry check). Outputs: same count, each the same rank with equal fixed sizes and the same
/// loss (the ensemble scores against the first member's targets, so a trained output must mean the same thing in every
/// member). The analyzer's TG0041 applies the same rule where the call is visible.
/// </summary>
internal static class EnsembleCompatibility
{
    /// <summary>Throws when <paramref name="other"/> (member <paramref name="index"/>) does not fit <paramref name="first"/>.</summary>
    /// <exception cref="ArgumentException">The message names the member, both model classes and the position that disagrees.</exception>
    public static void Check(IModel first, IModel other, int index, string argument)
    {
        if (Mismatch(first, other) is { } reason)
        {
            throw new ArgumentException(
                $"Ensemble member {index} ({other.GetType().Name}) cannot be combined with member 0 ({first.GetType().Name}): {reason}. Members must agree position by position in their inputs and outputs.",
                argument);
        }
    }

    private static string? Mismatch(IModel first, IModel other)
    {
        if (ReferenceEquals(first.GetType(), other.GetType()))
        {
            return null;
        }

        var a = first.Signature;
        var b = other.Signature;
        if (a.Inputs.Count != b.Inputs.Count)
        {
            return $"it has {b.Inputs.Count} input(s) against {a.Inputs.Count}";
        }

        for (var i = 0; i < a.Inputs.Count; i++)
        {
            var (x, y) = (a.Inputs[i], b.Inputs[i]);
            if (x.DType != y.DType)
            {
                return $"input {i} ('{y.Name}') has dtype {y.DType} against {x.DType} ('{x.Name}')";
            }

            if (!Agree(x.Shape, y.Shape))
            {
                return $"input {i} ('{y.Name}') has shape {y.Shape} against {x.Shape} ('{x.Name}')";
            }
        }

        if (a.Outputs.Count != b.Outputs.Count)
        {
            return $"it has {b.Outputs.Count} output(s) against {a.Outputs.Count}";
        }

        for (var o = 0; o < a.Outputs.Count; o++)
        {
            var (x, y) = (a.Outputs[o], b.Outputs[o]);
            var (xShape, yShape) = (OutputShape(first, x.Name), OutputShape(other, y.Name));
            if (xShape is not null && yShape is not null && !Agree(xShape, yShape))
            {
                return $"output {o} ('{y.Name}') has shape {yShape} against {xShape} ('{x.Name}')";
            }

            if (x.Loss != y.Loss || x.HasLoss != y.HasLoss)
            {
                return $"output {o} ('{y.Name}') has loss {LossName(y)} against {LossName(x)} ('{x.Name}')";
            }
        }

        return null;
    }

    private static bool Agree(Shape x, Shape y)
    {
        if (x.Rank != y.Rank)
        {
            return false;
        }

        for (var d = 0; d < x.Rank; d++)
        {
            if (x.Dims[d].Size is { } p && y.Dims[d].Size is { } q && p != q)
            {
                return false;
            }
        }

        return true;
    }

    private static Shape? OutputShape(IModel model, string name) => model.Nodes.FindNode(name)?.OutputShape;

    private static string LossName(OutputSpec output) =>
        output.CustomLoss is { } custom ? custom.Name : output.Loss.ToString();
}
