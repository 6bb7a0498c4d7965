using System;
using System.Collections.Generic;
using System.Globalization;

namespace TypedGraph.Callbacks;

/// <summary>
/// Stops training as soon as a batch's running loss is NaN or infinite (Keras' <c>TerminateOnNaN</c>): the epoch ends
/// after that batch, its logs are still reported, and no further epoch runs. With <c>verbose</c> &gt; 0 it prints
/// <c>Batch 3: Invalid loss, terminating training</c>.
/// </summary>
public sealed class TerminateOnNaN : Callback
{
    /// <summary>The epoch (0-based) in which training was terminated, or <see langword="null"/>.</summary>
    public int? TerminatedEpoch { get; private set; }

    /// <summary>The batch (0-based, within <see cref="TerminatedEpoch"/>) whose loss was invalid, or <see langword="null"/>.</summary>
    public int? TerminatedBatch { get; private set; }

    private int _epoch;

    /// <inheritdoc/>
    public override void OnTrainBegin(IReadOnlyDictionary<string, double> logs)
    {
        TerminatedEpoch = null;
        TerminatedBatch = null;
    }

    /// <inheritdoc/>
    public override void OnEpochBegin(int epoch, IReadOnlyDictionary<string, double> logs) => _epoch = epoch;

    /// <inheritdoc/>
    public override void OnBatchEnd(int batch, IReadOnlyDictionary<string, double> logs)
    {
        if (logs.TryGetValue(LogKeys.Loss, out var loss) && !double.IsFinite(loss))
        {
            TerminatedEpoch = _epoch;
            TerminatedBatch = batch;
            if (Params.Verbose > 0)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Batch {batch}: Invalid loss, terminating training"));
            }

            Model.StopTraining = true;
        }
    }
}
