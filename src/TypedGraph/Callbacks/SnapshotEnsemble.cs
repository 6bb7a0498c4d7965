using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;

namespace TypedGraph.Callbacks;

/// <summary>
/// Snapshot ensembles (Huang et al. 2017, "Snapshot Ensembles: Train 1, get M for free"): the learning rate follows a
/// cosine annealing that restarts every <c>cycleEpochs</c> epochs,
/// <c>lr(t) = maxLearningRate / 2 · (cos(π · (t mod L) / L) + 1)</c> with <c>t</c> the training step counted from the
/// start of the cycle's first epoch and <c>L = cycleEpochs × steps per epoch</c> (set before every batch); at the end of
/// every cycle the weights are saved atomically as one member (<c>&lt;prefix&gt;-&lt;k&gt;.bin</c>, k from 1). When the
/// steps per epoch are unknown (a streamed sequence without a count) the rate changes per epoch: <c>t</c> is the epoch
/// within the cycle and <c>L = cycleEpochs</c>. Load the members with <see cref="LoadMembers{TModel}(Func{TModel})"/> and
/// combine them with <see cref="Ensemble"/>.
/// </summary>
public sealed class SnapshotEnsemble : Callback
{
    private readonly List<string> _saved = [];
    private int _epoch;

    /// <summary>Creates the callback.</summary>
    /// <param name="directory">Where the members are saved; created when missing.</param>
    /// <param name="cycleEpochs">Epochs per cosine cycle (one member per cycle), at least 1.</param>
    /// <param name="maxLearningRate">The rate at the start of every cycle (Huang et al.'s α₀), finite and greater than 0.</param>
    /// <param name="filePrefix">The start of the member file names.</param>
    /// <exception cref="ArgumentException">An argument is out of range or empty.</exception>
    public SnapshotEnsemble(string directory, int cycleEpochs, double maxLearningRate, string filePrefix = "snapshot")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(filePrefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(cycleEpochs, 1);
        if (!(double.IsFinite(maxLearningRate) && maxLearningRate > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(maxLearningRate), maxLearningRate, "maxLearningRate must be finite and greater than 0.");
        }

        Directory = directory;
        CycleEpochs = cycleEpochs;
        MaxLearningRate = maxLearningRate;
        FilePrefix = filePrefix;
        SavedPaths = new ReadOnlyCollection<string>(_saved);
    }

    /// <summary>Where the members are saved.</summary>
    public string Directory { get; }

    /// <summary>Epochs per cycle.</summary>
    public int CycleEpochs { get; }

    /// <summary>The rate at the start of every cycle.</summary>
    public double MaxLearningRate { get; }

    /// <summary>The start of the member file names.</summary>
    public string FilePrefix { get; }

    /// <summary>The members saved by the last <c>Fit</c>, in order.</summary>
    public IReadOnlyList<string> SavedPaths { get; }

    /// <summary>
    /// The cosine annealing with restarts: <c>maxLearningRate / 2 · (cos(π · (step mod cycleLength) / cycleLength) + 1)</c>,
    /// Keras' <c>CosineDecay</c> (<see cref="Schedules.CosineDecay"/>, α = 0) restarted every <paramref name="cycleLength"/> steps.
    /// </summary>
    /// <param name="maxLearningRate">The rate at the start of a cycle.</param>
    /// <param name="step">The step, from 0.</param>
    /// <param name="cycleLength">Steps per cycle, at least 1.</param>
    public static double CosineLearningRate(double maxLearningRate, long step, long cycleLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ArgumentOutOfRangeException.ThrowIfLessThan(cycleLength, 1);
        return Schedules.Cosine(maxLearningRate, step % cycleLength, cycleLength, alpha: 0);
    }

    /// <summary>Creates one model per path with <paramref name="create"/> and loads its weights.</summary>
    /// <typeparam name="TModel">The model class the members were saved from.</typeparam>
    /// <param name="paths">Files written by the callback (or by <c>SaveWeights</c>).</param>
    /// <param name="create">Creates a fresh model (on the device the ensemble will run on).</param>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="CheckpointMismatchException">A file holds another architecture.</exception>
    public static IReadOnlyList<TModel> LoadMembers<TModel>(IEnumerable<string> paths, Func<TModel> create)
        where TModel : IModel
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(create);
        var members = new List<TModel>();
        foreach (var path in paths)
        {
            var model = create();
            model.LoadWeights(path);
            members.Add(model);
        }

        return members;
    }

    /// <summary>Loads the members this callback saved, in order (<see cref="SavedPaths"/>).</summary>
    /// <typeparam name="TModel">The model class trained.</typeparam>
    /// <param name="create">Creates a fresh model.</param>
    public IReadOnlyList<TModel> LoadMembers<TModel>(Func<TModel> create)
        where TModel : IModel => LoadMembers(_saved, create);

    /// <inheritdoc/>
    public override void OnTrainBegin(IReadOnlyDictionary<string, double> logs) => _saved.Clear();

    /// <inheritdoc/>
    public override void OnEpochBegin(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        _epoch = epoch;
        if (Params.StepsPerEpoch == 0)
        {
            Model.LearningRate = CosineLearningRate(MaxLearningRate, epoch % CycleEpochs, CycleEpochs);
        }
    }

    /// <inheritdoc/>
    public override void OnBatchBegin(int batch, IReadOnlyDictionary<string, double> logs)
    {
        var steps = (long)Params.StepsPerEpoch;
        if (steps > 0)
        {
            Model.LearningRate = CosineLearningRate(MaxLearningRate, ((_epoch % CycleEpochs) * steps) + batch, CycleEpochs * steps);
        }
    }

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        if ((epoch + 1) % CycleEpochs == 0)
        {
            var path = Path.Combine(Directory, string.Create(CultureInfo.InvariantCulture, $"{FilePrefix}-{_saved.Count + 1}.bin"));
            Model.SaveWeights(path);
            _saved.Add(path);
        }
    }
}
