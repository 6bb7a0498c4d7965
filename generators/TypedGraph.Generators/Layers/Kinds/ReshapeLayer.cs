using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary><c>[Reshape(...)]</c>; a <c>-1</c> entry is <c>Dim.Of(-1)</c> until inference resolves it.</summary>
[LayerKind(typeof(ReshapeAttribute))]
internal sealed record ReshapeLayer(EquatableArray<Dim> Shape) : LayerSpec
{
    public override string KerasType => "Reshape";

    public static LayerSpec Parse(LayerReader reader) =>
        new ReshapeLayer(ModelParser.ParseDims(reader, "Reshape", reader.Values(0), allowInferred: true, argumentOffset: 0));

    public override string Describe() => $"Reshape({string.Join(", ", Shape.Select(d => d.IsKnown ? d.ToString() : $"\"{d}\""))})";

    public override InferenceResult Infer(InferContext context)
    {
        var x = context.X;
        var total = x.SampleDims.Aggregate(Dim.Of(1), (acc, d) => acc * d);
        var target = Shape.ToList();
        var inferred = target.FindIndex(d => d.IsKnown && d.Value == -1);
        var known = target.Where((d, i) => i != inferred).Aggregate(Dim.Of(1), (acc, d) => acc * d);
        if (inferred >= 0)
        {
            if (!known.IsKnown || (total.IsKnown && total.Value % known.Value != 0))
            {
                context.Argument("0", $"cannot reshape {x} to ({string.Join(", ", target)}): the inferred dimension is not a whole number");
                return null;
            }

            target[inferred] = Dim.FloorDivide(total, known.Value);
        }
        else if (DimComparer.Compare(total, known, null, context.CancellationToken) == DimRelation.Different)
        {
            context.Argument("0", $"cannot reshape {x} ({total} values) to ({string.Join(", ", target)}) ({known} values)");
            return null;
        }

        if (target.Count(d => !d.IsKnown) > 1)
        {
            context.Argument("0", $"Reshape can leave at most one dimension to run time; ({string.Join(", ", target)}) has {target.Count(d => !d.IsKnown)}");
            return null;
        }

        return TensorShape.Of(target);
    }

    /// <summary>Reshape to the inferred shape; at most one dimension (a symbolic one) is left to TorchSharp as −1.</summary>
    protected override string Expression(EmitContext context) => Reshaped(context);

    /// <summary>The reshape call, which reads the same in C# and Python.</summary>
    private static string Reshaped(NodeContext context)
    {
        var dims = context.Shape.SampleDims.Select(d => d.IsKnown ? d.Value.ToString(CultureInfo.InvariantCulture) : "-1");
        return $"{context.X}.reshape({context.X}.shape[0], {string.Join(", ", dims)})";
    }

    protected override string PyTorchExpression(PythonEmitContext context) => Reshaped(context);

    /// <summary><c>Reshape</c> to the inferred shape: 0 keeps the batch, −1 stands for the one symbolic dimension.</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context) =>
        context.Assign(OnnxContext.AddNode("Reshape", [context.X, OnnxContext.Int64s([0, .. context.Shape.SampleDims.Select(d => d.IsKnown ? d.Value : -1L)])]));
}
