using System;
using System.Collections.Generic;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Models;

/// <summary>
/// Hand-written stand-in for a generated model with buffers:
/// <c>Features(4) → Dense(8) → BatchNorm → Dense(3, Softmax) [Output(CategoricalCrossentropy)]</c>. Its state dict holds
/// parameters, the batch-norm running statistics and the Int64 <c>num_batches_tracked</c>.
/// </summary>
public sealed class NormNet : Model<NormNet.Inputs, NormNet.Outputs, NormNet.Targets>
{
    private static readonly ModelSignature SignatureInstance = new(
        [new InputSpec(nameof(Inputs.Features), new Shape(Dim.Batch, Dim.Fixed(4)), DType.Float32)],
        [new OutputSpec(nameof(Outputs.Probabilities), "probabilities", Loss.CategoricalCrossentropy, 1.0, [], Activation.Softmax)]);

    private readonly Linear _dense;
    private readonly BatchNorm1d _norm;
    private readonly Linear _probabilities;
    private readonly Node[] _nodes;

    public NormNet()
        : base(nameof(NormNet))
    {
        _dense = nn.Linear(4, 8);
        _norm = nn.BatchNorm1d(8);
        _probabilities = nn.Linear(8, 3);
        register_module("dense", _dense);
        register_module("norm", _norm);
        register_module("probabilities", _probabilities);
        var features = new Node("Features", "InputLayer", new Shape(Dim.Batch, Dim.Fixed(4)), [], null);
        var dense = new Node("Dense", "Dense", new Shape(Dim.Batch, Dim.Fixed(8)), [features], _dense);
        var norm = new Node("Norm", "BatchNormalization", new Shape(Dim.Batch, Dim.Fixed(8)), [dense], _norm);
        var probabilities = new Node("Probabilities", "Dense", new Shape(Dim.Batch, Dim.Fixed(3)), [norm], _probabilities);
        _nodes = [features, dense, norm, probabilities];
    }

    public override IReadOnlyList<Node> Nodes => _nodes;

    public override ModelSignature Signature => SignatureInstance;

    protected override Outputs ForwardGraph(Inputs inputs, bool logits, Action<int, Tensor>? record)
    {
        InputValidator.Validate(Signature.Inputs, [inputs.Features]);
        record?.Invoke(0, inputs.Features);
        var dense = _dense.forward(inputs.Features);
        record?.Invoke(1, dense);
        var norm = _norm.forward(dense);
        record?.Invoke(2, norm);
        var probabilities = _probabilities.forward(norm);
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
}
