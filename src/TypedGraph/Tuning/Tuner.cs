using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Monitor = TypedGraph.Callbacks.Monitor;
using Timer = System.Threading.Timer;
using TorchSharp;
using TypedGraph.Callbacks;
using TypedGraph.Tuning.Sampling;
using TypedGraph.Tuning.Storage;

namespace TypedGraph.Tuning;

/// <summary>
/// Keras-Tuner-style hyper-parameter search over a model's generated search space: each trial builds
/// <c>new M(hp)</c>, runs <see cref="Configure"/> and <c>Fit</c>, and scores the objective's best epoch. Trials live in a
/// study — SQLite in <c>directory/study.db</c> or PostgreSQL through <c>storage</c> — that the same arguments resume and
/// that several processes (or machines) share without running a point twice. See docs/tuning.md.
/// </summary>
/// <typeparam name="TModel">A <c>[Model]</c> class with <c>[Choice]</c>/<c>[Range]</c> hyper-parameters.</typeparam>
/// <typeparam name="THyperParameters">Its generated <c>HyperParameters</c> record.</typeparam>
public sealed class Tuner<TModel, THyperParameters>
    where TModel : class, ITunableModel<TModel, THyperParameters>
    where THyperParameters : IHyperParameters<THyperParameters>
{
    private const int MaxConsecutiveFailures = 3;
    private readonly Monitor _objective;
    private readonly int _hyperbandFactor = 3;
    private readonly string? _storage;

    /// <summary>Creates the tuner. Nothing is trained or stored until <see cref="Search"/>.</summary>
    /// <param name="objective">
    /// The log name to optimize (<c>val_acc</c>, <c>val_loss</c>, <c>val_age_mae</c>…). Its direction follows the name as for
    /// callback monitors: accuracies, precision, recall and AUC are maximized, losses and errors minimized.
    /// </param>
    /// <param name="strategy">How points are chosen.</param>
    /// <param name="maxTrials">The study's trial budget (all workers together), at least 1.</param>
    /// <param name="seed">Seeds the samplers and every trial's weight initialization.</param>
    /// <param name="directory">Where the SQLite study (<c>study.db</c>), the best checkpoint of every trial (<c>checkpoints/</c>) and the TensorBoard HParams records (<c>tensorboard/</c>) go.</param>
    /// <param name="storage">A PostgreSQL connection string, to share the study between machines; checkpoints are then stored in the database.</param>
    /// <param name="studyName">The study's name in the storage; the model's full type name by default. A PostgreSQL storage holds many studies; a <paramref name="directory"/> holds one (another name there is refused).</param>
    /// <exception cref="ArgumentException">The objective is empty, neither or both of <paramref name="directory"/> and <paramref name="storage"/> are given, or Grid search meets a continuous range.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxTrials"/> ≤ 0 or an unknown strategy.</exception>
    /// <exception cref="IOException"><paramref name="directory"/> cannot be created or written.</exception>
    public Tuner(string objective, SearchStrategy strategy = SearchStrategy.Random, int maxTrials = 10, int seed = 0, string? directory = null, string? storage = null, string? studyName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objective);
        if (!Enum.IsDefined(strategy))
        {
            throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Unknown search strategy.");
        }

        if (maxTrials <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxTrials), maxTrials, "maxTrials must be at least 1: it is the number of trials the study runs.");
        }

        if ((directory is null) == (storage is null))
        {
            throw new ArgumentException("Give the tuner either a directory (SQLite study) or a storage (PostgreSQL connection string), not both and not neither.", nameof(directory));
        }

        Space = TModel.SearchSpace;
        if (strategy == SearchStrategy.Grid && Space.Parameters.FirstOrDefault(p => !p.IsFinite) is { } continuous)
        {
            throw new ArgumentException($"Grid search needs a finite search space, but '{continuous.Name}' is a continuous range: give it a Step, or use SearchStrategy.Random or Tpe.", nameof(strategy));
        }

        _objective = new Monitor(objective, MonitorMode.Auto, "The tuner's objective");
        Strategy = strategy;
        MaxTrials = maxTrials;
        Seed = seed;
        StudyName = studyName ?? typeof(TModel).FullName ?? typeof(TModel).Name;
        _storage = storage;
        if (directory is not null)
        {
            Directory = Path.GetFullPath(directory);
            RequireWritable(Directory);
        }
    }

    /// <summary>The objective's log name (<c>accuracy</c> spelled <c>acc</c>).</summary>
    public string Objective => _objective.Name;

    /// <summary>Whether the objective is maximized (from its name).</summary>
    public bool Maximize => _objective.Mode == MonitorMode.Max;

    /// <summary>The strategy.</summary>
    public SearchStrategy Strategy { get; }

    /// <summary>The study's trial budget.</summary>
    public int MaxTrials { get; }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>The study's directory (SQLite), or null with a PostgreSQL storage.</summary>
    public string? Directory { get; }

    /// <summary>The study's name in its storage.</summary>
    public string StudyName { get; }

    /// <summary>The model's search space.</summary>
    public SearchSpace Space { get; }

    /// <summary>Hyperband's halving rate η (3, as in the paper and KerasTuner).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 2.</exception>
    public int HyperbandFactor
    {
        get => _hyperbandFactor;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 2, nameof(HyperbandFactor));
            _hyperbandFactor = value;
        }
    }

    /// <summary>
    /// Prepares each trial's model before <c>Fit</c>, typically <c>model.Compile(…)</c> with the point's learning rate.
    /// Null (the default): the model's default compile (RMSprop, learning rate 10⁻³).
    /// </summary>
    public Action<TModel, THyperParameters>? Configure { get; set; }

    /// <summary>
    /// Runs trials until the study holds <see cref="MaxTrials"/> (or the strategy has no point left), then returns every
    /// trial of the study, this worker's and the others'. Complete trials of an earlier search on the same storage are
    /// kept; a trial whose worker died is run again.
    /// </summary>
    /// <typeparam name="TInputs">The model's <c>Inputs</c> record.</typeparam>
    /// <typeparam name="TTargets">The model's <c>Targets</c> record.</typeparam>
    /// <param name="x">The training inputs.</param>
    /// <param name="y">The training targets.</param>
    /// <param name="epochs">Epochs per trial (Hyperband: the most a trial trains, R).</param>
    /// <param name="batchSize">Samples per batch.</param>
    /// <param name="validationSplit">As in <c>Fit</c>.</param>
    /// <param name="validationData">As in <c>Fit</c>.</param>
    /// <param name="callbacks">Callbacks added to every trial's <c>Fit</c>.</param>
    /// <param name="verbose">0: silent; 1: a line when a trial starts and one when it ends; 2: also <c>Fit</c>'s line per epoch.</param>
    /// <param name="executionsPerTrial">Models trained per point (fresh weights each); the trial's score is the mean of their best epochs.</param>
    /// <returns>The study's trials.</returns>
    /// <exception cref="ArgumentException">
    /// The model does not take <typeparamref name="TInputs"/> and <typeparamref name="TTargets"/>, the data or an argument
    /// is one <c>Fit</c> refuses (the same message), or the model never logs the objective with this data (no validation for
    /// a <c>val_</c> objective, a metric it does not compute) — all raised before the study is opened, so no trial is used up.
    /// </exception>
    /// <exception cref="TuningStorageException">The storage is locked, corrupt, unreachable, or holds a study with other settings.</exception>
    /// <exception cref="InvalidOperationException">Three trials in a row failed (the last error is the inner exception).</exception>
    public TuningResult<TModel, THyperParameters> Search<TInputs, TTargets>(
        TInputs x,
        TTargets y,
        int epochs = 1,
        int batchSize = 32,
        double validationSplit = 0,
        (TInputs Inputs, TTargets Targets)? validationData = null,
        IEnumerable<Callback>? callbacks = null,
        int verbose = 1,
        int executionsPerTrial = 1)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(executionsPerTrial, 1);
        var userCallbacks = callbacks?.ToArray() ?? [];
        CheckData(x, y, epochs, batchSize, validationSplit, validationData, verbose);

        using var store = OpenStore();
        var maximize = Maximize;
        // Hyperband's brackets and rungs are laid out by R and η: a study resumed with others would rank losses of
        // different epoch counts together, so both are part of the study's settings.
        var plan = Strategy == SearchStrategy.Hyperband ? new HyperbandPlan(epochs, HyperbandFactor) : null;
        var budget = plan is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"epochs (R) = {epochs}, HyperbandFactor (η) = {HyperbandFactor}");
        store.EnsureStudy(new StudyInfo(StudyName, Objective, maximize, Strategy, Seed, Space.ToString(), budget));
        var tensorBoard = Directory is null ? null : Path.Combine(Directory, "tensorboard");
        if (tensorBoard is not null)
        {
            TensorBoardHParams.WriteExperiment(tensorBoard, Space, Objective);
        }

        var sampler = Sampler.For(Strategy);
        var worker = WorkerIdentity.Current;
        var failures = 0;
        while (store.Claim(StudyName, worker, MaxTrials, (number, trials) => Propose(sampler, number, trials, maximize)) is { } claim)
        {
            var (stored, rerun) = claim;
            var values = PointCodec.Decode(Space, stored.Params);
            var hp = THyperParameters.FromValues(values);
            var started = DateTimeOffset.UtcNow;
            if (verbose > 0)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Trial {stored.Number} ({stored.Number + 1}/{MaxTrials}){(rerun ? " (rerun: its worker died)" : string.Empty)}: {Describe(values)}"));
            }

            var bracket = plan?.BracketOf(stored.Number);
            TrialOutcome outcome;
            using (new Timer(_ => Beat(store, StudyName, stored.Number, worker), null, TrialStore.HeartbeatPeriod, TrialStore.HeartbeatPeriod))
            {
                outcome = RunTrial<TInputs, TTargets>(store, stored.Number, hp, bracket, x, y, epochs, batchSize, validationSplit, validationData, userCallbacks, verbose, executionsPerTrial);
            }

            // A worker whose heartbeat stalled past the lease may have lost the trial to another: then it records nothing.
            if (!store.Owns(StudyName, stored.Number, worker))
            {
                continue;
            }

            if (outcome.Weights is not null)
            {
                store.SaveCheckpoint(StudyName, stored.Number, outcome.Weights);
            }

            store.Finish(StudyName, stored.Number, worker, outcome.State, outcome.Score, outcome.History is null ? null : HistoryCodec.Encode(outcome.History), outcome.Error is { } failure ? $"{failure.GetType().Name}: {failure.Message}" : null);
            if (tensorBoard is not null)
            {
                TensorBoardHParams.WriteTrial(tensorBoard, stored.Number, values, Objective, outcome.Score, outcome.State, started);
            }

            if (verbose > 0)
            {
                var score = outcome.Score is { } s ? s.ToString("G6", CultureInfo.InvariantCulture) : "-";
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Trial {stored.Number} {outcome.State}: {Objective} = {score}{(outcome.Error is { } e ? " (" + e.Message + ")" : string.Empty)}"));
            }

            failures = outcome.State == TrialState.Failed ? failures + 1 : 0;
            if (failures >= MaxConsecutiveFailures)
            {
                throw new InvalidOperationException($"{MaxConsecutiveFailures} trials in a row failed; the last one (trial {stored.Number}) with: {outcome.Error!.Message}", outcome.Error);
            }
        }

        return Result(store);
    }

    /// <summary>Reads the study as it is now (for example while other workers run), without training.</summary>
    /// <exception cref="TuningStorageException">The storage cannot be opened.</exception>
    public TuningResult<TModel, THyperParameters> Load()
    {
        using var store = OpenStore();
        return Result(store);
    }

    private static string Describe(IReadOnlyDictionary<string, object> values) =>
        string.Join(", ", values.Select(v => $"{v.Key} = {(v.Value is double d ? d.ToString("G6", CultureInfo.InvariantCulture) : Convert.ToString(v.Value, CultureInfo.InvariantCulture))}"));

    private static void Beat(TrialStore store, string study, int number, string worker)
    {
        try
        {
            store.Heartbeat(study, number, worker);
        }
        catch (TuningStorageException)
        {
            // A missed heartbeat only shortens the lease; the next one retries.
        }
    }

    private static void RequireWritable(string directory)
    {
        try
        {
            System.IO.Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".write-test-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"The tuning directory '{directory}' cannot be written: {error.Message}", error);
        }
    }

    private TuningResult<TModel, THyperParameters> Result(TrialStore store)
    {
        var trials = store.Trials(StudyName)
            .Select(t => new Trial<THyperParameters>(t.Number, THyperParameters.FromValues(PointCodec.Decode(Space, t.Params)), t.State, t.Score, HistoryCodec.Decode(t.History), t.Error))
            .ToList();
        return new TuningResult<TModel, THyperParameters>(trials, Objective, Maximize, store.Location, LoadCheckpoints, Configure);
    }

    /// <summary>The checkpoints of trials <paramref name="numbers"/>, in order, read one at a time from the storage opened once for all of them.</summary>
    private IEnumerable<byte[]> LoadCheckpoints(IReadOnlyList<int> numbers)
    {
        using var store = OpenStore();
        foreach (var number in numbers)
        {
            yield return store.LoadCheckpoint(StudyName, number);
        }
    }

    private TrialStore OpenStore() => Directory is not null ? TrialStore.OpenSqlite(Directory) : TrialStore.OpenPostgres(_storage!);

    /// <summary>
    /// Refuses, before the study is opened, what every trial would fail on: a model that does not take these records,
    /// data or arguments <c>Fit</c> refuses (checked by <c>Fit</c>'s own rules on a model built at the space's defaults),
    /// and an objective the model never logs. Recorded as failed trials they would use up the study's points.
    /// </summary>
    private void CheckData<TInputs, TTargets>(TInputs x, TTargets y, int epochs, int batchSize, double validationSplit, (TInputs Inputs, TTargets Targets)? validationData, int verbose)
    {
        var hp = THyperParameters.FromValues(Space.Parameters.ToDictionary(p => p.Name, p => p.Default, StringComparer.Ordinal));
        var probe = TModel.Create(hp);
        try
        {
            if (probe is not ITrainingTarget<TInputs, TTargets> target)
            {
                throw new ArgumentException(
                    $"{typeof(TModel).Name} does not take {typeof(TInputs).Name} inputs and {typeof(TTargets).Name} targets: pass its own {typeof(TModel).Name}.Inputs and {typeof(TModel).Name}.Targets records to Search.",
                    nameof(TInputs));
            }

            target.CheckFit(x, y, epochs, batchSize, validationData, validationSplit);
            _objective.Validate(new TrainingParameters(epochs, 0, batchSize, 0, 0, verbose, target.EpochLogNames(validationData is not null || validationSplit > 0)));
        }
        finally
        {
            probe.AsModule.Dispose();
        }
    }

    private string? Propose(Sampler sampler, int number, IReadOnlyList<StoredTrial> trials, bool maximize)
    {
        var taken = new HashSet<string>(trials.Select(t => t.Params), StringComparer.Ordinal);
        if (Space.IsFinite && taken.Count >= Space.Size)
        {
            return null;
        }

        var observed = trials
            .Select(t => new ObservedTrial(t.Number, PointCodec.Decode(Space, t.Params), t.Score is { } s && t.State is TrialState.Complete or TrialState.Pruned ? (maximize ? -s : s) : null))
            .ToList();
        var random = new Random(TrialSeed(Seed, number, -1));
        if (sampler.Sample(Space, number, observed, random) is not { } point)
        {
            return null;
        }

        var json = PointCodec.Encode(Space, point);
        for (var attempt = 0; taken.Contains(json) && attempt < 10_000; attempt++)
        {
            json = PointCodec.Encode(Space, RandomSampler.Draw(Space, random));
        }

        return taken.Contains(json) ? null : json;
    }

    private TrialOutcome RunTrial<TInputs, TTargets>(
        TrialStore store,
        int number,
        THyperParameters hp,
        HyperbandBracket? bracket,
        TInputs x,
        TTargets y,
        int epochs,
        int batchSize,
        double validationSplit,
        (TInputs Inputs, TTargets Targets)? validationData,
        Callback[] callbacks,
        int verbose,
        int executions)
    {
        var scores = new List<double>();
        byte[]? bestWeights = null;
        History? bestHistory = null;
        double? best = null;
        var pruned = false;
        try
        {
            for (var execution = 0; execution < executions && !pruned; execution++)
            {
                torch.manual_seed(TrialSeed(Seed, number, execution));
                var model = TModel.Create(hp);
                using var module = model.AsModule;
                Configure?.Invoke(model, hp);
                var promote = bracket is null
                    ? null
                    : new Func<int, double, bool>((rung, loss) =>
                    {
                        var (rank, reported) = store.ReportRung(StudyName, bracket.S, rung, number, loss);
                        return bracket.Promotes(rung, rank, reported);
                    });
                var tracker = new TrialCallback(_objective, bracket, execution == 0 ? promote : null);
                var history = ((ITrainingTarget<TInputs, TTargets>)model).Fit(
                    x, y, epochs, batchSize, validationData, validationSplit, [.. callbacks, tracker], shuffle: true, verbose >= 2 ? 2 : 0, null, null, 0);
                pruned = tracker.Pruned;
                if (tracker.Best is not { } value)
                {
                    return new TrialOutcome(TrialState.Failed, null, null, history, new InvalidOperationException($"The objective '{Objective}' was NaN in every epoch."));
                }

                scores.Add(value);
                if (best is null || _objective.IsImprovement(value, best.Value, 0))
                {
                    best = value;
                    bestWeights = tracker.BestWeights;
                    bestHistory = history;
                }
            }
        }
        catch (Exception error) when (error is not (OutOfMemoryException or TuningStorageException))
        {
            return new TrialOutcome(TrialState.Failed, null, null, bestHistory, error);
        }

        return new TrialOutcome(pruned ? TrialState.Pruned : TrialState.Complete, scores.Average(), bestWeights, bestHistory, null);
    }

    /// <summary>A seed for trial <paramref name="number"/> (execution −1: its sampler), the same in every process (SplitMix64's finalizer).</summary>
    internal static int TrialSeed(int seed, int number, int execution)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) ^ ((ulong)(uint)number << 8) ^ (ulong)(uint)(execution + 1);
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)((z ^ (z >> 31)) & int.MaxValue);
        }
    }
}
