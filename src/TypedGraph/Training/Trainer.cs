using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using TorchSharp;
using TorchSharp.Modules;
using TypedGraph.Callbacks;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// The loops behind <c>Fit</c>, <c>Evaluate</c> and <c>Predict</c>, working on positional tensor lists. Every batch runs
/// in its own dispose scope, so native memory stays flat; logged values are accumulated on the device and read back
/// once per epoch (and per batch only when a callback asks for batch logs).
/// </summary>
internal sealed class Trainer
{
    private static readonly IReadOnlyDictionary<string, double> NoLogs = ReadOnlyDictionary<string, double>.Empty;

    private readonly nn.Module _module;
    private readonly Func<IReadOnlyList<Tensor>, IReadOnlyList<Tensor>> _forwardHeads;
    private readonly Device? _device;

    /// <summary>Creates the loops for <paramref name="module"/>.</summary>
    /// <param name="module">The model, switched between train and eval mode by the loops.</param>
    /// <param name="forwardHeads">The model's forward pass for training: fused activations are left to the loss.</param>
    public Trainer(nn.Module module, Func<IReadOnlyList<Tensor>, IReadOnlyList<Tensor>> forwardHeads)
    {
        _module = module;
        _forwardHeads = forwardHeads;
        foreach (var parameter in module.parameters())
        {
            _device = parameter.device;
            break;
        }
    }

    /// <summary>
    /// Trains epochs <see cref="FitSettings.InitialEpoch"/> to <see cref="FitSettings.Epochs"/> − 1, or until a callback
    /// sets <see cref="IModel.StopTraining"/>; <paramref name="epochFinished"/> hears of each epoch (its index) after
    /// validation and before the callbacks.
    /// </summary>
    public History Fit(
        IModel model,
        TrainingObjective objective,
        optim.Optimizer optimizer,
        BatchSource training,
        BatchSource? validation,
        FitSettings settings,
        CallbackList callbacks,
        Action<int>? epochFinished = null)
    {
        callbacks.Attach(model, new TrainingParameters(
            settings.Epochs,
            training.Steps,
            training.BatchSize,
            training.Samples,
            validation?.Samples ?? 0,
            settings.Verbose,
            EpochLogNames(objective, validation is not null)),
            training);

        var history = new History();
        var lastLogs = NoLogs;
        var warnNonFinite = settings.Verbose > 0 && !callbacks.Contains<TerminateOnNaN>();
        var wasTraining = _module.training;
        var clipped = GradientClipping.IsRequested(settings.Optimizer) ? new List<Parameter>(_module.parameters()) : null;
        model.StopTraining = false;
        try
        {
            callbacks.TrainBegin(NoLogs);
            for (var epoch = settings.InitialEpoch; epoch < settings.Epochs && !model.StopTraining; epoch++)
            {
                callbacks.EpochBegin(epoch, NoLogs);
                var logs = new Dictionary<string, double>(StringComparer.Ordinal);
                _module.train();
                TrainEpoch(model, objective, optimizer, training, settings.Optimizer, clipped, callbacks, logs, epoch);
                if (validation is not null)
                {
                    Evaluate(objective, validation, logs, LogKeys.ValidationPrefix);
                }

                logs[LogKeys.LearningRate] = model.LearningRate;
                epochFinished?.Invoke(epoch);
                callbacks.EpochEnd(epoch, logs);
                history.Append(epoch, logs);
                lastLogs = logs;
                if (warnNonFinite && logs.TryGetValue(LogKeys.Loss, out var loss) && !double.IsFinite(loss))
                {
                    warnNonFinite = false;
                    Console.Error.WriteLine(
                        $"Warning: the training loss of epoch {epoch + 1} is {loss}; training goes on as Keras does. Lower the learning rate, check the data for NaN, or pass TerminateOnNaN to stop at the first invalid batch.");
                }
            }
        }
        catch
        {
            callbacks.Abort();
            throw;
        }
        finally
        {
            _module.train(wasTraining);
        }

        callbacks.TrainEnd(lastLogs);
        return history;
    }

    /// <summary>Computes the logged values over <paramref name="data"/> in eval mode, without gradients and without sample weights.</summary>
    /// <exception cref="InvalidOperationException">The data yielded no batch.</exception>
    public void Evaluate(TrainingObjective objective, BatchSource data, Dictionary<string, double> logs, string prefix)
    {
        var wasTraining = _module.training;
        _module.eval();
        try
        {
            using var statistics = new RunningStatistics(objective);
            using (no_grad())
            {
                EachBatch(data, (_, batch) =>
                {
                    var outputs = _forwardHeads(ToDevice(batch.Inputs));
                    var (_, sums) = objective.Compute(outputs, ToDevice(batch.Targets), null, batch.Count);
                    statistics.Add(sums, batch.Count);
                    return true;
                });
            }

            if (statistics.IsEmpty)
            {
                throw new InvalidOperationException(
                    $"The {(prefix.Length == 0 ? "evaluation" : "validation")} batches are empty: the sequence yielded no batch. A sequence that can be enumerated only once serves one pass; give a collection or a sequence that starts over on every enumeration.");
            }

            statistics.WriteTo(logs, prefix);
        }
        finally
        {
            _module.train(wasTraining);
        }
    }

