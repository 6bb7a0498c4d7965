using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.ForwardBenchmarks;

/// <summary>The seed question-answering model in plain TorchSharp, registered under the generated module's names.</summary>
internal sealed class HandWrittenQuestionAnswering : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly Embedding _embeddedText = nn.Embedding(10_000, 64);
    private readonly LSTM _encodedText = nn.LSTM(64, 32, batchFirst: true);
    private readonly Embedding _embeddedQuestion = nn.Embedding(10_000, 32);
    private readonly LSTM _encodedQuestion = nn.LSTM(32, 16, batchFirst: true);
    private readonly Linear _answer = nn.Linear(48, 500);

    public HandWrittenQuestionAnswering()
        : base(nameof(HandWrittenQuestionAnswering))
    {
        register_module("embedded_text", _embeddedText);
        register_module("encoded_text", _encodedText);
        register_module("embedded_question", _embeddedQuestion);
        register_module("encoded_question", _encodedQuestion);
        register_module("answer", _answer);
    }

    public override Tensor forward(Tensor text, Tensor question)
    {
        // libtorch 2.10's no-grad CPU LSTM is wrong (see TypedGraph.Layers.LstmForward): a correct hand-written module needs the same workaround.
        var encodedText = TypedGraph.Layers.LstmForward.Run(_encodedText, _embeddedText.forward(text)).Hidden.squeeze(0);
        var encodedQuestion = TypedGraph.Layers.LstmForward.Run(_encodedQuestion, _embeddedQuestion.forward(question)).Hidden.squeeze(0);
        return _answer.forward(cat([encodedText, encodedQuestion], 1)).softmax(-1);
    }
}
