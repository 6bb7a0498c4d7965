using System.Collections.Generic;
using System.Globalization;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Emitting;

/// <summary>
/// The TorchSharp code of each layer kind: the module it owns (type and construction) and the expression its forward
/// step evaluates. Sizes come from the shapes <see cref="ShapeInference"/> computed; nothing is re-derived here.
/// </summary>
internal static class LayerEmitter
{
    private const string Nn = "global::TorchSharp.torch.nn";

    /// <summary>The module field type of a node, or null when the node computes with tensor operations only.</summary>
    public static string? ModuleType(LayerSpec layer) => layer switch
    {
        DenseLayerSpec => "global::TorchSharp.Modules.Linear",
        DropoutLayerSpec => "global::TorchSharp.Modules.Dropout",
        _ => null,
    };

    /// <summary>Statements that create (and initialise) the module of <paramref name="node"/> into its field.</summary>
    public static IEnumerable<string> Construct(GraphNode node, ModelGraph graph)
    {
        var field = Names.Field(node.Name);
        switch (node.Spec.Layer)
        {
            case DenseLayerSpec dense:
                var inputWidth = ShapeInference.DenseInputWidth(graph.Nodes[node.InputIndices[0]].Shape!);
                yield return $"{field} = {Nn}.Linear({inputWidth}, {dense.Units}, hasBias: {Bool(dense.UseBias)});";

                // Keras initialisers: Glorot-uniform kernel, zero bias.
                yield return $"{Nn}.init.xavier_uniform_({field}.weight);";
                if (dense.UseBias)
                {
                    yield return $"{Nn}.init.zeros_({field}.bias);";
                }

                break;

            case DropoutLayerSpec dropout:
                yield return $"{field} = {Nn}.Dropout({Double(dropout.Rate)});";
                break;
        }
    }

    /// <summary>
    /// The forward expression of <paramref name="node"/> given the locals holding its inputs. With
    /// <paramref name="withoutActivation"/> the final activation is left out (the loss fuses it).
    /// </summary>
    public static string Forward(GraphNode node, IReadOnlyList<string> inputs, bool withoutActivation)
    {
        var x = inputs.Count > 0 ? inputs[0] : "null!";
        var field = Names.Field(node.Name);
        return node.Spec.Layer switch
        {
            DenseLayerSpec dense => Activate($"{field}.forward({x})", withoutActivation ? Activation.None : dense.Activation),
            ActivationLayerSpec activation => Activate(x, withoutActivation ? Activation.None : activation.Activation),
            DropoutLayerSpec => $"{field}.forward({x})",
            FlattenLayerSpec => $"{x}.flatten(1)",
            _ => x,
        };
    }

    /// <summary>The activation a node ends with (the one a fused loss can absorb).</summary>
    public static Activation FinalActivation(LayerSpec layer) => layer switch
    {
        DenseLayerSpec dense => dense.Activation,
        ActivationLayerSpec activation => activation.Activation,
        _ => Activation.None,
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

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Double(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
