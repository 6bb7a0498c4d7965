using System;
using System.Collections.Generic;
using TypedGraph.Callbacks;
using static TorchSharp.torch;

namespace TypedGraph.Tests.Callbacks;

/// <summary>Drives a callback's epoch hooks with chosen values, as Fit would, without training.</summary>
internal static class CallbackDriver
{
    /// <summary>The training data of a driven Fit: no batches, since the driver trains nothing.</summary>
    private static readonly BatchSource NoBatches =
        BatchSource.Stream(Array.Empty<(IReadOnlyList<Tensor>, IReadOnlyList<Tensor>)>(), batch => batch, [], [], "batches");

    public static TrainingParameters Parameters(params string[] logNames) =>
        new(100, 1, 32, 32, 32, 0, logNames.Length == 0 ? ["loss", "acc", "val_loss", "val_acc", "lr"] : logNames);

    /// <summary>Attaches <paramref name="callback"/> to <paramref name="model"/>, validates it and runs OnTrainBegin.</summary>
    public static void Begin(Callback callback, IModel model, TrainingParameters? parameters = null)
    {
        var list = new CallbackList([callback]);
        list.Attach(model, parameters ?? Parameters(), NoBatches);
        model.StopTraining = false;
        list.TrainBegin(new Dictionary<string, double>());
    }

    /// <summary>
    /// Feeds <paramref name="values"/> of <paramref name="monitor"/> as epoch-end logs, one per epoch, until the callback
    /// stops training; calls OnTrainEnd; returns the epoch after which training stopped, or null.
    /// </summary>
    public static int? Run(Callback callback, IModel model, string monitor, IReadOnlyList<double> values, Action<int>? afterEpoch = null)
    {
        Begin(callback, model);
        int? stopped = null;
        var logs = new Dictionary<string, double>();
        for (var epoch = 0; epoch < values.Count; epoch++)
        {
            callback.OnEpochBegin(epoch, new Dictionary<string, double>());
            logs = new Dictionary<string, double> { [monitor] = values[epoch], ["lr"] = model.LearningRate };
            callback.OnEpochEnd(epoch, logs);
            afterEpoch?.Invoke(epoch);
            if (model.StopTraining)
            {
                stopped = epoch;
                break;
            }
        }

        callback.OnTrainEnd(logs);
        return stopped;
    }

    public static double[] Flat(int epochs, double value = 1.0)
    {
        var values = new double[epochs];
        Array.Fill(values, value);
        return values;
    }
}
