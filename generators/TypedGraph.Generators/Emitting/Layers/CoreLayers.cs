using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Model;
using static TypedGraph.Generators.Emitting.EmitContext;

namespace TypedGraph.Generators.Emitting.Layers;

/// <summary>Dense, Embedding, Activation, Dropout, Flatten, Reshape and Permute.</summary>
internal static class CoreLayers
{
    public static IEnumerable<string> ConstructDense(string field, DenseLayerSpec dense, TensorShape input)
    {
        yield return $"{field} = {Nn}.Linear({ShapeInference.InputWidth(input)}, {dense.Units}, hasBias: {Literal.Bool(dense.UseBias)});";
        yield return $"{Nn}.init.xavier_uniform_({field}.weight);";
        if (dense.UseBias)
        {
            yield return $"{Nn}.init.zeros_({field}.bias);";
        }
    }

    public static IEnumerable<string> ConstructEmbedding(string field, EmbeddingLayerSpec embedding)
    {
        yield return $"{field} = {Nn}.Embedding({embedding.InputDim}, {embedding.OutputDim});";
        yield return $"{Nn}.init.uniform_({field}.weight, -0.05, 0.05);";
    }

    public static string Dense(EmitContext context, DenseLayerSpec dense) => context.Activate($"{context.Field}.forward({context.X})", dense.Activation);

    public static string Flatten(EmitContext context) => $"{context.X}.flatten(1)";

    /// <summary>Reshape to the inferred shape; at most one dimension (a symbolic one) is left to TorchSharp as −1.</summary>
    public static string Reshape(EmitContext context)
    {
        var dims = context.Node.Shape!.SampleDims.Select(d => d.IsKnown ? d.Value.ToString(CultureInfo.InvariantCulture) : "-1");
        return $"{context.X}.reshape({context.X}.shape[0], {string.Join(", ", dims)})";
    }

    public static string Permute(EmitContext context, PermuteLayerSpec permute) =>
        $"{context.X}.permute(0, {string.Join(", ", permute.Dims)})";
}
