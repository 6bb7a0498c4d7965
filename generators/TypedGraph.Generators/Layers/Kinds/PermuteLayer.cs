using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary><c>[Permute(...)]</c> with Keras's 1-based per-sample indices.</summary>
[LayerKind(typeof(PermuteAttribute))]
internal sealed record PermuteLayer(EquatableArray<int> Dims) : LayerSpec
{
    public override string KerasType => "Permute";

    public static LayerSpec Parse(LayerReader reader) =>
        new PermuteLayer(reader.Values(0).Select(v => v.Value is int i ? i : 0).ToEquatableArray());

    public override string Describe() => $"Permute({string.Join(", ", Dims)})";

    public override InferenceResult Infer(InferContext context)
    {
        var x = context.X;
        if (Dims.Count != x.Rank - 1 || !Dims.OrderBy(d => d).SequenceEqual(Enumerable.Range(1, x.Rank - 1)))
        {
            context.Argument("0", $"Permute needs a permutation of 1 … {x.Rank - 1} for input {x}, got ({string.Join(", ", Dims)})");
            return null;
        }

        return new TensorShape(Dims.Select(d => x.SampleDims[d - 1]).ToEquatableArray());
    }

    protected override string Expression(EmitContext context) => Permuted(context);

    /// <summary>The permute call, which reads the same in C# and Python.</summary>
    private string Permuted(NodeContext context) => $"{context.X}.permute(0, {string.Join(", ", Dims)})";

    protected override string PyTorchExpression(PythonEmitContext context) => Permuted(context);

    /// <summary>A <c>Transpose</c> with the batch axis first.</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context) =>
        context.Assign(OnnxContext.Transpose(context.X, Dims.Prepend(0)));
}
