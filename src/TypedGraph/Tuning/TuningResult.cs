using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace TypedGraph.Tuning;

/// <summary>The trials of a study after a search, best first in <see cref="Summary"/>, with the best model's weights.</summary>
/// <typeparam name="TModel">The model class.</typeparam>
/// <typeparam name="THyperParameters">Its generated <c>HyperParameters</c> record.</typeparam>
public sealed class TuningResult<TModel, THyperParameters>
    where TModel : class, ITunableModel<TModel, THyperParameters>
    where THyperParameters : IHyperParameters<THyperParameters>
{
    private readonly Func<IReadOnlyList<int>, IEnumerable<byte[]>> _checkpoints;
    private readonly Action<TModel, THyperParameters>? _configure;

    internal TuningResult(IReadOnlyList<Trial<THyperParameters>> trials, string objective, bool maximize, string location, Func<IReadOnlyList<int>, IEnumerable<byte[]>> checkpoints, Action<TModel, THyperParameters>? configure)
    {
        Trials = trials;
        Objective = objective;
        Maximize = maximize;
        Location = location;
        _checkpoints = checkpoints;
        _configure = configure;
    }

    /// <summary>Every trial of the study, by number.</summary>
    public IReadOnlyList<Trial<THyperParameters>> Trials { get; }

    /// <summary>The objective's log name.</summary>
    public string Objective { get; }

    /// <summary>Whether the objective is maximized.</summary>
    public bool Maximize { get; }

    /// <summary>The study's storage (the SQLite file, or the PostgreSQL database).</summary>
    public string Location { get; }

    /// <summary>The scored trials (complete or pruned), best first; ties by number.</summary>
    public IReadOnlyList<Trial<THyperParameters>> Ranked =>
        (Maximize ? Scored.OrderByDescending(t => t.Score) : Scored.OrderBy(t => t.Score)).ThenBy(t => t.Number).ToList();

    /// <summary>The best trial.</summary>
    /// <exception cref="InvalidOperationException">No trial has a score.</exception>
    public Trial<THyperParameters> BestTrial => Ranked is { Count: > 0 } ranked
        ? ranked[0]
        : throw new InvalidOperationException($"No trial of the study in {Location} has a score ({Trials.Count} trials: {string.Join(", ", Trials.GroupBy(t => t.State).Select(g => $"{g.Count()} {g.Key}"))}).");

    /// <summary>The best trial's hyper-parameters.</summary>
    /// <exception cref="InvalidOperationException">No trial has a score.</exception>
    public THyperParameters BestHyperParameters => BestTrial.HyperParameters;

    private IEnumerable<Trial<THyperParameters>> Scored => Trials.Where(t => t.Score is { } s && !double.IsNaN(s));

    /// <summary>
    /// A new model of the best trial, with the weights of its best epoch, configured by the tuner's <c>Configure</c> (so
    /// it can train on).
    /// </summary>
    /// <exception cref="InvalidOperationException">No trial has a score.</exception>
    /// <exception cref="TuningStorageException">The trial's checkpoint is missing.</exception>
    public TModel BestModel() => ModelsOf([BestTrial])[0];

    /// <summary>
    /// Models of the <paramref name="k"/> best trials (fewer when fewer have a score), best first, each with the weights
    /// of its best epoch: the members of an ensemble of the search's best points, as <c>Ensemble.Average(result.TopModels(3))</c>.
    /// </summary>
    /// <param name="k">How many, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">No trial has a score.</exception>
    /// <exception cref="TuningStorageException">A trial's checkpoint is missing.</exception>
    public IReadOnlyList<TModel> TopModels(int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var top = Ranked.Take(k).ToList();
        if (top.Count == 0)
        {
            _ = BestTrial; // throws the no-score error
        }

        return ModelsOf(top);
    }

    /// <summary>Models of <paramref name="trials"/> with their checkpoints, read in one pass over the storage (opened once).</summary>
    private List<TModel> ModelsOf(List<Trial<THyperParameters>> trials)
    {
        var models = new List<TModel>(trials.Count);
        try
        {
            foreach (var (trial, checkpoint) in trials.Zip(_checkpoints([.. trials.Select(t => t.Number)])))
            {
                models.Add(ModelOf(trial, checkpoint));
            }
        }
        catch
        {
            models.ForEach(m => m.AsModule.Dispose());
            throw;
        }

        return models;
    }

    private TModel ModelOf(Trial<THyperParameters> trial, byte[] checkpoint)
    {
        var model = TModel.Create(trial.HyperParameters);
        try
        {
            using (var reader = new BinaryReader(new MemoryStream(checkpoint)))
            {
                model.AsModule.load(reader);
            }

            _configure?.Invoke(model, trial.HyperParameters);
            return model;
        }
        catch
        {
            model.AsModule.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The results as KerasTuner's <c>results_summary</c> prints them — storage, objective and direction — followed by a
    /// table of the best <paramref name="count"/> trials, best first: number, state, score, epochs run and every
    /// hyper-parameter; then a line counting the trials by state.
    /// </summary>
    /// <param name="count">How many trials to list (KerasTuner's <c>num_trials</c>, 10).</param>
    public string Summary(int count = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var ranked = Ranked.Take(count).ToList();
        var names = Trials.Count > 0 ? Trials[0].HyperParameters.ToValues().Keys.ToList() : [];
        var rows = new List<string[]> { new[] { "Trial", "State", Objective, "Epochs" }.Concat(names).ToArray() };
        foreach (var trial in ranked)
        {
            var values = trial.HyperParameters.ToValues();
            rows.Add(new[]
            {
                trial.Number.ToString(CultureInfo.InvariantCulture),
                trial.State.ToString(),
                trial.Score!.Value.ToString("0.0000", CultureInfo.InvariantCulture),
                trial.History.Epochs.Count.ToString(CultureInfo.InvariantCulture),
            }.Concat(names.Select(n => Format(values[n]))).ToArray());
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        text.AppendLine("Results summary");
        text.Append("Results in ").AppendLine(Location);
        text.Append(CultureInfo.InvariantCulture, $"Showing {ranked.Count} best trials").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"Objective(name=\"{Objective}\", direction=\"{(Maximize ? "max" : "min")}\")").AppendLine();
        text.AppendLine();
        foreach (var row in rows)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, c) => c is 0 or 2 or 3 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
        }

        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"{Trials.Count} trials: ").Append(string.Join(", ", Trials.GroupBy(t => t.State).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}")));
        return text.ToString();
    }

    private static string Format(object value) => value switch
    {
        double d => d.ToString("G4", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
