using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// <c>[MultiHeadAttention(numHeads, keyDim, Query = …, Value = …, Key = …)]</c>: inputs are [query, value, key] (the query
/// defaults to <c>From</c> or the node above, the value to the query, the key to the value). Each reads (N, T, C) with a
/// known last dimension; the output has the query's shape. Keras's parameters: query, key and value projections to
/// heads × keyDim with biases, and an output projection back to the query's width with a bias. Heads and keyDim may be
/// <c>int</c> hyper-parameters.
/// </summary>
[LayerKind(typeof(MultiHeadAttentionAttribute))]
internal sealed record MultiHeadAttentionLayer(Tunable<int> Heads, Tunable<int> KeyDim, double Dropout, string? Query, string? Value, string? Key) : LayerSpec
{
    public override string KerasType => "MultiHeadAttention";

    public override bool AcceptsManyInputs => true;

    public static LayerSpec Parse(LayerReader reader)
    {
        var a = reader.Attribute<MultiHeadAttentionAttribute>();
        var heads = reader.Size(0, "numHeads", a.NumHeads);
        var keyDim = reader.Size(1, "keyDim", a.KeyDim);
        if (!(a.Dropout >= 0 && a.Dropout < 1))
        {
            reader.ArgumentError(nameof(MultiHeadAttentionAttribute.Dropout), $"Dropout must be in [0, 1), got {LayerReader.Format(a.Dropout)}");
        }

        return new MultiHeadAttentionLayer(heads, keyDim, a.Dropout, a.Query, a.Value, a.Key);
    }

    public override EquatableArray<string>? ResolveInputs(string? single)
    {
        var query = Query ?? single ?? string.Empty;
        var value = Value ?? query;
        return new[] { query, value, Key ?? value }.ToEquatableArray();
    }

    public override string Describe() => $"MultiHeadAttention({Heads}, {KeyDim}{Options(("Dropout", Dropout, 0.0))})";

    public override string? HyperParameterArgument(string name) =>
        Heads.HyperParameter == name ? LayerReader.At(0) : KeyDim.HyperParameter == name ? LayerReader.At(1) : null;

    public override InferenceResult Infer(InferContext context)
    {
        string[] roles = ["query", "value", "key"];
        for (var i = 0; i < context.Inputs.Count; i++)
        {
            var input = context.Inputs[i];
            if (input.Shape.Rank != 3)
            {
                context.Report(Diagnostics.DiagnosticDescriptors.UnsupportedRank, Diagnostics.DiagnosticTarget.NodeAttribute, null, KerasType, $"{input.Name} {input.Shape}", $"the {roles[i]} must be a batch-first sequence (N, T, C)");
                return null;
            }

            if (!context.Known(input.Shape.Last, $"{roles[i]} width (last dimension", input.Shape))
            {
                return null;
            }
        }

        var (value, key) = (context.Inputs[1].Shape, context.Inputs[2].Shape);
        if (DimComparer.Compare(value[1], key[1], null, context.CancellationToken) == DimRelation.Different)
        {
            context.Argument(nameof(MultiHeadAttentionAttribute.Key), $"the key {context.Inputs[2].Name} {key} and the value {context.Inputs[1].Name} {value} must have the same length");
            return null;
        }

        return context.X with { IsInteger = false };
    }

    /// <summary>Keras's count: three projections D·heads·keyDim + heads·keyDim (D = query, key, value width) and the output heads·keyDim·Dq + Dq.</summary>
    public override Dim? Parameters(ConstructContext context)
    {
        var projected = Heads.ToDim() * KeyDim.ToDim();
        var (query, value, key) = (context.Inputs[0].Last, context.Inputs[1].Last, context.Inputs[2].Last);
        return ((query + value + key) * projected) + (projected * Dim.Of(3)) + (query * projected) + query;
    }

    public override string? ModuleType(ConstructContext context) => $"{ConstructContext.Tg}.Layers.MultiHeadAttention";

    public override IEnumerable<string> Construct(ConstructContext context)
    {
        var (query, value, key) = (ConstructContext.Size(context.Inputs[0].Last), ConstructContext.Size(context.Inputs[1].Last), ConstructContext.Size(context.Inputs[2].Last));
        yield return $"{context.Field} = new {ConstructContext.Tg}.Layers.MultiHeadAttention({query}, {value}, {key}, numHeads: {Heads.Code}, keyDim: {KeyDim.Code}, dropout: {Literal.Double(Dropout)});";
    }

    public override IEnumerable<string> Forward(EmitContext context)
    {
        var inputs = context.Inputs;
        yield return $"var {context.Local} = {context.Field}.forward({inputs[0]}, {inputs[1]}, {inputs[2]});";
    }

    /// <summary>The exported twin of TypedGraph's module (same projections, names and arithmetic).</summary>
    public override string? PyTorchModule(ConstructContext context)
    {
        var (query, value, key) = (PythonEmitContext.Size(context.Inputs[0].Last), PythonEmitContext.Size(context.Inputs[1].Last), PythonEmitContext.Size(context.Inputs[2].Last));
        return $"MultiHeadAttention({query}, {value}, {key}, num_heads={PythonEmitContext.Value(Heads)}, key_dim={PythonEmitContext.Value(KeyDim)}, dropout={PythonEmitContext.Float(Dropout)})";
    }

    public override IEnumerable<string> PyTorchForward(PythonEmitContext context)
    {
        var inputs = context.Inputs;
        yield return $"{context.Local} = {context.Module}({inputs[0]}, {inputs[1]}, {inputs[2]})";
    }

    /// <summary>
    /// The runtime module's computation in ONNX operators: the three projections split into heads, scaled dot-product
    /// scores, softmax over the keys, the weighted values joined back and the output projection (no dropout: inference).
    /// </summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var inputs = context.Inputs;
        var heads = OnnxContext.Int64sOf(["0", "0", Heads.Code, KeyDim.Code]);
        string Split(string x, string projection, int[] perm) =>
            OnnxContext.Transpose(OnnxContext.AddNode("Reshape", [context.Linear(x, 3, projection, bias: true), heads]), perm);

        var queries = Split(inputs[0], "query.", [0, 2, 1, 3]);
        var keys = Split(inputs[2], "key.", [0, 2, 3, 1]);
        var scores = OnnxContext.AddNode("Softmax", [OnnxContext.AddNode("Div", [OnnxContext.AddNode("MatMul", [queries, keys]), KeyDim.IsReference ? OnnxContext.ScalarOf($"global::System.Math.Sqrt({KeyDim.Code})") : OnnxContext.Scalar(System.Math.Sqrt(KeyDim.Literal))])], OnnxContext.Int("axis", -1));
        var attended = OnnxContext.AddNode("MatMul", [scores, Split(inputs[1], "value.", [0, 2, 1, 3])]);
        var joined = OnnxContext.AddNode("Reshape", [OnnxContext.Transpose(attended, [0, 2, 1, 3]), OnnxContext.Int64sOf(["0", "0", DimCode.Of(Heads.ToDim() * KeyDim.ToDim())])]);
        return context.Assign(context.Linear(joined, 3, "output.", bias: true));
    }
}
