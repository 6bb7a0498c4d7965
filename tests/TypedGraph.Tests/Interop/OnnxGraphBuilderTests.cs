using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using TypedGraph.Interop.Onnx;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Interop;

public sealed class OnnxGraphBuilderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_hand_built_dense_softmax_graph_passes_onnx_full_check_with_its_names_opset_and_symbolic_batch()
    {
        DebianPython.Require("onnx");
        using var net = new DenseNet();
        var path = _temp["dense.onnx"];

        net.Export().Save(path);
        using var report = JsonDocument.Parse(DebianPython.Run(CheckScript, path));

        var root = report.RootElement;
        Assert.Equal(8, root.GetProperty("ir_version").GetInt32());
        Assert.Equal("[[\"\",17]]", root.GetProperty("opset").GetRawText());
        Assert.Equal("TypedGraph", root.GetProperty("producer").GetString());
        Assert.Equal("{\"Features\":[\"N\",4]}", root.GetProperty("inputs").GetRawText());
        Assert.Equal("{\"Probabilities\":[\"N\",3]}", root.GetProperty("outputs").GetRawText());
        Assert.Equal("[\"hidden.bias\",\"hidden.weight\",\"output.bias\",\"output.weight\"]", root.GetProperty("initializers").GetRawText());
        Assert.Equal("[\"Gemm\",\"Relu\",\"Transpose\",\"MatMul\",\"Add\",\"Softmax\"]", root.GetProperty("nodes").GetRawText());
        Assert.Equal(["dense.onnx"], _temp.FileNames());
    }

    [Fact]
    public void OnnxRuntime_runs_the_dense_softmax_graph_at_two_batch_sizes_as_TorchSharp_computes_it()
    {
        using var net = new DenseNet();
        var path = _temp["dense.onnx"];
        net.Export().Save(path);
        using var session = new InferenceSession(path);

        foreach (var batch in new[] { 1, 7 })
        {
            using var scope = NewDisposeScope();
            var x = randn(batch, 4);
            var expected = net.Forward(x);

            var actual = Run(session, "Features", x, "Probabilities");

            Assert.Equal(expected.shape, actual.Shape);
            AssertClose(expected, actual.Values, 1e-5);
        }
    }

    [Fact]
    public void Attributes_of_every_kind_multi_output_nodes_and_int64_initializers_run_in_OnnxRuntime_as_in_TorchSharp()
    {
        DebianPython.Require("onnx");
        using var scope = NewDisposeScope();
        using var generator = new Generator(17);
        var convWeight = randn([4, 2, 3, 3], generator: generator);
        var convBias = randn([4], generator: generator);
        var builder = new OnnxGraphBuilder("ConvNet");
        var image = builder.AddInput("Image", ScalarType.Float32, ["N", 2, 6, 6]);
        var pads = builder.AddInt64s("pads", 0, 0, 1, 1, 0, 0, 1, 1);
        var padded = builder.AddNode("Pad", [image, pads], [OnnxAttribute.String("mode", "reflect")]);
        var w = builder.AddInitializer("conv.weight", convWeight);
        var b = builder.AddInitializer("conv.bias", convBias);
        var conv = builder.AddNode(
            "Conv",
            [padded, w, b],
            [OnnxAttribute.Ints("kernel_shape", 3, 3), OnnxAttribute.Ints("strides", 2, 2), OnnxAttribute.Ints("pads", 1, 1, 1, 1), OnnxAttribute.Int("group", 1)],
            output: "conv");
        var leaky = builder.AddNode("LeakyRelu", [conv], [OnnxAttribute.Float("alpha", 0.2f)]);
        var split = builder.AddInt64s("split", 1, 3);
        var halves = builder.AddNodeWithOutputs("Split", [leaky, split], ["first", "rest"], [OnnxAttribute.Int("axis", 1)]);
        var sum = builder.AddNode("ReduceSum", [halves[1], builder.AddInt64s("axes", 1)], [OnnxAttribute.Int("keepdims", 1)]);
        var merged = builder.AddNode("Mul", [halves[0], sum]);
        builder.AddOutput(merged, "Merged", ScalarType.Float32, ["N", 1, 4, 4]);
        var path = _temp["conv.onnx"];
        builder.Save(path);

        DebianPython.Run(CheckScript, path);
        using var session = new InferenceSession(path);
        foreach (var batch in new[] { 2, 3 })
        {
            var x = randn([batch, 2, 6, 6], generator: generator);
            var y = nn.functional.conv2d(nn.functional.pad(x, [1, 1, 1, 1], PaddingModes.Reflect), convWeight, convBias, strides: [2, 2], padding: [1, 1]);
            y = nn.functional.leaky_relu(y, 0.2);
            var expected = y.narrow(1, 0, 1) * y.narrow(1, 1, 3).sum(1, keepdim: true);

            var actual = Run(session, "Image", x, "Merged");

            Assert.Equal(expected.shape, actual.Shape);

            // The product of a channel and a sum of three: float32 sums in another order differ by a few ulps of the
            // terms (about 10 here), which the product scales; 1e-4 of the value is far below any wrong pad or stride.
            AssertClose(expected, actual.Values, 1e-4);
        }
    }

    [Fact]
    public void Names_are_made_unique_and_reserved_names_are_left_for_the_outputs_that_claim_them()
    {
        var builder = new OnnxGraphBuilder("Names");
        var x = builder.AddInput("x", ScalarType.Float32, ["N", 2]);
        builder.ReserveName("Probabilities");

        var first = builder.AddNode("Relu", [x]);
        var second = builder.AddNode("Relu", [first]);
        var probabilities = builder.AddNode("Sigmoid", [second], output: "Probabilities");
        builder.AddOutput(probabilities, "Probabilities", ScalarType.Float32, ["N", 2]);
        builder.AddOutput(second, "Hidden", ScalarType.Float32, ["N", 2]);

        Assert.Equal(("Relu", "Relu_1", "Probabilities"), (first, second, probabilities));
        Assert.Equal(["Probabilities", "Hidden"], builder.Build().Graph.Output.Select(o => o.Name));
        Assert.Equal(["Relu", "Relu", "Sigmoid", "Identity"], builder.Build().Graph.Node.Select(n => n.OpType));
        Assert.Equal(["x_1", "Probabilities_1"], new[] { builder.UniqueName("x"), builder.UniqueName("Probabilities") });
        Assert.Equal(
            "The ONNX name 'Relu' is already used in graph 'Names'.",
            Assert.Throws<InvalidOperationException>(() => builder.AddOutput(x, "Relu", ScalarType.Float32, ["N", 2])).Message);
    }

    [Fact]
    public void A_weight_asked_for_twice_as_by_a_shared_layer_is_stored_once_and_each_initializer_call_adds_one()
    {
        using var shared = nn.Linear(2, 2);
        using var other = zeros(2, 2);
        var builder = new OnnxGraphBuilder("Shared");

        var first = builder.AddWeight("shared.weight", shared, "weight");
        var again = builder.AddWeight("shared.weight", shared, "weight");
        var third = builder.AddInitializer("shared.weight", other);
        var fourth = builder.AddInitializer("shared.weight", other);

        Assert.Equal(("shared.weight", "shared.weight", "shared.weight_1", "shared.weight_2"), (first, again, third, fourth));
        var x = builder.AddInput("x", ScalarType.Float32, ["N", 2]);
        builder.AddOutput(builder.AddNode("MatMul", [x, first]), "y", ScalarType.Float32, ["N", 2]);
        Assert.Equal(["shared.weight", "shared.weight_1", "shared.weight_2"], builder.Build().Graph.Initializer.Select(i => i.Name));
    }

    [Fact]
    public void Misuse_is_refused_with_a_message_that_names_the_graph_and_the_value()
    {
        var builder = new OnnxGraphBuilder("Misuse", opset: 13);
        var x = builder.AddInput("x", ScalarType.Float32, ["N", 2]);

        Assert.Equal(13, builder.Opset);
        Assert.Equal([3L, 4, 5, 6, 7, 7, 7, 8, 8, 8], Enumerable.Range(8, 10).Select(OnnxGraphBuilder.IrVersionFor));
        Assert.Equal(
            "The input 'y' of node Relu_node (Relu) is not a value of graph 'Misuse' (add inputs, initializers and nodes before their users).",
            Assert.Throws<InvalidOperationException>(() => builder.AddNode("Relu", ["y"])).Message);
        Assert.Equal(
            "The ONNX name 'x' is already used in graph 'Misuse'.",
            Assert.Throws<InvalidOperationException>(() => builder.AddInput("x", ScalarType.Float32, [2])).Message);
        Assert.Equal(
            "Node Softmax_node (Softmax) is given the attribute 'axis' twice.",
            Assert.Throws<InvalidOperationException>(() => builder.AddNode("Softmax", [x], [OnnxAttribute.Int("axis", 1), OnnxAttribute.Int("axis", 0)])).Message);
        Assert.Equal(
            "Graph 'Misuse' has no output.",
            Assert.Throws<InvalidOperationException>(() => builder.Save(_temp["none.onnx"])).Message);
        Assert.StartsWith(
            "The ONNX opset must be between 7 and 17 (IR version 8, the newest this build of TypedGraph writes).",
            Assert.Throws<ArgumentOutOfRangeException>(() => new OnnxGraphBuilder("Future", opset: 18)).Message,
            StringComparison.Ordinal);
        Assert.Empty(_temp.FileNames());
    }

    private static (long[] Shape, float[] Values) Run(InferenceSession session, string inputName, Tensor input, string outputName)
    {
        var data = input.contiguous().data<float>().ToArray();
        using var value = OrtValue.CreateTensorValueFromMemory(data, input.shape);
        using var options = new RunOptions();
        using var outputs = session.Run(options, [inputName], [value], [outputName]);
        var output = outputs[0];
        return (output.GetTensorTypeAndShape().Shape, output.GetTensorDataAsSpan<float>().ToArray());
    }

    /// <summary>Absolute tolerance for values up to 1 (probabilities), relative beyond (float32 has ~7 significant digits).</summary>
    private static void AssertClose(Tensor expected, float[] actual, double tolerance)
    {
        var values = expected.contiguous().data<float>().ToArray();
        Assert.Equal(values.Length, actual.Length);
        for (var i = 0; i < values.Length; i++)
        {
            Assert.True(Math.Abs(values[i] - actual[i]) <= tolerance * Math.Max(1, Math.Abs(values[i])), $"element {i}: TorchSharp {values[i]}, OnnxRuntime {actual[i]}");
        }
    }

    /// <summary>Dense(4 → 8, Relu) then Dense(8 → 3, Softmax), emitted once as Gemm and once as MatMul + Add.</summary>
    private sealed class DenseNet : IDisposable
    {
        private readonly TorchSharp.Modules.Linear _hidden = nn.Linear(4, 8);
        private readonly TorchSharp.Modules.Linear _output = nn.Linear(8, 3);

        public Tensor Forward(Tensor x)
        {
            using var _ = no_grad();
            return nn.functional.softmax(_output.forward(nn.functional.relu(_hidden.forward(x))), -1);
        }

        public OnnxGraphBuilder Export()
        {
            var builder = new OnnxGraphBuilder("DenseNet");
            builder.ReserveName("Probabilities");
            var x = builder.AddInput("Features", ScalarType.Float32, ["N", 4]);
            var hidden = builder.AddNode(
                "Gemm",
                [x, builder.AddInitializer("hidden.weight", _hidden.weight!), builder.AddInitializer("hidden.bias", _hidden.bias!)],
                [OnnxAttribute.Int("transB", 1)],
                output: "hidden");
            var relu = builder.AddNode("Relu", [hidden]);
            var weightT = builder.AddNode("Transpose", [builder.AddInitializer("output.weight", _output.weight!)], [OnnxAttribute.Ints("perm", 1, 0)]);
            var logits = builder.AddNode("Add", [builder.AddNode("MatMul", [relu, weightT]), builder.AddInitializer("output.bias", _output.bias!)], output: "logits");
            var probabilities = builder.AddNode("Softmax", [logits], [OnnxAttribute.Int("axis", -1)], output: "Probabilities");
            builder.AddOutput(probabilities, "Probabilities", ScalarType.Float32, ["N", 3]);
            return builder;
        }

        public void Dispose()
        {
            _hidden.Dispose();
            _output.Dispose();
        }
    }

    private const string CheckScript = """
        import json, sys
        import onnx

        model = onnx.load(sys.argv[1])
        onnx.checker.check_model(model, full_check=True)
        graph = model.graph

        def dims(value):
            return [d.dim_param if d.HasField("dim_param") else d.dim_value for d in value.type.tensor_type.shape.dim]

        print(json.dumps({
            "ir_version": model.ir_version,
            "opset": [[o.domain, o.version] for o in model.opset_import],
            "producer": model.producer_name,
            "inputs": {v.name: dims(v) for v in graph.input},
            "outputs": {v.name: dims(v) for v in graph.output},
            "initializers": sorted(i.name for i in graph.initializer),
            "nodes": [n.op_type for n in graph.node],
        }, separators=(",", ":")))
        """;
}
