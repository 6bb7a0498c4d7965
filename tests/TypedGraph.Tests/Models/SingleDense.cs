using System;
using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Models;

/// <summary>
/// Hand-written stand-in for the smallest generated model, configurable so tests can compute its values by hand:
/// <c>Features(n) → Norm: BatchNorm1d(n) (optional) → Value: Dense(units, activation) [Output(loss, Metrics = …)]</c>.
/// Softmax and sigmoid are fused into the loss as the generator does. <see cref="SetWeights"/> fixes the Dense weights.
/// </summary>
public sealed class SingleDense : Model<SingleDense.Inputs, SingleDense.Outputs, SingleDense.Targets>
{
    private readonly ModelSignature _signature;
    private readonly BatchNorm1d? _norm;
    private readonly Activation _activation;
    private readonly Node[] _nodes;

    public SingleDense(
        int features,
        int units,
        Loss loss,
        Activation activation = Activation.None,
        Metric[]? metrics = null,
        CustomLoss? customLoss = null,
        CustomMetric[]? customMetrics = null,
        bool batchNorm = false)
        : base(nameof(SingleDense))
    {
        _activation = activation;
        var fused = activation is Activation.Softmax or Activation.Sigmoid ? activation : Activation.None;
        _signature = new(
            [new InputSpec(nameof(Inputs.Features), new Shape(Dim.Batch, Dim.Fixed(features)), DType.Float32)],
            [new OutputSpec(nameof(Outputs.Value), "value", loss, 1.0, metrics ?? [], fused, customLoss, customMetrics)]);
        Layer = nn.Linear(features, units);
        register_module("value", Layer);
        var input = new Node("Features", "InputLayer", new Shape(Dim.Batch, Dim.Fixed(features)), [], null);
        var last = input;
        var nodes = new List<Node> { input };
        if (batchNorm)
        {
            _norm = nn.BatchNorm1d(features);
            register_module("norm", _norm);
            last = new Node("Norm", "BatchNormalization", new Shape(Dim.Batch, Dim.Fixed(features)), [input], _norm);
            nodes.Add(last);
        }

        nodes.Add(new Node("Value", "Dense", new Shape(Dim.Batch, Dim.Fixed(units)), [last], Layer));
        _nodes = [.. nodes];
    }

    public Linear Layer { get; }

    public BatchNorm1d Norm => _norm ?? throw new InvalidOperationException("Built without batch normalization.");

    public override IReadOnlyList<Node> Nodes => _nodes;

    public override ModelSignature Signature => _signature;

    public void Compile(OptimizerSpec? optimizer = null) => CompileCore(optimizer, null);

    /// <summary>Sets the Dense weights (row-major, units × features) and bias.</summary>
    public void SetWeights(float[] weight, float[] bias)
    {
        using var noGrad = no_grad();
        using var w = tensor(weight).reshape(Layer.weight!.shape);
        using var b = tensor(bias);
        Layer.weight!.copy_(w);
        Layer.bias!.copy_(b);
    }

    protected override Outputs ForwardGraph(Inputs inputs, bool logits, Action<int, Tensor>? record)
    {
        InputValidator.Validate(Signature.Inputs, [inputs.Features]);
        record?.Invoke(0, inputs.Features);
        var x = inputs.Features;
        if (_norm is not null)
        {
            x = _norm.forward(x);
            record?.Invoke(1, x);
        }

        var value = Layer.forward(x);
        var fused = _signature.Outputs[0].FusedActivation;
        if (!logits || fused == Activation.None)
        {
            value = FusedActivation.Apply(value, _activation);
        }

        record?.Invoke(_nodes.Length - 1, value);
        return new Outputs(value);
    }

    public sealed record Inputs(Tensor Features) : ITensorRecord<Inputs>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Features];

        public static Inputs FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0]);
    }

    public sealed record Outputs(Tensor Value) : ITensorRecord<Outputs>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Value];

        public static Outputs FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0]);
    }

    public sealed record Targets(Tensor Value) : ITensorRecord<Targets>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Value];

        public static Targets FromTensors(IReadOnlyList<Tensor> tensors) => new(tensors[0]);
    }
}
