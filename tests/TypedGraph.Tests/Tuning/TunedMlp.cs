using System;
using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using TypedGraph.Tuning;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Models;

/// <summary>
/// Hand-written stand-in for what the generator emits for a tunable model (until the generated API exists):
/// <c>[Choice(2, 8, 32)] int Units; [Range(1e-3, 1e-1, Step = 10, Log = true)] double LearningRate; [Choice(true, false)] bool UseBias;
/// Features(8) → Hidden: Dense(Units, Relu, UseBias) → Label: Dense(3, Softmax) [Output(SparseCategoricalCrossentropy, Metrics = [Accuracy])]</c>.
/// Also compiled into the tuning worker (tests/TypedGraph.Tuning.Worker).
/// </summary>
public sealed class TunedMlp : Model<TunedMlp.Inputs, TunedMlp.Outputs, TunedMlp.Targets>, ITunableModel<TunedMlp, TunedMlp.HyperParameters>
{
    private static readonly ModelSignature SignatureInstance = new(
        [new InputSpec(nameof(Inputs.Features), new Shape(Dim.Batch, Dim.Fixed(8)), DType.Float32)],
        [new OutputSpec(nameof(Outputs.Label), "label", Loss.SparseCategoricalCrossentropy, 1.0, [Metric.Accuracy], Activation.Softmax)]);

    private static readonly SearchSpace Space = new(
        [
            HyperParameter.Choice(nameof(HyperParameters.Units), HyperParameterType.Int, 2, 8, 32),
            HyperParameter.Range(nameof(HyperParameters.LearningRate), HyperParameterType.Double, 1e-3, 1e-1, step: 10, log: true),
            HyperParameter.Choice(nameof(HyperParameters.UseBias), HyperParameterType.Bool, true, false),
        ],
        (8 * 2) + (2 * 3) + 3,
        (8 * 32) + 32 + (32 * 3) + 3);

    private readonly HyperParameters _hp;
    private readonly Linear _hidden;
    private readonly Linear _label;
    private readonly Node[] _nodes;

    public TunedMlp()
        : this(HyperParameters.FromValues(new Dictionary<string, object> { ["Units"] = 2, ["LearningRate"] = 1e-3, ["UseBias"] = true }))
    {
    }

    public TunedMlp(HyperParameters hp)
        : base(nameof(TunedMlp))
    {
        ArgumentNullException.ThrowIfNull(hp);
        _hp = hp;
        _hidden = nn.Linear(8, hp.Units, hasBias: hp.UseBias);
        _label = nn.Linear(hp.Units, 3);
        register_module("hidden", _hidden);
        register_module("label", _label);
        var features = new Node("Features", "InputLayer", new Shape(Dim.Batch, Dim.Fixed(8)), [], null);
        var hidden = new Node("Hidden", "Dense", new Shape(Dim.Batch, Dim.Fixed(hp.Units)), [features], _hidden);
        var label = new Node("Label", "Dense", new Shape(Dim.Batch, Dim.Fixed(3)), [hidden], _label);
        _nodes = [features, hidden, label];
    }

    public static SearchSpace SearchSpace => Space;

    public int Units => _hp.Units;

    public override IReadOnlyList<Node> Nodes => _nodes;

    public override ModelSignature Signature => SignatureInstance;

    public static TunedMlp Create(HyperParameters hyperParameters) => new(hyperParameters);

    public HyperParameters GetHyperParameters() => _hp;

    public void Compile(OptimizerSpec? optimizer = null) => CompileCore(optimizer, null);

    protected override Outputs ForwardGraph(Inputs inputs, bool logits, Action<int, Tensor>? record)
    {
        InputValidator.Validate(Signature.Inputs, [inputs.Features]);
        record?.Invoke(0, inputs.Features);
        var hidden = nn.functional.relu(_hidden.forward(inputs.Features));
        record?.Invoke(1, hidden);
        var label = _label.forward(hidden);
        if (!logits)
        {
            label = nn.functional.softmax(label, -1);
        }

        record?.Invoke(2, label);
        return new Outputs(label);
    }

    /// <summary>
    /// <paramref name="samples"/> feature vectors; the class (0, 1, 2) is the arg-max of the first three features, so wide
    /// hidden layers and larger learning rates learn it within a few epochs.
    /// </summary>
    public static (Inputs X, Targets Y) Data(long samples, long seed = 5)
    {
        using var generator = new torch.Generator((ulong)seed);
        var features = randn([samples, 8], generator: generator);
        var labels = features.narrow(1, 0, 3).argmax(1);
        return (new Inputs(features), new Targets(labels));
    }

    public sealed record HyperParameters(int Units, double LearningRate, bool UseBias) : IHyperParameters<HyperParameters>
    {
        public static HyperParameters FromValues(IReadOnlyDictionary<string, object> values)
        {
            ArgumentNullException.ThrowIfNull(values);
            var hp = new HyperParameters((int)values[nameof(Units)], Convert.ToDouble(values[nameof(LearningRate)], System.Globalization.CultureInfo.InvariantCulture), (bool)values[nameof(UseBias)]);
            foreach (var (name, value) in hp.ToValues())
            {
                if (!Space[name].Contains(value))
                {
                    throw new ArgumentException($"{name} = {value} is outside the search space.", nameof(values));
                }
            }

            return hp;
        }

        public IReadOnlyDictionary<string, object> ToValues() =>
            new Dictionary<string, object> { [nameof(Units)] = Units, [nameof(LearningRate)] = LearningRate, [nameof(UseBias)] = UseBias };
    }

    public sealed record Inputs(Tensor Features) : ITensorRecord<Inputs>
    {
        public IReadOnlyList<Tensor> ToTensors() => [Features];

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
