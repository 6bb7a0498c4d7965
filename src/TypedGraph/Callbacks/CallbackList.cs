using System;
using System.Collections.Generic;

namespace TypedGraph.Callbacks;

/// <summary>Dispatches Fit's events to its callbacks, in order.</summary>
internal sealed class CallbackList
{
    private readonly Callback[] _callbacks;

    /// <summary>Creates the list: the built-in callbacks first (e.g. the epoch logger), then the user's in their order.</summary>
    public CallbackList(IEnumerable<Callback>? callbacks, params Callback?[] builtIn)
    {
        var all = new List<Callback>();
        foreach (var callback in builtIn)
        {
            if (callback is not null)
            {
                all.Add(callback);
            }
        }

        if (callbacks is not null)
        {
            foreach (var callback in callbacks)
            {
                all.Add(callback ?? throw new ArgumentException("The callbacks contain null.", nameof(callbacks)));
            }
        }

        _callbacks = [.. all];
        foreach (var callback in _callbacks)
        {
            WantsBatchLogs |= callback.WantsBatchLogs;
        }
    }

    /// <summary>
    /// Whether a callback overrides <see cref="Callback.OnBatchEnd"/> and so needs the running values after every
    /// batch (Keras makes the same check before paying for batch hooks).
    /// </summary>
    public bool WantsBatchLogs { get; }

    /// <summary>Gives every callback the model, what this <c>Fit</c> runs and its training batches, then validates them.</summary>
    /// <param name="model">The model being trained.</param>
    /// <param name="parameters">What this <c>Fit</c> runs.</param>
    /// <param name="training">This <c>Fit</c>'s training batches (<see cref="Callback.TrainingData"/>).</param>
    public void Attach(IModel model, TrainingParameters parameters, BatchSource training)
    {
        foreach (var callback in _callbacks)
        {
            callback.Model = model;
            callback.Params = parameters;
            callback.TrainingData = training;
        }

        foreach (var callback in _callbacks)
        {
            callback.Validate(parameters);
        }
    }

    /// <summary>Whether one of the callbacks is of type <typeparamref name="T"/>.</summary>
    public bool Contains<T>()
        where T : Callback
    {
        foreach (var callback in _callbacks)
        {
            if (callback is T)
            {
                return true;
            }
        }

        return false;
    }

    public void TrainBegin(IReadOnlyDictionary<string, double> logs)
    {
        foreach (var callback in _callbacks)
        {
            callback.OnTrainBegin(logs);
        }
    }

    /// <summary>Lets every callback release files and memory when Fit ends with an exception.</summary>
    public void Abort()
    {
        foreach (var callback in _callbacks)
        {
            callback.OnAbort();
        }
    }

    public void TrainEnd(IReadOnlyDictionary<string, double> logs)
    {
        foreach (var callback in _callbacks)
        {
            callback.OnTrainEnd(logs);
        }
    }

    public void EpochBegin(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        foreach (var callback in _callbacks)
        {
            callback.OnEpochBegin(epoch, logs);
        }
    }

    public void EpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        foreach (var callback in _callbacks)
        {
            callback.OnEpochEnd(epoch, logs);
        }
    }

    public void BatchBegin(int batch, IReadOnlyDictionary<string, double> logs)
    {
        foreach (var callback in _callbacks)
        {
            callback.OnBatchBegin(batch, logs);
        }
    }

    public void BatchEnd(int batch, IReadOnlyDictionary<string, double> logs)
    {
        foreach (var callback in _callbacks)
        {
            callback.OnBatchEnd(batch, logs);
        }
    }
}
