using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;

namespace TypedGraph.Callbacks;

/// <summary>
/// Fit's output for <c>verbose: 1</c> on a terminal, like Keras' progress bar: <c>Epoch 3/10</c> on its own line, then
/// one line redrawn in place (carriage return) with the batches done, a bar, the ETA and the running values —
/// <c>12/32 [=========&gt;...................] - ETA: 1s - loss: 0.6931 - acc: 0.5000</c> — finished, when the epoch
/// ends, with the epoch time and the epoch values (validation included). Redraws at most every 50 ms. When the number of
/// steps is unknown (a streamed sequence of batches), the first epoch shows <c>12/Unknown - 3s - loss: …</c> without a
/// bar or ETA, and later epochs use the step count the first one ended with, as Keras' progress bar does.
/// </summary>
internal sealed class ProgressBar : Callback
{
    private const int Width = 30;
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(50);

    private readonly TextWriter _writer;
    private readonly Stopwatch _clock = new();
    private TimeSpan? _lastDraw;
    private int _lastLength;
    private int? _learnedSteps;
    private int _done;

    public ProgressBar(TextWriter writer)
    {
        _writer = writer;
    }

    /// <summary>The steps per epoch: known from the start, learned at the end of the first epoch, or unknown.</summary>
    private int? Steps => Params.StepsPerEpoch > 0 ? Params.StepsPerEpoch : _learnedSteps;

    public override void OnTrainBegin(IReadOnlyDictionary<string, double> logs) => _learnedSteps = null;

    public override void OnEpochBegin(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Epoch {epoch + 1}/{Params.Epochs}"));
        _clock.Restart();
        _lastDraw = null;
        _lastLength = 0;
        _done = 0;
    }

    public override void OnBatchEnd(int batch, IReadOnlyDictionary<string, double> logs)
    {
        var done = batch + 1;
        _done = done;
        var now = _clock.Elapsed;
        if ((Steps is not { } steps || done < steps) && _lastDraw is { } last && now - last < RedrawInterval)
        {
            return;
        }

        _lastDraw = now;
        StringBuilder line;
        if (Steps is { } known)
        {
            var remaining = TimeSpan.FromTicks(now.Ticks / done * Math.Max(known - done, 0));
            line = Bar(done, known).Append(CultureInfo.InvariantCulture, $" - ETA: {FormatDuration(remaining)}");
        }
        else
        {
            line = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{done}/Unknown - {FormatDuration(now)}");
        }

        EpochLogger.AppendValues(line, logs);
        Draw(line.ToString());
    }

    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        var steps = Steps ?? (_learnedSteps = _done).Value;
        var line = Bar(steps, steps).Append(CultureInfo.InvariantCulture, $" - {FormatDuration(_clock.Elapsed)}");
        EpochLogger.AppendValues(line, logs);
        Draw(line.ToString());
        _writer.WriteLine();
        _writer.Flush();
    }

    private static StringBuilder Bar(int done, int steps)
    {
        var digits = steps.ToString(CultureInfo.InvariantCulture).Length;
        var filled = steps == 0 ? Width : (int)((long)Width * done / steps);
        var bar = new StringBuilder()
            .Append(done.ToString(CultureInfo.InvariantCulture).PadLeft(digits))
            .Append('/')
            .Append(steps.ToString(CultureInfo.InvariantCulture))
            .Append(" [");
        if (filled >= Width)
        {
            bar.Append('=', Width);
        }
        else
        {
            bar.Append('=', filled).Append('>').Append('.', Width - filled - 1);
        }

        return bar.Append(']');
    }

    private void Draw(string line)
    {
        _writer.Write('\r');
        _writer.Write(line);
        if (line.Length < _lastLength)
        {
            _writer.Write(new string(' ', _lastLength - line.Length));
        }

        _lastLength = line.Length;
        _writer.Flush();
    }

    /// <summary>Keras' duration style: <c>850ms</c>, <c>12s</c>, <c>3:05</c>, <c>1:02:03</c>.</summary>
    internal static string FormatDuration(TimeSpan duration)
    {
        if (duration < TimeSpan.FromSeconds(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMilliseconds}ms");
        }

        if (duration < TimeSpan.FromMinutes(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalSeconds}s");
        }

        return duration < TimeSpan.FromHours(1)
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}:{duration.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours}:{duration.Minutes:00}:{duration.Seconds:00}");
    }
}
