using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting.Layers;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Emitting;

/// <summary>
/// Dispatches each layer kind to its family emitter (<c>Emitting/Layers/</c>): the module a node owns (type and
/// construction) and the statements of its forward step. Sizes come from the shapes <see cref="ShapeInference"/>
/// computed; nothing is re-derived here.
/// </summary>
internal static class LayerEmitter
{
    /// <summary>The module field type a node owns, or null when it computes with tensor operations only or applies a shared layer.</summary>
    public static string? ModuleType(GraphNode node, ModelGraph graph)
    {
        if (node.IsSharedApplication)
        {
            return null;
        }

        return node.Layer switch
        {
            DenseLayerSpec => "global::TorchSharp.Modules.Linear",
            EmbeddingLayerSpec => "global::TorchSharp.Modules.Embedding",
            RecurrentLayerSpec rnn => RecurrentLayers.ModuleType(rnn),
            ConvolutionLayerSpec conv => ConvolutionLayers.ModuleType(conv),
            BatchNormLayerSpec => NormalizationLayers.BatchNormType(graph.Nodes[node.InputIndices[0]].Shape!),
            LayerNormLayerSpec => "global::TorchSharp.Modules.LayerNorm",
            DropoutLayerSpec => "global::TorchSharp.Modules.Dropout",
            SubmodelLayerSpec submodel => CompositeLayers.SubmodelType(submodel),
            CustomLayerSpec custom => custom.TypeName,
            _ => null,
        };
    }

    /// <summary>Statements that create (and initialise, with Keras's initialisers) the module of <paramref name="node"/>.</summary>
    public static IEnumerable<string> Construct(GraphNode node, ModelGraph graph)
    {
        var field = Names.Field(node.Name);
        var input = node.InputIndices.Count > 0 ? graph.Nodes[node.InputIndices[0]].Shape! : null;
        var format = graph.Model.DataFormat;
        return node.Layer switch
        {
            DenseLayerSpec dense => CoreLayers.ConstructDense(field, dense, input!),
            EmbeddingLayerSpec embedding => CoreLayers.ConstructEmbedding(field, embedding),
            RecurrentLayerSpec rnn => RecurrentLayers.Construct(field, rnn, input!),
            ConvolutionLayerSpec conv => ConvolutionLayers.Construct(field, conv, input!, format),
            BatchNormLayerSpec norm => NormalizationLayers.ConstructBatchNorm(field, norm, input!, format),
            LayerNormLayerSpec norm => NormalizationLayers.ConstructLayerNorm(field, norm, input!),
            DropoutLayerSpec dropout => [$"{field} = {EmitContext.Nn}.Dropout({Literal.Double(dropout.Rate)});"],
            SubmodelLayerSpec submodel => CompositeLayers.ConstructSubmodel(field, submodel),
            CustomLayerSpec custom => CompositeLayers.ConstructCustom(field, custom),
            _ => [],
        };
    }

    /// <summary>The statements computing the node's local (usually one assignment).</summary>
    public static IEnumerable<string> Forward(EmitContext context)
    {
        var local = context.Local;
        switch (context.Node.Layer)
        {
            case MergeLayerSpec merge:
                return MergeLayers.Checks(context, merge).Concat([$"var {local} = {MergeLayers.Forward(context, merge)};"]);
            case SubmodelLayerSpec submodel:
                return CompositeLayers.Submodel(context, submodel);
            default:
                return [$"var {local} = {Expression(context)};"];
        }
    }

    private static string Expression(EmitContext context) => context.Node.Layer switch
    {
        DenseLayerSpec dense => CoreLayers.Dense(context, dense),
        EmbeddingLayerSpec or DropoutLayerSpec or LayerNormLayerSpec => $"{context.Field}.forward({context.X})",
        RecurrentLayerSpec rnn => RecurrentLayers.Forward(context, rnn),
        ConvolutionLayerSpec conv => ConvolutionLayers.Convolution(context, conv),
        PoolingLayerSpec pool => ConvolutionLayers.Pooling(context, pool),
        GlobalPoolingLayerSpec pool => ConvolutionLayers.GlobalPooling(context, pool),
        ZeroPaddingLayerSpec zero => ConvolutionLayers.ZeroPadding(context, zero),
        BatchNormLayerSpec => NormalizationLayers.BatchNorm(context),
        ActivationLayerSpec activation => context.Activate(context.X, activation.Activation),
        FlattenLayerSpec => CoreLayers.Flatten(context),
        ReshapeLayerSpec => CoreLayers.Reshape(context),
        PermuteLayerSpec permute => CoreLayers.Permute(context, permute),
        CustomLayerSpec => CompositeLayers.Custom(context),
        _ => context.X,
    };

    /// <summary>Appends the TorchSharp call for <paramref name="activation"/> (Keras semantics: softmax over the last axis,
    /// leaky ReLU slope 0.2).</summary>
    public static string Activate(string x, Activation activation) => activation switch
    {
        Activation.None => x,
        Activation.Relu => $"{x}.relu()",
        Activation.Relu6 => $"{x}.relu6()",
        Activation.LeakyRelu => $"{x}.leaky_relu(0.2)",
        Activation.Elu => $"{x}.elu()",
        Activation.Selu => $"{x}.selu()",
        Activation.Gelu => $"{x}.gelu()",
        Activation.Silu => $"{x}.silu()",
        Activation.Sigmoid => $"{x}.sigmoid()",
        Activation.HardSigmoid => $"{x}.hardsigmoid()",
        Activation.Tanh => $"{x}.tanh()",
        Activation.Softmax => $"{x}.softmax(-1)",
        Activation.LogSoftmax => $"{x}.log_softmax(-1)",
        Activation.Softplus => $"{x}.softplus()",
        _ => x,
    };
}
