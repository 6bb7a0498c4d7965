using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// Models whose predictions are averaged with fixed weights (<see cref="Ensemble"/> creates it): every output is
/// <c>Σᵢ wᵢ · outputᵢ</c> over the members' outputs after their final activations (probabilities for softmax and sigmoid
/// outputs, values for regression and for outputs without a loss), as Keras users average <c>predict</c> results.
/// Members run in eval mode, without gradients, for every pass; their own mode is restored afterwards.
/// </summary>
/// <typeparam name="TInputs">The generated input record of the first member, which every member accepts.</typeparam>
/// <typeparam name="TOutputs">The generated output record of the first member.</typeparam>
/// <typeparam name="TTargets">The generated target record of the first member.</typeparam>
public sealed class ModelEnsemble<TInputs, TOutputs, TTargets>
    where TInputs : ITensorRecord<TInputs>
    where TOutputs : ITensorRecord<TOutputs>
    where TTargets : ITensorRecord<TTargets>
{
    /// <summary>The prefix of a member's scores in <see cref="Evaluate"/>: <c>member0_loss</c>, <c>member1_acc</c>….</summary>
    public const string MemberPrefix = "member";

    private readonly IPositionalModel[] _members;
    private readonly double[] _weights;
    private readonly ModelSignature _signature;
    private TrainingObjective? _objective;

    internal ModelEnsemble(IPositionalModel[] members, double[] weights)
    {
        _members = members;
        _weights = weights;
        _signature = members[0].Signature;
        Members = new ReadOnlyCollection<IModel>(members);
        Weights = new ReadOnlyCollection<double>(weights);
    }

    /// <summary>The members, in the order given; <c>member&lt;i&gt;_</c> scores and <see cref="Weights"/> use this order.</summary>
    public IReadOnlyList<IModel> Members { get; }

    /// <summary>Each member's weight: at least 0, summing to 1.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>The iterations <c>Ensemble.LearnWeights</c> ran to fit <see cref="Weights"/>; 0 when the weights were given.</summary>
    public int FitIterations { get; internal init; }

    /// <summary>
    /// Runs every member on <paramref name="x"/> batch by batch (eval mode, no gradients) and returns the weighted average
    /// of their outputs. The returned tensors belong to the caller.
    /// </summary>
    /// <param name="x">The inputs.</param>
    /// <param name="batchSize">Samples per forward pass, at least 1.</param>
    /// <exception cref="ArgumentException">The inputs hold no samples or differing sample counts.</exception>
    /// <exception cref="ShapeMismatchException">An input does not match a member's declaration.</exception>
    public TOutputs Predict(TInputs x, int batchSize = 32)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        using var samples = SampleSet.Create(x.ToTensors(), [], _signature.InputNames(), [], nameof(x));
        return TOutputs.FromTensors(InEval(() => Loops().Predict(Combine, samples, batchSize)));
    }

    /// <summary>
    /// The ensemble's loss and metrics on <paramref name="x"/> and <paramref name="y"/> under the first member's log names
    /// (<c>loss</c>, <c>acc</c>…, computed by the runtime's losses and metrics on the averaged outputs, with the first
    /// member's compiled loss weights), then every member's own <c>Evaluate</c> under <c>member&lt;i&gt;_&lt;name&gt;</c>.
    /// </summary>
    /// <param name="x">The inputs.</param>
    /// <param name="y">The targets.</param>
    /// <param name="batchSize">Samples per forward pass, at least 1.</param>
    /// <returns>The values by name.</returns>
    /// <exception cref="ArgumentException">The data holds no samples or differing sample counts.</exception>
    /// <exception cref="InvalidOperationException">No output of the members has a loss.</exception>
    public IReadOnlyDictionary<string, double> Evaluate(TInputs x, TTargets y, int batchSize = 32)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var objective = Objective();
        using var samples = SampleSet.Create(x.ToTensors(), y.ToTensors(), _signature.InputNames(), _signature.TargetNames(), nameof(x), nameof(y));
        var logs = new Dictionary<string, double>(StringComparer.Ordinal);
        InEval(() =>
        {
            Loops().Evaluate(objective, BatchSource.From(samples, batchSize, shuffle: false), logs, string.Empty);
            return 0;
        });
        var inputs = x.ToTensors();
        var targets = y.ToTensors();
        for (var i = 0; i < _members.Length; i++)
        {
            foreach (var (name, value) in _members[i].Evaluate(inputs, targets, batchSize))
            {
                logs[string.Create(CultureInfo.InvariantCulture, $"{MemberPrefix}{i}_{name}")] = value;
            }
        }

        return logs;
    }

    /// <summary>
    /// What <see cref="Evaluate"/> computes for the ensemble: the first member's losses and metrics, read from outputs
    /// that are already activated (no activation is fused into the loss: cross-entropies read the averaged
    /// probabilities, clamped as Keras clamps them), with the first member's compiled loss weights.
    /// </summary>
    internal TrainingObjective Objective()
    {
        if (_objective is null)
        {
            var outputs = new OutputSpec[_signature.Outputs.Count];
            for (var o = 0; o < outputs.Length; o++)
            {
                outputs[o] = _signature.Outputs[o] with { FusedActivation = Activation.None };
            }

            _objective = TrainingObjective.Create(_signature with { Outputs = outputs }, _members[0].CompiledLossWeights);
        }

        return _objective;
    }

    /// <summary>The members as the runtime's loops drive them (positional inputs and outputs), in order.</summary>
    internal IReadOnlyList<IPositionalModel> PositionalMembers => _members;

    /// <summary>Runs <paramref name="pass"/> with every member in eval mode, restoring each member's mode afterwards.</summary>
    internal T InEval<T>(Func<T> pass)
    {
        var members = _members;
        var modes = new bool[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            modes[i] = members[i].AsModule.training;
        }

        try
        {
            foreach (var member in members)
            {
                member.AsModule.eval();
            }

            return pass();
        }
        finally
        {
            for (var i = 0; i < members.Length; i++)
            {
                members[i].AsModule.train(modes[i]);
            }
        }
    }

    /// <summary>The batch loops of the runtime, driving the first member's module (every member shares its device).</summary>
    internal Trainer Loops() => new(_members[0].AsModule, Combine);

    private Tensor[] Combine(IReadOnlyList<Tensor> inputs)
    {
        Tensor[]? sum = null;
        for (var i = 0; i < _members.Length; i++)
        {
            if (_weights[i] == 0)
            {
                continue;
            }

            var outputs = _members[i].Forward(inputs);
            sum ??= new Tensor[outputs.Count];
            for (var o = 0; o < sum.Length; o++)
            {
                var term = _weights[i] == 1 ? outputs[o] : outputs[o] * _weights[i];
                sum[o] = sum[o] is null ? term : sum[o] + term;
            }
        }

        return sum!;
    }
}
