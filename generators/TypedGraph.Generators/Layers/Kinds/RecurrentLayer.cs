using System.Collections.Generic;
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

    protected override string Expression(EmitContext context) => ReturnSequences
        ? $"{context.Field}.forward({context.X}, null).Item1"
        : $"{context.Field}.forward({context.X}, null).Item2.transpose(0, 1).flatten(1)";

    /// <summary>PyTorch's modules hold the same tensors under the same names and gate layouts as TorchSharp's (both are libtorch).</summary>
    public override string? PyTorchModule(ConstructContext context) =>
        $"torch.nn.{Factory}({context.Input!.Last.Value}, {Units}, batch_first=True, bidirectional={PythonEmitContext.Bool(Bidirectional)})";

    /// <summary>PyTorch's LSTM returns (output, (h_n, c_n)) where TorchSharp's returns (output, h_n, c_n).</summary>
    protected override string PyTorchExpression(PythonEmitContext context) => ReturnSequences
        ? $"{context.Module}({context.X})[0]"
        : $"{context.Module}({context.X})[1]{(Kind == RecurrentKind.Lstm ? "[0]" : string.Empty)}.transpose(0, 1).flatten(1)";
}
