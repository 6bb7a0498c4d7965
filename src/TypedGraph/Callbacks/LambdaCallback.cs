using System;
using System.Collections.Generic;

namespace TypedGraph.Callbacks;

/// <summary>
/// A callback built from delegates (Keras' <c>LambdaCallback</c>): pass only the hooks you need, e.g.
/// <c>new LambdaCallback(onEpochEnd: (epoch, logs) =&gt; Console.WriteLine(logs["loss"]))</c>. Batch values are read back
/// from the device after every batch only when <paramref name="onBatchEnd"/> is given.
/// </summary>
/// <param name="onEpochBegin">Called with the epoch index and empty logs.</param>
/// <param name="onEpochEnd">Called with the epoch index and the epoch logs.</param>
/// <param name="onBatchBegin">Called with the batch index and empty logs.</param>
/// <param name="onBatchEnd">Called with the batch index and the running means.</param>
/// <param name="onTrainBegin">Called once with empty logs.</param>
/// <param name="onTrainEnd">Called once with the last epoch's logs.</param>
public sealed class LambdaCallback(
    Action<int, IReadOnlyDictionary<string, double>>? onEpochBegin = null,
    Action<int, IReadOnlyDictionary<string, double>>? onEpochEnd = null,
    Action<int, IReadOnlyDictionary<string, double>>? onBatchBegin = null,
    Action<int, IReadOnlyDictionary<string, double>>? onBatchEnd = null,
    Action<IReadOnlyDictionary<string, double>>? onTrainBegin = null,
    Action<IReadOnlyDictionary<string, double>>? onTrainEnd = null) : Callback
{
    /// <inheritdoc/>
    public override void OnEpochBegin(int epoch, IReadOnlyDictionary<string, double> logs) => onEpochBegin?.Invoke(epoch, logs);

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs) => onEpochEnd?.Invoke(epoch, logs);

    /// <inheritdoc/>
    public override void OnBatchBegin(int batch, IReadOnlyDictionary<string, double> logs) => onBatchBegin?.Invoke(batch, logs);

    /// <inheritdoc/>
    public override void OnBatchEnd(int batch, IReadOnlyDictionary<string, double> logs) => onBatchEnd?.Invoke(batch, logs);

    /// <inheritdoc/>
    public override void OnTrainBegin(IReadOnlyDictionary<string, double> logs) => onTrainBegin?.Invoke(logs);

    /// <inheritdoc/>
    public override void OnTrainEnd(IReadOnlyDictionary<string, double> logs) => onTrainEnd?.Invoke(logs);

    /// <inheritdoc/>
    internal override bool WantsBatchLogs => onBatchEnd is not null;
}
