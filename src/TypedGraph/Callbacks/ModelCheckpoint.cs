using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace TypedGraph.Callbacks;

/// <summary>
/// Saves the model's weights at the end of every epoch (Keras' <c>ModelCheckpoint</c> with weights only). The file is
/// what TorchSharp's <c>Module.save</c> writes, so <c>model.load(path)</c> or <c>model.LoadWeights(path)</c> reads it;
/// it is written to a temp file and renamed, so a crash never leaves a half-written checkpoint. The path may hold
/// Python-style placeholders: <c>{epoch:02d}</c> (1-based) and any logged value such as <c>{val_loss:.2f}</c>.
/// With <c>saveBestOnly</c> a file is written only when the monitored value strictly improves on the best so far.
/// </summary>
public sealed class ModelCheckpoint : Callback
{
    private readonly PathTemplate _path;
    private readonly Monitor _monitor;

    /// <summary>Creates the callback with Keras' defaults.</summary>
    /// <param name="path">The file to write, with optional placeholders (<c>"ckpt/{epoch:02d}-{val_loss:.2f}.bin"</c>).</param>
    /// <param name="monitor">The log value that decides the best epoch for <paramref name="saveBestOnly"/>.</param>
    /// <param name="saveBestOnly">Whether to save only when <paramref name="monitor"/> improves.</param>
    /// <param name="mode">Whether lower or higher is better; <see cref="MonitorMode.Auto"/> decides from the name.</param>
    /// <param name="saveFrequency">Save every this many epochs (1 = every epoch).</param>
    /// <param name="initialValueThreshold">With <paramref name="saveBestOnly"/>, the value the first saved epoch must beat.</param>
    /// <exception cref="ArgumentException">The path is empty or malformed, or an argument is out of range.</exception>
    public ModelCheckpoint(
        string path,
        string monitor = "val_loss",
        bool saveBestOnly = false,
        MonitorMode mode = MonitorMode.Auto,
        int saveFrequency = 1,
        double? initialValueThreshold = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(saveFrequency, 1);
        _path = new PathTemplate(path, nameof(path));
        _monitor = new Monitor(monitor, mode, nameof(ModelCheckpoint));
        SaveBestOnly = saveBestOnly;
        SaveFrequency = saveFrequency;
        InitialValueThreshold = initialValueThreshold;
        Best = initialValueThreshold ?? _monitor.Worst;
    }

    /// <summary>The path template as given.</summary>
    public string Path => _path.Template;

    /// <summary>The monitored name (<c>accuracy</c> mapped to <c>acc</c>).</summary>
    public string MonitorName => _monitor.Name;

    /// <summary>The resolved direction (never <see cref="MonitorMode.Auto"/>).</summary>
    public MonitorMode Mode => _monitor.Mode;

    /// <summary>Whether only improvements are saved.</summary>
    public bool SaveBestOnly { get; }

    /// <summary>Save every this many epochs.</summary>
    public int SaveFrequency { get; }

    /// <summary>The value the first saved epoch must beat, if any.</summary>
    public double? InitialValueThreshold { get; }

    /// <summary>The best monitored value saved so far.</summary>
    public double Best { get; private set; }

    /// <summary>The files written by the current or last <c>Fit</c>, in order.</summary>
    public IReadOnlyList<string> SavedPaths => _saved;

    private readonly List<string> _saved = [];

    /// <inheritdoc/>
    public override void OnTrainBegin(IReadOnlyDictionary<string, double> logs)
    {
        _saved.Clear();
        Best = InitialValueThreshold ?? _monitor.Worst;
    }

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        if ((epoch + 1) % SaveFrequency != 0)
        {
            return;
        }

        var path = _path.Render(epoch, logs);
        if (SaveBestOnly)
        {
            if (!_monitor.TryGet(logs, out var current))
            {
                return;
            }

            if (!_monitor.IsImprovement(current, Best, 0))
            {
                if (Params.Verbose > 0)
                {
                    Console.Out.WriteLine(string.Create(
                        CultureInfo.InvariantCulture, $"Epoch {epoch + 1}: {_monitor.Name} did not improve from {Best:F5}"));
                }

                return;
            }

            if (Params.Verbose > 0)
            {
                Console.Out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture, $"Epoch {epoch + 1}: {_monitor.Name} improved from {Best:F5} to {current:F5}, saving model to {path}"));
            }

            Best = current;
        }

        Model.SaveWeights(path);
        _saved.Add(path);
    }

    /// <inheritdoc/>
    internal override void Validate(TrainingParameters parameters)
    {
        if (SaveBestOnly)
        {
            _monitor.Validate(parameters);
        }

        foreach (var name in _path.Names)
        {
            if (name != "epoch" && !IsLogged(parameters, name))
            {
                throw new ArgumentException(
                    $"ModelCheckpoint's path '{Path}' names '{{{name}}}', which this Fit call never logs. Available: epoch, {string.Join(", ", parameters.LogNames)}.");
            }
        }

        // An unwritable directory fails now, not after the first epoch's work.
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(_path.Template.Split('{')[0] + "x"));
        if (directory is not null)
        {
            try
            {
                Directory.CreateDirectory(directory);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"ModelCheckpoint cannot create the directory '{directory}' for '{Path}': {error.Message}", error);
            }
        }
    }

    private static bool IsLogged(TrainingParameters parameters, string name)
    {
        var normalized = LogKeys.Normalize(name);
        foreach (var logged in parameters.LogNames)
        {
            if (logged == name || logged == normalized)
            {
                return true;
            }
        }

        return false;
    }
}
