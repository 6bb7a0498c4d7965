using System;
using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Models;

/// <summary>
/// Hand-written stand-in for a generated model with an Embedding:
/// <c>Tokens(5, Int64) → Embedded: Embedding(20, 4) → Pooled: GlobalAvgPool1d → Label: Dense(3, Softmax)
/// [Output(SparseCategoricalCrossentropy, Metrics = [Accuracy])]</c> (sequences batch-first, pooled over time).
/// </summary>
public sealed class BagOfWords : Model<BagOfWords.Inputs, BagOfWords.Outputs, BagOfWords.Targets>
{
    private static readonly ModelSignature SignatureInstance = new(
        [new InputSpec(nameof(Inputs.Tokens), new Shape(Dim.Batch, Dim.Fixed(5)), DType.Int64)],
        [new OutputSpec(nameof(Outputs.Label), "label", Loss.SparseCategoricalCrossentropy, 1.0, [Metric.Accuracy], Activation.Softmax)]);

    private readonly Embedding _embedded;
    private readonly Linear _label;
    private readonly Node[] _nodes;

    public BagOfWords()
        : base(nameof(BagOfWords))
    {
        _embedded = nn.Embedding(20, 4);
        _label = nn.Linear(4, 3);
        register_module("embedded", _embedded);
        register_module("label", _label);
        var tokens = new Node("Tokens", "InputLayer", new Shape(Dim.Batch, Dim.Fixed(5)), [], null);
        var embedded = new Node("Embedded", "Embedding", new Shape(Dim.Batch, Dim.Fixed(5), Dim.Fixed(4)), [tokens], _embedded);
        var pooled = new Node("Pooled", "GlobalAveragePooling1D", new Shape(Dim.Batch, Dim.Fixed(4)), [embedded], null);
        var label = new Node("Label", "Dense", new Shape(Dim.Batch, Dim.Fixed(3)), [pooled], _label);
        _nodes = [tokens, embedded, pooled, label];
    }

    public override IReadOnlyList<Node> Nodes => _nodes;

    public override ModelSignature Signature => SignatureInstance;

    protected override Outputs ForwardGraph(Inputs inputs, bool logits, Action<int, Tensor>? record)
    {
        Span<Tensor> entry = [inputs.Tokens];
        InputValidator.Validate(Signature.Inputs, entry);
        var tokens = entry[0];
        record?.Invoke(0, tokens);
        var embedded = _embedded.forward(ShapeChecks.TokenIds("Embedded", tokens, 20));
        record?.Invoke(1, embedded);
        var pooled = embedded.mean([1]);
        record?.Invoke(2, pooled);
        var label = _label.forward(pooled);
        if (!logits)
        {
            label = nn.functional.softmax(label, -1);
        }

        record?.Invoke(3, label);
        return new Outputs(label);
    }

    public sealed record Inputs(Tensor Tokens) : ITensorRecord<Inputs>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Tokens];

        public static Inputs FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0]);
    }

    public sealed record Outputs(Tensor Label) : ITensorRecord<Outputs>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Label];

        public static Outputs FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0]);
    }

    public sealed record Targets(Tensor Label) : ITensorRecord<Targets>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Label];

        public static Targets FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0]);
    }
}
