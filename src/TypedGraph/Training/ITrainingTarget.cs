using System.Collections.Generic;
using TypedGraph.Callbacks;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// What the tuner needs of a model whose concrete input and target records it only knows as type arguments of its
/// <c>Search</c> call: <c>Model&lt;TInputs, TOutputs, TTargets&gt;</c> implements it, whatever <c>TOutputs</c> is, so the
/// tuner checks with one type test that a model takes these inputs and targets.
/// </summary>
/// <typeparam name="TInputs">The model's input record.</typeparam>
/// <typeparam name="TTargets">The model's target record.</typeparam>
internal interface ITrainingTarget<TInputs, TTargets>
{
    /// <summary><c>Model.Fit</c> on tensors.</summary>
    History Fit(
        TInputs x,
        TTargets y,
        int epochs,
        int batchSize,
        (TInputs Inputs, TTargets Targets)? validationData,
        double validationSplit,
        IEnumerable<Callback>? callbacks,
        bool shuffle,
        int verbose,
        IReadOnlyDictionary<int, double>? classWeight,
        Tensor? sampleWeight,
        int initialEpoch);

    /// <summary>
    /// Runs <c>Fit</c>'s checks of these arguments and this data without training: what <c>Fit</c> would refuse is refused
    /// here with the same exception.
    /// </summary>
    void CheckFit(TInputs x, TTargets y, int epochs, int batchSize, (TInputs Inputs, TTargets Targets)? validationData, double validationSplit);

    /// <summary>Every name the epoch logs of a <c>Fit</c> call will hold (canonical spellings), with or without validation.</summary>
    IReadOnlyList<string> EpochLogNames(bool validation);
}
