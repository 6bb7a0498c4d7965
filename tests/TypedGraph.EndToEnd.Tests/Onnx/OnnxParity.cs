using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using TypedGraph.Tests;
using static TorchSharp.torch;

namespace TypedGraph.EndToEnd.Tests.Onnx;

/// <summary>
/// Exports a generated model, checks the file with onnx's full checker (Debian's python3-onnx), runs it in ONNX Runtime
/// and compares every output with TorchSharp's <c>Predict</c> on the same inputs.
/// </summary>
internal static class OnnxParity
{
    /// <summary>On the <see cref="ScaledDifference"/>: absolute for values up to 1, relative beyond (float32 keeps about 7 significant digits).</summary>
    public const double Tolerance = 1e-5;

    /// <summary>
    /// Runs onnx's <c>check_model(full_check=True)</c> (which also runs strict shape inference) and returns the graph's
    /// opset, inputs and outputs with their dims (<c>dim_param</c> names or sizes), its initializer count and operators.
    /// </summary>
    public static JsonElement Check(string path)
    {
        DebianPython.Require("onnx");
        using var report = JsonDocument.Parse(DebianPython.Run(CheckScript, path));
        return report.RootElement.Clone();
    }

    /// <summary>
    /// Runs the exported file in ONNX Runtime on <paramref name="inputs"/> and compares each output with
    /// <paramref name="predict"/>'s; returns the largest scaled difference seen.
    /// </summary>
    public static double Compare(string path, IReadOnlyList<string> inputNames, IReadOnlyList<string> outputNames, IEnumerable<Tensor[]> inputs, Func<Tensor[], IReadOnlyList<Tensor>> predict, double tolerance = Tolerance)
    {
        using var session = new InferenceSession(path);
        var worst = 0.0;
        foreach (var batch in inputs)
        {
            using var scope = NewDisposeScope();
            var expected = predict(batch);
            var actual = Run(session, inputNames, batch, outputNames);
            for (var o = 0; o < outputNames.Count; o++)
            {
                var (shape, values) = actual[o];
                Assert.True(expected[o].shape.SequenceEqual(shape), $"output {outputNames[o]}: TorchSharp shape ({string.Join(", ", expected[o].shape)}), OnnxRuntime ({string.Join(", ", shape)})");
                var reference = expected[o].contiguous().data<float>().ToArray();
                for (var i = 0; i < reference.Length; i++)
                {
                    var error = ScaledDifference.Of(reference[i], values[i]);
                    Assert.True(error <= tolerance, $"output {outputNames[o]} element {i} (batch of {batch[0].shape[0]}): TorchSharp {reference[i]}, OnnxRuntime {values[i]}");
                    worst = Math.Max(worst, error);
                }
            }
        }

        return worst;
    }

    /// <summary>Exports, checks and compares a generated model at every input set; returns the largest scaled difference.</summary>
    public static double Verify<TInputs, TOutputs, TTargets>(Model<TInputs, TOutputs, TTargets> model, string path, IEnumerable<Tensor[]> inputs, int opset = 17, double tolerance = Tolerance)
        where TInputs : ITensorRecord<TInputs>
        where TOutputs : ITensorRecord<TOutputs>
        where TTargets : ITensorRecord<TTargets>
    {
        model.eval();
        model.ExportOnnx(path, opset);
        var report = Check(path);
        Assert.Equal(opset, report.GetProperty("opset").GetInt32());
        var inputNames = model.Signature.Inputs.Select(i => i.Name).ToList();
        var outputNames = model.Signature.Outputs.Select(o => o.Name).ToList();
        Assert.Equal(inputNames, report.GetProperty("inputs").EnumerateObject().Select(p => p.Name));
        Assert.Equal(outputNames, report.GetProperty("outputs").EnumerateObject().Select(p => p.Name));
        return Compare(path, inputNames, outputNames, inputs, x => model.Predict(TInputs.FromTensors(x), batchSize: 1024).ToTensors(), tolerance);
    }

    /// <summary>Writes the largest difference of a comparison to the test's output (the figures docs/export.md quotes).</summary>
    public static void Report(Xunit.Abstractions.ITestOutputHelper output, string model, double worst, string reference = "TorchSharp Predict") =>
        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{model}: largest difference ONNX Runtime vs {reference} {worst:E2}"));

    private static List<(long[] Shape, float[] Values)> Run(InferenceSession session, IReadOnlyList<string> inputNames, Tensor[] inputs, IReadOnlyList<string> outputNames)
    {
        var values = new List<OrtValue>();
        try
        {
            foreach (var input in inputs)
            {
                var tensor = input.contiguous();
                values.Add(tensor.dtype switch
                {
                    ScalarType.Int64 => OrtValue.CreateTensorValueFromMemory(tensor.data<long>().ToArray(), tensor.shape),
                    ScalarType.Int32 => OrtValue.CreateTensorValueFromMemory(tensor.data<int>().ToArray(), tensor.shape),
                    _ => OrtValue.CreateTensorValueFromMemory(tensor.data<float>().ToArray(), tensor.shape),
                });
            }

            using var options = new RunOptions();
            using var outputs = session.Run(options, inputNames, values, outputNames);
            return outputs.Select(o => (o.GetTensorTypeAndShape().Shape, o.GetTensorDataAsSpan<float>().ToArray())).ToList();
        }
        finally
        {
            foreach (var value in values)
            {
                value.Dispose();
            }
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
            "opset": [o.version for o in model.opset_import if o.domain == ""][0],
            "inputs": {v.name: dims(v) for v in graph.input},
            "outputs": {v.name: dims(v) for v in graph.output},
            "initializers": [i.name for i in graph.initializer],
            "operators": sorted(set(n.op_type for n in graph.node)),
        }, separators=(",", ":")))
        """;
}
