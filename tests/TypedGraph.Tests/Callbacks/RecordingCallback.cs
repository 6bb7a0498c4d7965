using System.Collections.Generic;
using TypedGraph.Callbacks;

namespace TypedGraph.Tests.Callbacks;

/// <summary>Records every hook call as text, and the logs it was given.</summary>
internal sealed class RecordingCallback : Callback
{
    public List<string> Events { get; } = [];

    public List<IReadOnlyDictionary<string, double>> EpochLogs { get; } = [];

    public List<IReadOnlyDictionary<string, double>> BatchLogs { get; } = [];

    public override void OnTrainBegin(IReadOnlyDictionary<string, double> logs) => Events.Add("TrainBegin");

    public override void OnTrainEnd(IReadOnlyDictionary<string, double> logs) => Events.Add("TrainEnd");

    public override void OnEpochBegin(int epoch, IReadOnlyDictionary<string, double> logs) => Events.Add($"EpochBegin {epoch}");

    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        Events.Add($"EpochEnd {epoch}");
        EpochLogs.Add(logs);
    }

    public override void OnBatchBegin(int batch, IReadOnlyDictionary<string, double> logs) => Events.Add($"BatchBegin {batch}");

    public override void OnBatchEnd(int batch, IReadOnlyDictionary<string, double> logs)
    {
        Events.Add($"BatchEnd {batch}");
        BatchLogs.Add(logs);
    }
}
