using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Model;
using static TypedGraph.Generators.Emitting.EmitContext;

namespace TypedGraph.Generators.Emitting.Layers;

/// <summary>
/// LSTM, GRU and SimpleRNN, batch-first. Without <c>ReturnSequences</c> the result is the final hidden state; for a
/// bidirectional layer that is [forward final, backward final], as Keras concatenates them.
/// </summary>
internal static class RecurrentLayers
{
    public static string ModuleType(RecurrentLayerSpec rnn) => rnn.Kind switch
    {
        RecurrentKind.Lstm => "global::TorchSharp.Modules.LSTM",
        RecurrentKind.Gru => "global::TorchSharp.Modules.GRU",
        _ => "global::TorchSharp.Modules.RNN",
    };

    public static IEnumerable<string> Construct(string field, RecurrentLayerSpec rnn, TensorShape input)
    {
        var factory = rnn.Kind switch
        {
            RecurrentKind.Lstm => "LSTM",
            RecurrentKind.Gru => "GRU",
            _ => "RNN",
        };
        yield return $"{field} = {Nn}.{factory}({ShapeInference.InputWidth(input)}, {rnn.Units}, batchFirst: true, bidirectional: {Literal.Bool(rnn.Bidirectional)});";
    }

    /// <summary>Runs from a zero initial state (TorchSharp's <c>null</c>).</summary>
    public static string Forward(EmitContext context, RecurrentLayerSpec rnn) => rnn.ReturnSequences
        ? $"{context.Field}.forward({context.X}, null).Item1"
        : $"{context.Field}.forward({context.X}, null).Item2.transpose(0, 1).flatten(1)";
}
