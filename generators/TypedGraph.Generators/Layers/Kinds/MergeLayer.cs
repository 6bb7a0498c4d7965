using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// <c>[Add]</c>, <c>[Subtract]</c>, <c>[Multiply]</c>, <c>[Average]</c>, <c>[Maximum]</c> (element-wise: every dimension
/// must agree — TG0005) and <c>[Concatenate]</c> (every dimension but the axis — TG0006). Dimensions that agree for some
/// sizes only are checked at run time before the merge.
/// </summary>
[LayerKind(typeof(AddAttribute), typeof(SubtractAttribute), typeof(MultiplyAttribute), typeof(AverageAttribute), typeof(MaximumAttribute), typeof(ConcatenateAttribute))]
internal sealed record MergeLayer(MergeKind Kind, int Axis) : LayerSpec
{
    public override bool AcceptsManyInputs => true;

    public override string KerasType => Kind.ToString();

    public static LayerSpec Parse(LayerReader reader)
    {
        var name = reader.AttributeName;
        var kind = (MergeKind)Enum.Parse(typeof(MergeKind), name.Substring(0, name.Length - "Attribute".Length));
        var axis = kind == MergeKind.Concatenate ? reader.Attribute<ConcatenateAttribute>().Axis : 0;
        return new MergeLayer(kind, axis);
    }

    public override string Describe() => Kind == MergeKind.Concatenate ? $"Concatenate(Axis = {Axis})" : Kind.ToString();

    public override InferenceResult Infer(InferContext context) => Kind == MergeKind.Concatenate ? Concatenate(context) : ElementWise(context);

    private InferenceResult ElementWise(InferContext context)
    {
        var first = context.Input;
        var runtime = false;
        foreach (var other in context.Inputs.Skip(1))
        {
            var compared = other.Shape.Rank == first.Shape.Rank ? first.Shape.SampleDims.Zip(other.Shape.SampleDims, context.Compare).ToList() : null;
            if (compared is null || compared.Any(c => c.Relation == DimRelation.Different))
            {
                var point = compared?.FirstOrDefault(c => c.Relation == DimRelation.Different).Point;
                var shapes = point is null
                    ? $"{first.Describe()}; {other.Describe()}"
                    : $"with {point}: {first.Name} {point.Apply(first.Shape)}; {other.Name} {point.Apply(other.Shape)}";
                var projection = context.Inputs.Count == 2 && point is null ? ProjectionFix.Plan(first, other, context.Format) : null;
                context.Report(projection, DiagnosticDescriptors.MergeShapeMismatch, DiagnosticTarget.NodeAttribute, null, Kind, shapes);
                return null;
            }

            runtime |= compared.Any(c => c.Relation == DimRelation.Unknown);
        }

        return new InferenceResult(first.Shape with { IsInteger = false }, runtime);
    }

    private static string Apply(SpacePoint? point, Dim dim) => (point?.Apply(dim) ?? dim).ToString();

    private static string Apply(SpacePoint? point, TensorShape shape) => (point?.Apply(shape) ?? shape).ToString();

    private InferenceResult Concatenate(InferContext context)
    {
        var first = context.Input;
        var rank = first.Shape.Rank;
        var axis = Axis < 0 ? rank + Axis : Axis;
        if (axis < 1 || axis >= rank)
        {
            context.Argument(nameof(ConcatenateAttribute.Axis), $"Axis {Axis} is outside the per-sample axes 1 … {rank - 1} (and ≥ −{rank - 1}) of {first.Shape}");
            return null;
        }

        var runtime = false;
        var sum = first.Shape[axis];
        foreach (var other in context.Inputs.Skip(1))
        {
            if (other.Shape.Rank != rank)
            {
                context.Report(DiagnosticDescriptors.ConcatShapeMismatch, DiagnosticTarget.NodeAttribute, null, axis, $"{first.Name} {first.Shape} has rank {rank} but {other.Name} {other.Shape} has rank {other.Shape.Rank}");
                return null;
            }

            for (var a = 1; a < rank; a++)
            {
                if (a == axis)
                {
                    continue;
                }

                var (relation, point) = context.Compare(first.Shape[a], other.Shape[a]);
                if (relation == DimRelation.Different)
                {
                    var after = other.Layer is InputLayer ? string.Empty : $" (after {other.Layer.Describe()})";
                    var at = point is null ? string.Empty : $"with {point}: ";
                    context.Report(DiagnosticDescriptors.ConcatShapeMismatch, DiagnosticTarget.NodeAttribute, null, axis,
                        $"{at}dimension {a} is {Apply(point, first.Shape[a])} in {first.Name} {Apply(point, first.Shape)} but {Apply(point, other.Shape[a])} in {other.Name} {Apply(point, other.Shape)}{after}");
                    return null;
                }

                runtime |= relation == DimRelation.Unknown;
            }

            sum += other.Shape[axis];
        }

        return new InferenceResult(first.Shape.With(axis, sum) with { IsInteger = false }, runtime);
    }

