using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// <c>[Lstm]</c>, <c>[Gru]</c>, <c>[SimpleRnn]</c>, batch-first, from a zero state. Without <c>ReturnSequences</c> the result
/// is the final hidden state; a bidirectional layer gives [forward final, backward final], as Keras concatenates them.
/// Keras's initialisers: Glorot-uniform input kernel, orthogonal recurrent kernel, zero bias (LSTM: forget-gate bias 1).
/// </summary>
[LayerKind(typeof(LstmAttribute), typeof(GruAttribute), typeof(SimpleRnnAttribute))]
internal sealed record RecurrentLayer(RecurrentKind Kind, Tunable<int> Units, bool ReturnSequences, bool Bidirectional) : LayerSpec
{
    public override string KerasType => Bidirectional ? "Bidirectional" : Kind switch
    {
        RecurrentKind.Lstm => "LSTM",
        RecurrentKind.Gru => "GRU",
        _ => "SimpleRNN",
    };

    private string Factory => Kind switch
    {
        RecurrentKind.Lstm => "LSTM",
        RecurrentKind.Gru => "GRU",
        _ => "RNN",
    };

    public static LayerSpec Parse(LayerReader reader)
    {
        var (kind, units, sequences, bidirectional) = reader.AttributeName switch
        {
            nameof(LstmAttribute) => LayerReader.Read(reader.Attribute<LstmAttribute>(), a => (RecurrentKind.Lstm, a.Units, a.ReturnSequences, a.Bidirectional)),
            nameof(GruAttribute) => LayerReader.Read(reader.Attribute<GruAttribute>(), a => (RecurrentKind.Gru, a.Units, a.ReturnSequences, a.Bidirectional)),
            _ => LayerReader.Read(reader.Attribute<SimpleRnnAttribute>(), a => (RecurrentKind.SimpleRnn, a.Units, a.ReturnSequences, a.Bidirectional)),
        };
        return new RecurrentLayer(kind, reader.Size(0, $"{kind} units", units), sequences, bidirectional);
    }

    public override string? HyperParameterArgument(string name) => Units.HyperParameter == name ? LayerReader.At(0) : null;

    public override string Describe() => $"{Kind}({Units}{Options(("ReturnSequences", ReturnSequences, false), ("Bidirectional", Bidirectional, false))})";

    public override InferenceResult Infer(InferContext context)
    {
        var x = context.X;
        if (x.Rank != 3)
        {
            context.Rank($"{KerasType} reads a batch-first sequence (N, T, C)");
            return null;
        }

        if (!context.Known(x.Last, "input size (last dimension", x))
        {
            return null;
        }

        var units = Units.ToDim() * Dim.Of(Bidirectional ? 2 : 1);
        return ReturnSequences
            ? new TensorShape(new[] { x.SampleDims[0], units }.ToEquatableArray(), TensorLayout.Sequence)
            : new TensorShape(new[] { units }.ToEquatableArray());
    }

    /// <summary>TorchSharp's true count (two bias vectors per gate): gates·units·(input + units + 2), per direction.</summary>
    public override Dim? Parameters(ConstructContext context)
    {
        var gates = Kind switch
        {
            RecurrentKind.Lstm => 4,
            RecurrentKind.Gru => 3,
            _ => 1,
        };
        return (context.Input!.Last + Units.ToDim() + 2) * Units.ToDim() * Dim.Of(gates * (Bidirectional ? 2 : 1));
    }

    public override string? WeightKey(TensorShape input, DataFormat format) => input.Last.ToString();

    public override string? ModuleType(ConstructContext context) => $"global::TorchSharp.Modules.{Factory}";

    public override IEnumerable<string> Construct(ConstructContext context)
    {
        yield return $"{context.Field} = {ConstructContext.Nn}.{Factory}({ConstructContext.Size(context.Input!.Last)}, {Units.Code}, batchFirst: true, bidirectional: {Literal.Bool(Bidirectional)});";
        yield return $"{ConstructContext.Tg}.Layers.KerasInitializers.Recurrent({context.Field}, unitForgetBias: {Literal.Bool(Kind == RecurrentKind.Lstm)});";
    }

    /// <summary>An LSTM runs through <c>TypedGraph.Layers.LstmForward</c>, which keeps libtorch off its inexact CPU inference kernel.</summary>
    protected override string Expression(EmitContext context)
    {
        var call = Kind == RecurrentKind.Lstm
            ? $"{EmitContext.Tg}.Layers.LstmForward.Run({context.Field}, {context.X})"
            : $"{context.Field}.forward({context.X}, null)";
        return ReturnSequences ? $"{call}.Item1" : $"{call}.Item2.transpose(0, 1).flatten(1)";
    }

