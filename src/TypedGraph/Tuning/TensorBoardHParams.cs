using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Tensorboard.Hparams;
using TypedGraph.Callbacks;

namespace TypedGraph.Tuning;

/// <summary>
/// Writes what TensorBoard's HParams tab reads (the records of <c>tensorboard.plugins.hparams.summary</c>): the experiment
/// (hyper-parameters with their domains, the objective as metric) in <c>directory</c>, and one run per trial,
/// <c>directory/trial_NNNN</c>, with its session start (hyper-parameter values), the objective as a scalar and the
/// session end (status). Records are <c>HParamsPluginData</c> messages of TensorBoard's own protos, compiled into this
/// assembly.
/// </summary>
internal static class TensorBoardHParams
{
    private const string PluginName = "hparams";
    private const string ExperimentTag = "_hparams_/experiment";
    private const string SessionStartTag = "_hparams_/session_start_info";
    private const string SessionEndTag = "_hparams_/session_end_info";

    /// <summary>The experiment summary: every hyper-parameter with its domain, and the objective.</summary>
    public static void WriteExperiment(string directory, SearchSpace space, string objective)
    {
        var experiment = new Experiment { TimeCreatedSecs = Seconds() };
        foreach (var parameter in space.Parameters)
        {
            var info = new HParamInfo { Name = parameter.Name, Type = TypeOf(parameter.Type) };
            if (parameter.Choices is { } choices)
            {
                info.DomainDiscrete = new ListValue();
                info.DomainDiscrete.Values.AddRange(choices.Select(ValueOf));
            }
            else
            {
                info.DomainInterval = new Interval { MinValue = parameter.Min, MaxValue = parameter.Max };
            }

            experiment.HparamInfos.Add(info);
        }

        experiment.MetricInfos.Add(new MetricInfo
        {
            Name = new MetricName { Group = string.Empty, Tag = objective },
            DatasetType = objective.StartsWith(LogKeys.ValidationPrefix, StringComparison.Ordinal) ? DatasetType.DatasetValidation : DatasetType.DatasetTraining,
        });
        using var writer = new EventFileWriter(directory);
        writer.PluginSummary(ExperimentTag, PluginName, Data(new HParamsPluginData { Experiment = experiment }), 0);
    }

    /// <summary>One trial's run: session start, the objective's value, session end.</summary>
    public static void WriteTrial(string directory, int number, IReadOnlyDictionary<string, object> values, string objective, double? score, TrialState state, DateTimeOffset started)
    {
        var start = new SessionStartInfo { GroupName = number.ToString(CultureInfo.InvariantCulture), StartTimeSecs = started.ToUnixTimeMilliseconds() / 1000.0 };
        foreach (var (name, value) in values)
        {
            start.Hparams[name] = ValueOf(value);
        }

        using var writer = new EventFileWriter(Path.Combine(directory, RunName(number)));
        writer.PluginSummary(SessionStartTag, PluginName, Data(new HParamsPluginData { SessionStartInfo = start }), 0);
        if (score is { } s)
        {
            writer.Scalar(objective, s, 0);
        }

        var end = new SessionEndInfo { Status = state == TrialState.Failed ? Status.Failure : Status.Success, EndTimeSecs = Seconds() };
        writer.PluginSummary(SessionEndTag, PluginName, Data(new HParamsPluginData { SessionEndInfo = end }), 0);
    }

    /// <summary>The run (subdirectory) of trial <paramref name="number"/>.</summary>
    public static string RunName(int number) => string.Create(CultureInfo.InvariantCulture, $"trial_{number:D4}");

    private static byte[] Data(HParamsPluginData data)
    {
        data.Version = 0;
        return data.ToByteArray();
    }

    private static double Seconds() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;

    private static DataType TypeOf(HyperParameterType type) => type switch
    {
        HyperParameterType.Bool => DataType.Bool,
        HyperParameterType.String => DataType.String,
        _ => DataType.Float64,
    };

    private static Value ValueOf(object value) => value switch
    {
        bool b => Value.ForBool(b),
        string s => Value.ForString(s),
        _ => Value.ForNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
    };
}