    /// <summary>Inputs stored alike are merged as stored (a residual of channels-first-stored maps needs no permute).</summary>
    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) =>
        inputs.All(s => s == inputs[0]) ? inputs[0] : Emitting.Storage.Logical;

    public override IEnumerable<string> Forward(EmitContext context)
    {
        var inputs = context.InputsIn(context.Storage);
        var axis = PhysicalAxis(context).ToString(CultureInfo.InvariantCulture);
        if (context.Node.CheckAtRunTime)
        {
            var name = Literal.String(context.Node.Name);
            foreach (var other in inputs.Skip(1))
            {
                yield return Kind == MergeKind.Concatenate
                    ? $"{ConstructContext.Tg}.ShapeChecks.ConcatCompatible({name}, {axis}, {inputs[0]}, {other});"
                    : $"{ConstructContext.Tg}.ShapeChecks.SameShape({name}, {inputs[0]}, {other});";
            }
        }

        yield return $"var {context.Local} = {Merged(inputs, axis, "global::TorchSharp.torch")};";
    }

    private int PhysicalAxis(NodeContext context)
    {
        var rank = context.InputShape().Rank;
        return NodeContext.PhysicalAxis(Axis < 0 ? rank + Axis : Axis, rank, context.Storage);
    }

    /// <summary>The merge without run-time checks (the exported model trusts the shapes the C# model checked).</summary>
    public override IEnumerable<string> PyTorchForward(PythonEmitContext context)
    {
        var inputs = context.InputsIn(context.Storage);
        yield return $"{context.Local} = {Merged(inputs, PhysicalAxis(context).ToString(CultureInfo.InvariantCulture), "torch")}";
    }

    /// <summary>The merge expression, which reads the same in C# and Python but for the <paramref name="torch"/> namespace.</summary>
    private string Merged(IReadOnlyList<string> inputs, string axis, string torch) => Kind switch
    {
        MergeKind.Add => string.Join(" + ", inputs),
        MergeKind.Subtract => $"{inputs[0]} - {inputs[1]}",
        MergeKind.Multiply => string.Join(" * ", inputs),
        MergeKind.Average => $"({string.Join(" + ", inputs)}) / {inputs.Count}",
        MergeKind.Maximum => inputs.Skip(1).Aggregate(inputs[0], (acc, x) => $"{acc}.maximum({x})"),
        _ => $"{torch}.cat([{string.Join(", ", inputs)}], {axis})",
    };

    /// <summary>
    /// The merge of the inputs in this node's storage, pairwise from the left as the forward step computes it; the average
    /// divides the sum by the count, the concatenation joins the stored axis.
    /// </summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var inputs = context.InputsIn(context.Storage);
        string Chain(string op) => inputs.Skip(1).Aggregate(inputs[0], (acc, x) => OnnxContext.AddNode(op, [acc, x]));
        var merged = Kind switch
        {
            MergeKind.Add => Chain("Add"),
            MergeKind.Subtract => OnnxContext.AddNode("Sub", [inputs[0], inputs[1]]),
            MergeKind.Multiply => Chain("Mul"),
            MergeKind.Average => OnnxContext.AddNode("Div", [Chain("Add"), OnnxContext.Scalar(inputs.Count)]),
            MergeKind.Maximum => Chain("Max"),
            _ => OnnxContext.AddNode("Concat", inputs, OnnxContext.Int("axis", PhysicalAxis(context))),
        };
        return context.Assign(merged);
    }
}
