using System;
using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph.Interop.Onnx;

/// <summary>
/// <c>model.ExportOnnx(path, opset)</c>: declares the graph inputs (named after the <c>[Input]</c> properties, the batch and
/// symbolic dimensions as named <c>dim_param</c>s), lets the generated <c>ExportOnnxGraph</c> add every node's inference
/// form, declares the outputs (named after the <c>[Output]</c> properties) and writes the file atomically.
/// </summary>
internal static class OnnxExport
{
    /// <summary>The oldest opset the generated graphs are written for (<c>Squeeze</c>/<c>Split</c> with tensor inputs).</summary>
    public const int MinOpset = 13;

    /// <summary>The newest: ONNX 1.12's, the IR the bundled onnx.proto writes.</summary>
    public const int MaxOpset = OnnxGraphBuilder.MaxOpset;

    public static void Export(IModel model, string name, string path, int opset, Func<OnnxGraphBuilder, IReadOnlyList<string>, string, IReadOnlyList<string>> graph)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (opset is < MinOpset or > MaxOpset)
        {
            throw new ArgumentOutOfRangeException(
                nameof(opset), opset, $"ExportOnnx writes ONNX opsets {MinOpset} to {MaxOpset} (IR version 7 to 8); {opset} is outside that range.");
        }

        foreach (var (key, tensor) in model.AsModule.state_dict())
        {
            if (tensor.is_floating_point() && tensor.dtype != ScalarType.Float32)
            {
                throw new NotSupportedException(
                    $"ExportOnnx writes Float32 graphs, but '{key}' of model '{name}' is {tensor.dtype}; convert the model with .to(ScalarType.Float32) first.");
            }
        }

        var signature = model.Signature;
        var builder = new OnnxGraphBuilder(name, opset);
        foreach (var output in signature.Outputs)
        {
            builder.ReserveName(output.Name);
        }

        var inputs = new List<string>(signature.Inputs.Count);
        foreach (var input in signature.Inputs)
        {
            inputs.Add(builder.AddInput(input.Name, input.DType.ToScalarType(), Dims(input.Shape)));
        }

        IReadOnlyList<string> values;
        using (no_grad())
        {
            values = graph(builder, inputs, string.Empty);
        }

        builder.Scope = null;
        if (values.Count != signature.Outputs.Count)
        {
            throw new InvalidOperationException($"The ONNX graph of '{name}' produced {values.Count} outputs for {signature.Outputs.Count} declared ones.");
        }

        for (var i = 0; i < values.Count; i++)
        {
            var output = signature.Outputs[i];
            var node = FindNode(model, output.Name);
            builder.AddOutput(values[i], output.Name, ScalarType.Float32, Dims(node.OutputShape));
        }

        builder.Save(path);
    }

    /// <summary>The batch as <c>N</c>, symbols by name, derived sizes by their expression (<c>ceil(T/2)</c>), fixed sizes as numbers.</summary>
    private static OnnxDim[] Dims(Shape shape)
    {
        var dims = new OnnxDim[shape.Rank];
        for (var i = 0; i < dims.Length; i++)
        {
            var dim = shape.Dims[i];
            dims[i] = dim.Size is { } size ? OnnxDim.Fixed(size) : OnnxDim.Symbolic(dim.Text);
        }

        return dims;
    }

    private static Node FindNode(IModel model, string name) =>
        model.Nodes.FindNode(name) ?? throw new InvalidOperationException($"The model has no node named '{name}'.");
}