    /// <summary>Runs <paramref name="forward"/> batch by batch in eval mode and concatenates each output; the results outlive the loop.</summary>
    public Tensor[] Predict(Func<IReadOnlyList<Tensor>, IReadOnlyList<Tensor>> forward, SampleSet data, int batchSize)
    {
        var wasTraining = _module.training;
        _module.eval();
        var pieces = new List<Tensor[]>(data.BatchCount(batchSize));
        try
        {
            using (no_grad())
            {
                for (long start = 0; start < data.Count; start += batchSize)
                {
                    using var scope = NewDisposeScope();
                    var inputs = data.Slice(start, Math.Min(batchSize, data.Count - start)).Inputs;
                    var outputs = forward(ToDevice(inputs));
                    var kept = new Tensor[outputs.Count];
                    for (var o = 0; o < kept.Length; o++)
                    {
                        kept[o] = outputs[o].MoveToOuterDisposeScope();
                    }

                    pieces.Add(kept);
                }
            }

            return Concatenate(pieces);
        }
        finally
        {
            foreach (var batch in pieces)
            {
                foreach (var tensor in batch)
                {
                    tensor.Dispose();
                }
            }

            _module.train(wasTraining);
        }
    }

    private void TrainEpoch(
        IModel model,
        TrainingObjective objective,
        optim.Optimizer optimizer,
        BatchSource training,
        OptimizerSpec spec,
        List<Parameter>? clipped,
        CallbackList callbacks,
        Dictionary<string, double> logs,
        int epoch)
    {
        using var statistics = new RunningStatistics(objective);
        EachBatch(training, (step, batch) =>
        {
            callbacks.BatchBegin(step, NoLogs);
            optimizer.zero_grad();
            var outputs = _forwardHeads(ToDevice(batch.Inputs));
            var weights = batch.Weights is null ? null : ToDevice(batch.Weights);
            var (total, sums) = objective.Compute(outputs, ToDevice(batch.Targets), weights, batch.Count);
            total.backward();
            if (clipped is not null)
            {
                GradientClipping.Apply(spec, clipped);
            }

            optimizer.step();
            statistics.Add(sums, batch.Count);

            if (callbacks.WantsBatchLogs)
            {
                var batchLogs = new Dictionary<string, double>(StringComparer.Ordinal);
                statistics.WriteTo(batchLogs);
                callbacks.BatchEnd(step, batchLogs);
            }
            else
            {
                callbacks.BatchEnd(step, NoLogs);
            }

            return !model.StopTraining;
        });

        if (statistics.IsEmpty)
        {
            throw new InvalidOperationException(
                $"The training batches of epoch {epoch + 1} are empty: the sequence yielded no batch. A sequence that can be enumerated only once serves one epoch; give a collection or a sequence that starts over on every enumeration.");
        }

        statistics.WriteTo(logs);
    }

    /// <summary>
    /// One pass of the forward over <paramref name="data"/> without gradients, in the module's current mode, for what the
    /// forward updates by itself (batch-normalization running statistics in training mode); <paramref name="beforeBatch"/>
    /// hears each batch's index first.
    /// </summary>
    /// <returns>The number of batches.</returns>
    public int Forward(BatchSource data, Action<int> beforeBatch)
    {
        var count = 0;
        using (no_grad())
        {
            EachBatch(data, (step, batch) =>
            {
                beforeBatch(step);
                _forwardHeads(ToDevice(batch.Inputs));
                count++;
                return true;
            });
        }

        return count;
    }

    internal static List<string> EpochLogNames(TrainingObjective objective, bool validation)
    {
        var names = new List<string>(objective.LogNames);
        if (validation)
        {
            foreach (var name in objective.LogNames)
            {
                names.Add(LogKeys.ValidationPrefix + name);
            }
        }

        names.Add(LogKeys.LearningRate);
        return names;
    }

    /// <summary>
    /// The batch loop: runs <paramref name="body"/> (given the batch's index and the batch) on every batch of one pass
    /// over <paramref name="data"/>, each in its own dispose scope, until the data ends or <paramref name="body"/> returns false.
    /// </summary>
    private static void EachBatch(BatchSource data, Func<int, Batch, bool> body)
    {
        using var batches = data.Epoch().GetEnumerator();
        for (var step = 0; ; step++)
        {
            // The batch is fetched inside the scope: tensors a lazy sequence creates for it are released with it.
            using var scope = NewDisposeScope();
            if (!batches.MoveNext() || !body(step, batches.Current))
            {
                break;
            }
        }
    }

    private static Tensor[] Concatenate(List<Tensor[]> pieces)
    {
        var outputs = new Tensor[pieces[0].Length];
        var column = new Tensor[pieces.Count];
        for (var o = 0; o < outputs.Length; o++)
        {
            for (var b = 0; b < column.Length; b++)
            {
                column[b] = pieces[b][o];
            }

            outputs[o] = cat(column, 0);
        }

        return outputs;
    }

    private Tensor ToDevice(Tensor tensor) =>
        _device is null || (tensor.device_type == _device.type && tensor.device_index == _device.index) ? tensor : tensor.to(_device);

    private Tensor[] ToDevice(Tensor[] tensors)
    {
        if (_device is null)
        {
            return tensors;
        }

        for (var i = 0; i < tensors.Length; i++)
        {
            if (tensors[i].device_type != _device.type || tensors[i].device_index != _device.index)
            {
                tensors[i] = tensors[i].to(_device);
            }
        }

        return tensors;
    }
}
