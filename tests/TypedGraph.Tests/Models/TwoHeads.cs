using System;
using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Models;

/// <summary>
/// Hand-written stand-in for a generated two-output model:
/// <c>Features(4) → Age: Dense(1) [Output(MeanSquaredError, LossWeight = 0.25, Metrics = [MeanAbsoluteError])]</c> and
/// <c>Features(4) → Gender: Dense(1, Sigmoid) [Output(BinaryCrossentropy, LossWeight = 10, Metrics = [Accuracy])]</c>.
/// </summary>
public sealed class TwoHeads : Model<TwoHeads.Inputs, TwoHeads.Outputs, TwoHeads.Targets>
{
    private static readonly ModelSignature SignatureInstance = new(
        [new InputSpec(nameof(Inputs.Features), new Shape(Dim.Batch, Dim.Fixed(4)), DType.Float32)],
        [
            new OutputSpec(nameof(Outputs.Age), "age", Loss.MeanSquaredError, 0.25, [Metric.MeanAbsoluteError], Activation.None),
            new OutputSpec(nameof(Outputs.Gender), "gender", Loss.BinaryCrossentropy, 10, [Metric.Accuracy], Activation.Sigmoid),
        ]);

    private readonly Linear _age;
    private readonly Linear _gender;
    private readonly Node[] _nodes;

    public TwoHeads()
        : base(nameof(TwoHeads))
    {
        _age = nn.Linear(4, 1);
        _gender = nn.Linear(4, 1);
        register_module("age", _age);
        register_module("gender", _gender);
        var features = new Node("Features", "InputLayer", new Shape(Dim.Batch, Dim.Fixed(4)), [], null);
        _nodes =
        [
            features,
            new Node("Age", "Dense", new Shape(Dim.Batch, Dim.Fixed(1)), [features], _age),
            new Node("Gender", "Dense", new Shape(Dim.Batch, Dim.Fixed(1)), [features], _gender),
        ];
    }

    public override IReadOnlyList<Node> Nodes => _nodes;

    public override ModelSignature Signature => SignatureInstance;

    public void Compile(OptimizerSpec? optimizer = null, LossWeights? lossWeights = null) =>
        CompileCore(optimizer, lossWeights is null ? null : [lossWeights.Age, lossWeights.Gender]);

    protected override Outputs ForwardGraph(Inputs inputs, bool logits, Action<int, Tensor>? record)
    {
        InputValidator.Validate(Signature.Inputs, [inputs.Features]);
        record?.Invoke(0, inputs.Features);
        var age = _age.forward(inputs.Features);
        record?.Invoke(1, age);
        var gender = _gender.forward(inputs.Features);
        if (!logits)
        {
            gender = nn.functional.sigmoid(gender);
        }

        record?.Invoke(2, gender);
        return new Outputs(age, gender);
    }

    public sealed record Inputs(Tensor Features) : ITensorRecord<Inputs>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Features];

        public static Inputs FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0]);
    }

    public sealed record Outputs(Tensor Age, Tensor Gender) : ITensorRecord<Outputs>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Age, Gender];

        public static Outputs FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0], tensors[1]);
    }

    public sealed record Targets(Tensor Age, Tensor Gender) : ITensorRecord<Targets>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Age, Gender];

        public static Targets FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0], tensors[1]);
    }

    public sealed record LossWeights(double Age = 0.25, double Gender = 10);
}
