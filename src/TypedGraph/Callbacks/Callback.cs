using System;
using System.Collections.Generic;

namespace TypedGraph.Callbacks;

/// <summary>
/// Base class of objects that <c>Fit</c> notifies as training progresses (Keras callbacks). Every hook does nothing
/// by default; override the ones you need. Epoch and batch indices are 0-based. Set <c>Model.StopTraining</c> to end
/// training once the current epoch is finished.
/// </summary>
public abstract class Callback
{
    private IModel? _model;
    private TrainingParameters? _params;

    /// <summary>The model being trained. Set by <c>Fit</c> before <see cref="OnTrainBegin"/>.</summary>
    /// <exception cref="InvalidOperationException">Read before <c>Fit</c> attached the callback to a model.</exception>
    public IModel Model
    {
        get => _model ?? throw new InvalidOperationException($"{GetType().Name}.Model is not set yet: Fit sets it before OnTrainBegin.");
        internal set => _model = value;
    }

    /// <summary>What this <c>Fit</c> call runs: epochs, steps, sample counts and every name the epoch logs will hold. Set by <c>Fit</c> before <see cref="OnTrainBegin"/>.</summary>
    /// <exception cref="InvalidOperationException">Read before <c>Fit</c> attached the callback to a model.</exception>
    public TrainingParameters Params
    {
        get => _params ?? throw new InvalidOperationException($"{GetType().Name}.Params is not set yet: Fit sets it before OnTrainBegin.");
        internal set => _params = value;
    }

    /// <summary>
    /// The training batches of the <c>Fit</c> call the callback is attached to (one pass per enumeration), for callbacks
    /// that must run the model over the training data (SWA's batch-norm statistics); <see langword="null"/> outside <c>Fit</c>.
    /// </summary>
    internal BatchSource? TrainingData { get; set; }

    /// <summary>Called once before the first epoch.</summary>
    /// <param name="logs">Empty.</param>
    public virtual void OnTrainBegin(IReadOnlyDictionary<string, double> logs)
    {
    }

    /// <summary>Called once after the last epoch.</summary>
    /// <param name="logs">The logs of the last epoch run.</param>
    public virtual void OnTrainEnd(IReadOnlyDictionary<string, double> logs)
    {
    }

    /// <summary>Called at the start of every epoch.</summary>
    /// <param name="epoch">The epoch index, from 0.</param>
    /// <param name="logs">Empty.</param>
    public virtual void OnEpochBegin(int epoch, IReadOnlyDictionary<string, double> logs)
    {
    }

    /// <summary>Called at the end of every epoch, after validation.</summary>
    /// <param name="epoch">The epoch index, from 0.</param>
    /// <param name="logs">The epoch's means of the training values, the validation values (<c>val_</c>) and <c>lr</c>.</param>
    public virtual void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
    }

    /// <summary>Called before every training batch.</summary>
    /// <param name="batch">The batch index within the epoch, from 0.</param>
    /// <param name="logs">Empty.</param>
    public virtual void OnBatchBegin(int batch, IReadOnlyDictionary<string, double> logs)
    {
    }

    /// <summary>
    /// Called after every training batch. Overriding it makes <c>Fit</c> read the running values back from the
    /// device after every batch; leave it alone when you only need epoch values.
    /// </summary>
    /// <param name="batch">The batch index within the epoch, from 0.</param>
    /// <param name="logs">The means over the epoch's batches so far (<c>loss</c>, metrics).</param>
    public virtual void OnBatchEnd(int batch, IReadOnlyDictionary<string, double> logs)
    {
    }

    /// <summary>
    /// Whether <c>Fit</c> must read the running values back after every batch for this callback. By default: whether the
    /// callback overrides <see cref="OnBatchEnd"/> (Keras makes the same check before paying for batch hooks).
    /// </summary>
    internal virtual bool WantsBatchLogs
    {
        get
        {
            var method = GetType().GetMethod(nameof(OnBatchEnd), [typeof(int), typeof(IReadOnlyDictionary<string, double>)]);
            return method is not null && method.DeclaringType != typeof(Callback);
        }
    }

    /// <summary>
    /// Checks the callback's settings against what <c>Fit</c> is about to run, for every callback before any
    /// <see cref="OnTrainBegin"/>, so that a monitor that will never exist fails before the first epoch and before any
    /// callback wrote a file.
    /// </summary>
    /// <param name="parameters">What this <c>Fit</c> call runs.</param>
    /// <exception cref="ArgumentException">A setting cannot work with this <c>Fit</c> call.</exception>
    internal virtual void Validate(TrainingParameters parameters)
    {
    }

    /// <summary>
    /// Called instead of <see cref="OnTrainEnd"/> when <c>Fit</c> ends with an exception (from the model, the data or
    /// another callback): release open files and memory. Must not throw.
    /// </summary>
    internal virtual void OnAbort()
    {
    }
}
