using System;
using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using TypedGraph;
using static TorchSharp.torch;

namespace TypedGraph.Benchmarks;

/// <summary>
/// The memory probe's model: written the way the generator emits models, with a vocabulary parameter (the generated
/// sample fixes 10,000; the probe uses 5,000 for a ~500k-parameter model). The seed question-answering model of
/// Deep Learning with Python ch. 7 —
/// <c>Text(T, Int64) → Embedding(vocab, 64) → Lstm(32)</c>, <c>Question(U, Int64) → Embedding(vocab, 32) → Lstm(16)</c>,
/// <c>Concatenate → Dense(500, Softmax) [Output(CategoricalCrossentropy, Metrics = [Accuracy])]</c>.
/// </summary>
public sealed class QuestionAnsweringModel : Model<QuestionAnsweringModel.Inputs, QuestionAnsweringModel.Outputs, QuestionAnsweringModel.Targets>
{
    private static readonly ModelSignature SignatureInstance = new(
        [
            new InputSpec(nameof(Inputs.Text), new Shape(Dim.Batch, Dim.Symbol("T")), DType.Int64),
            new InputSpec(nameof(Inputs.Question), new Shape(Dim.Batch, Dim.Symbol("U")), DType.Int64),
        ],
        [new OutputSpec(nameof(Outputs.Answer), "answer", Loss.CategoricalCrossentropy, 1.0, [Metric.Accuracy], Activation.Softmax)]);

    private readonly QuestionAnsweringLayers _layers;
    private readonly Node[] _nodes;

    public QuestionAnsweringModel(long vocabulary = 10_000)
        : base("QuestionAnswering")
    {
        _layers = new QuestionAnsweringLayers(vocabulary);
        register_module("embedded_text", _layers.EmbeddedText);
        register_module("encoded_text", _layers.EncodedText);
        register_module("embedded_question", _layers.EmbeddedQuestion);
        register_module("encoded_question", _layers.EncodedQuestion);
        register_module("answer", _layers.Answer);

        var text = new Node("Text", "InputLayer", new Shape(Dim.Batch, Dim.Symbol("T")), [], null);
        var embeddedText = new Node("EmbeddedText", "Embedding", new Shape(Dim.Batch, Dim.Symbol("T"), Dim.Fixed(64)), [text], _layers.EmbeddedText);
        var encodedText = new Node("EncodedText", "LSTM", new Shape(Dim.Batch, Dim.Fixed(32)), [embeddedText], _layers.EncodedText);
        var question = new Node("Question", "InputLayer", new Shape(Dim.Batch, Dim.Symbol("U")), [], null);
        var embeddedQuestion = new Node("EmbeddedQuestion", "Embedding", new Shape(Dim.Batch, Dim.Symbol("U"), Dim.Fixed(32)), [question], _layers.EmbeddedQuestion);
        var encodedQuestion = new Node("EncodedQuestion", "LSTM", new Shape(Dim.Batch, Dim.Fixed(16)), [embeddedQuestion], _layers.EncodedQuestion);
        var merged = new Node("Merged", "Concatenate", new Shape(Dim.Batch, Dim.Fixed(48)), [encodedText, encodedQuestion], null);
        var answer = new Node("Answer", "Dense", new Shape(Dim.Batch, Dim.Fixed(500)), [merged], _layers.Answer);
        _nodes = [text, embeddedText, encodedText, question, embeddedQuestion, encodedQuestion, merged, answer];
    }

    public override IReadOnlyList<Node> Nodes => _nodes;

    public override ModelSignature Signature => SignatureInstance;

    public void Compile(OptimizerSpec? optimizer = null) => CompileCore(optimizer, null);

    protected override Outputs ForwardGraph(Inputs inputs, bool logits, Action<int, Tensor>? record)
    {
        InputValidator.Validate(Signature.Inputs, [inputs.Text, inputs.Question]);
        record?.Invoke(0, inputs.Text);
        var embeddedText = _layers.EmbeddedText.forward(inputs.Text);
        record?.Invoke(1, embeddedText);
        var encodedText = QuestionAnsweringLayers.LastHidden(_layers.EncodedText, embeddedText);
        record?.Invoke(2, encodedText);
        record?.Invoke(3, inputs.Question);
        var embeddedQuestion = _layers.EmbeddedQuestion.forward(inputs.Question);
        record?.Invoke(4, embeddedQuestion);
        var encodedQuestion = QuestionAnsweringLayers.LastHidden(_layers.EncodedQuestion, embeddedQuestion);
        record?.Invoke(5, encodedQuestion);
        var merged = cat([encodedText, encodedQuestion], -1);
        record?.Invoke(6, merged);
        var answer = _layers.Answer.forward(merged);
        if (!logits)
        {
            answer = nn.functional.softmax(answer, -1);
        }

        record?.Invoke(7, answer);
        return new Outputs(answer);
    }

    public sealed record Inputs(Tensor Text, Tensor Question) : ITensorRecord<Inputs>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Text, Question];

        public static Inputs FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0], tensors[1]);
    }

    public sealed record Outputs(Tensor Answer) : ITensorRecord<Outputs>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Answer];

        public static Outputs FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0]);
    }

    public sealed record Targets(Tensor Answer) : ITensorRecord<Targets>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Answer];

        public static Targets FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0]);
    }
}
