using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;

namespace TypedGraph.Callbacks;

/// <summary>
/// Fit's built-in output for <c>verbose</c> 1 and 2: one line per epoch,
/// <c>Epoch 3/10 - 0.21s - loss: 0.6931 - acc: 0.5000 - val_loss: 0.7000 - val_acc: 0.4800</c>.
/// </summary>
internal sealed class EpochLogger : Callback
{
    private readonly TextWriter _writer;
    private readonly Stopwatch _clock = new();

    public EpochLogger(TextWriter writer)
    {
        _writer = writer;
    }

    public override void OnEpochBegin(int epoch, IReadOnlyDictionary<string, double> logs) => _clock.Restart();

    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        var line = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Epoch {epoch + 1}/{Params.Epochs} - {_clock.Elapsed.TotalSeconds:F2}s");
        AppendValues(line, logs);
        _writer.WriteLine(line.ToString());
    }

    /// <summary>Appends <c> - name: 0.1234</c> for every value but the learning rate and the aliases (<c>accuracy</c> beside <c>acc</c>).</summary>
    public static void AppendValues(StringBuilder line, IReadOnlyDictionary<string, double> logs)
    {
        foreach (var (name, value) in logs)
        {
            if (name != LogKeys.LearningRate && !LogKeys.IsAlias(name))
            {
                line.Append(CultureInfo.InvariantCulture, $" - {name}: {value:F4}");
            }
        }
    }
}
