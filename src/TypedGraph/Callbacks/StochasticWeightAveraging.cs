using System;
using System.Collections.Generic;
using System.Globalization;

namespace TypedGraph.Callbacks;

/// <summary>
/// Stochastic Weight Averaging (Izmailov et al. 2018, PyTorch's <c>torch.optim.swa_utils</c>): from epoch
/// <c>startEpoch</c> on, the parameters at the end of every epoch join an equal-weight average
/// <c>θ_SWA = (1/n) Σ θ_epoch</c>; optionally those epochs train with a constant SWA learning rate. When training ends
/// the average replaces the parameters and, like <c>update_bn</c>, one pass over the training data (training mode,
/// no gradients) recomputes the batch-normalization running statistics, which the averaged weights never produced.
/// </summary>
public sealed class StochasticWeightAveraging : Callback
{
    private readonly ParameterAverage _average = new();

    /// <summary>Creates the callback.</summary>
    /// <param name="startEpoch">The first epoch (0-based) whose final weights are averaged, at least 0.</param>
    /// <param name="swaLearningRate">The learning rate of the averaged epochs, or <see langword="null"/> to leave the rate to the optimizer and other callbacks.</param>
    /// <param name="updateBatchNorm">Whether to recompute batch-normalization statistics over the training data at the end.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startEpoch"/> is negative, or the rate is not finite and greater than 0.</exception>
    public StochasticWeightAveraging(int startEpoch, double? swaLearningRate = null, bool updateBatchNorm = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startEpoch);
        if (swaLearningRate is { } rate && !(double.IsFinite(rate) && rate > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(swaLearningRate), rate, "The SWA learning rate must be finite and greater than 0.");
        }

        StartEpoch = startEpoch;
        SwaLearningRate = swaLearningRate;
        UpdateBatchNorm = updateBatchNorm;
    }

    /// <summary>The first averaged epoch.</summary>
    public int StartEpoch { get; }

    /// <summary>The learning rate of the averaged epochs, if set.</summary>
    public double? SwaLearningRate { get; }

    /// <summary>Whether batch-normalization statistics are recomputed at the end.</summary>
    public bool UpdateBatchNorm { get; }

    /// <summary>How many epochs the average of the last <c>Fit</c> holds.</summary>
    public int AveragedEpochs { get; private set; }

    /// <inheritdoc/>
    public override void OnTrainBegin(IReadOnlyDictionary<string, double> logs)
    {
        _average.Release();
        AveragedEpochs = 0;
    }

    /// <inheritdoc/>
    public override void OnEpochBegin(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        if (epoch >= StartEpoch && SwaLearningRate is { } rate)
        {
            Model.LearningRate = rate;
        }
    }

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        if (epoch >= StartEpoch)
        {
            _average.Include(Model.AsModule, 1.0 / (_average.Count + 1));
            AveragedEpochs = _average.Count;
        }
    }

    /// <inheritdoc/>
    public override void OnTrainEnd(IReadOnlyDictionary<string, double> logs)
    {
        try
        {
            if (_average.Count == 0)
            {
                return;
            }

            _average.CopyInto();
            if (UpdateBatchNorm && TrainingData is { } data && Model is IPositionalModel member)
            {
                BatchNormStatistics.Recompute(member, data);
            }
        }
        finally
        {
            _average.Release();
        }
    }

    /// <inheritdoc/>
    internal override void Validate(TrainingParameters parameters)
    {
        if (StartEpoch >= parameters.Epochs)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"StochasticWeightAveraging starts at epoch {StartEpoch}, but this Fit runs only up to epoch {parameters.Epochs - 1}: nothing would be averaged. Use a startEpoch below {parameters.Epochs}."),
                nameof(parameters));
        }
    }

    /// <inheritdoc/>
    internal override void OnAbort() => _average.Release();
}