    /// <summary>PyTorch's modules hold the same tensors under the same names and gate layouts as TorchSharp's (both are libtorch).</summary>
    public override string? PyTorchModule(ConstructContext context) =>
        $"torch.nn.{Factory}({PythonEmitContext.Size(context.Input!.Last)}, {PythonEmitContext.Value(Units)}, batch_first=True, bidirectional={PythonEmitContext.Bool(Bidirectional)})";

    /// <summary>PyTorch's LSTM returns (output, (h_n, c_n)) where TorchSharp's returns (output, h_n, c_n).</summary>
    protected override string PyTorchExpression(PythonEmitContext context) => ReturnSequences
        ? $"{context.Module}({context.X})[0]"
        : $"{context.Module}({context.X})[1]{(Kind == RecurrentKind.Lstm ? "[0]" : string.Empty)}.transpose(0, 1).flatten(1)";

    /// <summary>
    /// ONNX's <c>RNN</c>, <c>LSTM</c> or <c>GRU</c> (time-major, zero initial state) with TorchSharp's weights stacked per
    /// direction and the gate blocks reordered to ONNX's: LSTM i, f, g, o → i, o, f, c; GRU r, z, n → z, r, h with
    /// <c>linear_before_reset = 1</c> (PyTorch's GRU). The output is the sequence (N, T, D·H) or the final hidden states
    /// (N, D·H), forward direction first, as the forward step returns them.
    /// </summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        int[] gates = Kind switch
        {
            RecurrentKind.Lstm => [0, 3, 1, 2],
            RecurrentKind.Gru => [1, 0, 2],
            _ => [0],
        };
        string[] directions = Bidirectional ? [string.Empty, "_reverse"] : [string.Empty];
        string Reordered(string name) =>
            $"global::TorchSharp.torch.cat([{string.Join(", ", gates.Select(g => $"{context.Field}.get_parameter(\"{name}\")!.narrow(0, {(Units.IsReference ? $"{g} * {Units.Code}" : (g * Units.Literal).ToString(System.Globalization.CultureInfo.InvariantCulture))}, {Units.Code})"))}], 0)";
        string Stacked(System.Func<string, string> direction) => Bidirectional
            ? $"global::TorchSharp.torch.stack([{string.Join(", ", directions.Select(direction))}], 0)"
            : $"{direction(directions[0])}.unsqueeze(0)";

        var w = context.Computed("onnx_W", Stacked(d => Reordered("weight_ih_l0" + d)));
        var r = context.Computed("onnx_R", Stacked(d => Reordered("weight_hh_l0" + d)));
        var b = context.Computed("onnx_B", Stacked(d => $"global::TorchSharp.torch.cat([{Reordered("bias_ih_l0" + d)}, {Reordered("bias_hh_l0" + d)}], 0)"));
        var attributes = new List<string>
        {
            OnnxContext.IntOf("hidden_size", Units.Code),
            OnnxContext.Text("direction", Bidirectional ? "bidirectional" : "forward"),
        };
        if (Kind == RecurrentKind.Gru)
        {
            attributes.Add(OnnxContext.Int("linear_before_reset", 1));
        }

        var timeMajor = OnnxContext.Transpose(context.X, [1, 0, 2]);
        var outputs = Kind == RecurrentKind.Lstm ? new[] { "Y", "Y_h", "Y_c" } : ["Y", "Y_h"];
        var state = OnnxContext.NodeOutput(Factory, [timeMajor, w, r, b], outputs, ReturnSequences ? 0 : 1, [.. attributes]);

        // Y is (T, D, N, H), Y_h is (D, N, H).
        var result = (ReturnSequences, Bidirectional) switch
        {
            (true, false) => OnnxContext.Transpose(OnnxContext.AddNode("Squeeze", [state, OnnxContext.Int64s(1)]), [1, 0, 2]),
            (true, true) => OnnxContext.AddNode("Reshape", [OnnxContext.Transpose(state, [2, 0, 1, 3]), OnnxContext.Int64s(0, 0, -1)]),
            (false, false) => OnnxContext.AddNode("Squeeze", [state, OnnxContext.Int64s(0)]),
            (false, true) => OnnxContext.AddNode("Reshape", [OnnxContext.Transpose(state, [1, 0, 2]), OnnxContext.Int64s(0, -1)]),
        };
        return context.Assign(result);
    }
}
