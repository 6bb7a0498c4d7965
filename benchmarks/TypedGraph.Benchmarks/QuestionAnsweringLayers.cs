using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.Benchmarks;

/// <summary>The modules of the question-answering model, shared by the TypedGraph model and the hand-written loop so both run identical layers.</summary>
public sealed class QuestionAnsweringLayers
{
    public QuestionAnsweringLayers(long vocabulary)
    {
        EmbeddedText = nn.Embedding(vocabulary, 64);
        EncodedText = nn.LSTM(64, 32, batchFirst: true);
        EmbeddedQuestion = nn.Embedding(vocabulary, 32);
        EncodedQuestion = nn.LSTM(32, 16, batchFirst: true);
        Answer = nn.Linear(48, 500);
    }

    public Embedding EmbeddedText { get; }

    public LSTM EncodedText { get; }

    public Embedding EmbeddedQuestion { get; }

    public LSTM EncodedQuestion { get; }

    public Linear Answer { get; }

    /// <summary>Keras' LSTM without return_sequences: the last hidden state, (N, units).</summary>
    public static Tensor LastHidden(LSTM lstm, Tensor sequence)
    {
        var (_, hidden, _) = lstm.forward(sequence);
        return hidden[0];
    }

    /// <summary>The answer logits (pre-softmax).</summary>
    public Tensor Logits(Tensor text, Tensor question)
    {
        var encodedText = LastHidden(EncodedText, EmbeddedText.forward(text));
        var encodedQuestion = LastHidden(EncodedQuestion, EmbeddedQuestion.forward(question));
        return Answer.forward(cat([encodedText, encodedQuestion], -1));
    }
}
