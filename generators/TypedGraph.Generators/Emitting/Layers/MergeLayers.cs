using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedGraph.Generators.Model;
using static TypedGraph.Generators.Emitting.EmitContext;

namespace TypedGraph.Generators.Emitting.Layers;

/// <summary>Element-wise merges and concatenation, with the run-time checks inference deferred.</summary>
internal static class MergeLayers
{
    /// <summary>Checks emitted before the merge when some dimensions agree for some sizes only.</summary>
    public static IEnumerable<string> Checks(EmitContext context, MergeLayerSpec merge)
    {
        if (!context.Node.CheckAtRunTime)
        {
            yield break;
        }

        var name = Literal.String(context.Node.Name);
        foreach (var other in context.Inputs.Skip(1))
        {
            yield return merge.Kind == MergeKind.Concatenate
                ? $"{Tg}.ShapeChecks.ConcatCompatible({name}, {Axis(context, merge)}, {context.X}, {other});"
                : $"{Tg}.ShapeChecks.SameShape({name}, {context.X}, {other});";
        }
    }

    public static string Forward(EmitContext context, MergeLayerSpec merge)
    {
        var inputs = context.Inputs;
        return merge.Kind switch
        {
            MergeKind.Add => string.Join(" + ", inputs),
            MergeKind.Subtract => $"{inputs[0]} - {inputs[1]}",
            MergeKind.Multiply => string.Join(" * ", inputs),
            MergeKind.Average => $"({string.Join(" + ", inputs)}) / {inputs.Count}",
            MergeKind.Maximum => inputs.Skip(1).Aggregate(inputs[0], (acc, x) => $"{acc}.maximum({x})"),
            _ => $"global::TorchSharp.torch.cat([{string.Join(", ", inputs)}], {Axis(context, merge)})",
        };
    }

    private static string Axis(EmitContext context, MergeLayerSpec merge)
    {
        var rank = context.InputShape().Rank;
        return (merge.Axis < 0 ? rank + merge.Axis : merge.Axis).ToString(CultureInfo.InvariantCulture);
    }
}
