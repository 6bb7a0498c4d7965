using System;
using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Models;

/// <summary>
/// Hand-written stand-in for what the generator emits for
/// <c>Features(64) → Dense(32, Relu) → Dense(32, Relu) → Dense(10, Softmax) [Output(CategoricalCrossentropy, Metrics = [Accuracy])]</c>.
/// </summary>
public sealed class Mlp : Model<Mlp.Inputs, Mlp.Outputs, Mlp.Targets>
{
    private static readonly ModelSignature SignatureInstance = new(
        [new InputSpec(nameof(Inputs.Features), new Shape(Dim.Batch, Dim.Fixed(64)), DType.Float32)],
        [new OutputSpec(nameof(Outputs.Probabilities), "probabilities", Loss.CategoricalCrossentropy, 1.0, [Metric.Accuracy], Activation.Softmax)]);

    private readonly Linear _hidden1;
    private readonly Linear _hidden2;
    private readonly Linear _probabilities;
    private readonly Node[] _nodes;

    public Mlp()
        : base(nameof(Mlp))
    {
        _hidden1 = nn.Linear(64, 32);
        _hidden2 = nn.Linear(32, 32);
        _probabilities = nn.Linear(32, 10);
        register_module("hidden1", _hidden1);
        register_module("hidden2", _hidden2);
        register_module("probabilities", _probabilities);

        var features = new Node("Features", "InputLayer", new Shape(Dim.Batch, Dim.Fixed(64)), [], null);
        var hidden1 = new Node("Hidden1", "Dense", new Shape(Dim.Batch, Dim.Fixed(32)), [features], _hidden1);
        var hidden2 = new Node("Hidden2", "Dense", new Shape(Dim.Batch, Dim.Fixed(32)), [hidden1], _hidden2);
        var probabilities = new Node("Probabilities", "Dense", new Shape(Dim.Batch, Dim.Fixed(10)), [hidden2], _probabilities);
        _nodes = [features, hidden1, hidden2, probabilities];
    }

    public override IReadOnlyList<Node> Nodes => _nodes;

    public override ModelSignature Signature => SignatureInstance;

    public void Compile(OptimizerSpec? optimizer = null, LossWeights? lossWeights = null) =>
        CompileCore(optimizer, lossWeights is null ? null : [lossWeights.Probabilities]);

    protected override Outputs ForwardGraph(Inputs inputs, bool logits, Action<int, Tensor>? record)
    {
        InputValidator.Validate(Signature.Inputs, [inputs.Features]);
        record?.Invoke(0, inputs.Features);
        var hidden1 = nn.functional.relu(_hidden1.forward(inputs.Features));
        record?.Invoke(1, hidden1);
        var hidden2 = nn.functional.relu(_hidden2.forward(hidden1));
        record?.Invoke(2, hidden2);
        var probabilities = _probabilities.forward(hidden2);
        if (!logits)
        {
            probabilities = nn.functional.softmax(probabilities, -1);
        }

        record?.Invoke(3, probabilities);
        return new Outputs(probabilities);
    }

    public sealed record Inputs(Tensor Features) : ITensorRecord<Inputs>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Features];

        public static Inputs FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0]);
    }

    public sealed record Outputs(Tensor Probabilities) : ITensorRecord<Outputs>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Probabilities];

        public static Outputs FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0]);
    }

    public sealed record Targets(Tensor Probabilities) : ITensorRecord<Targets>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Probabilities];

        public static Targets FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0]);
    }

    public sealed record LossWeights(double Probabilities = 1.0);
}
