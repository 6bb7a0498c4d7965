using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using TypedGraph.Tests.Models;
using Xunit;
using static TypedGraph.Tests.EventFiles.EventFileReader;
using TensorBoardCallback = TypedGraph.Callbacks.TensorBoard;

namespace TypedGraph.Tests.EventFiles;

/// <summary>
/// Reads what the TensorBoard callback writes with a real reader: <c>protoc</c> (Debian's protobuf-compiler) and
/// TensorBoard's own .proto files (EventFiles/proto). The TFRecord framing is stripped here, with its CRCs checked; each
/// record must then decode as a <c>tensorboard.Event</c>, and the projector config must parse as a
/// <c>tensorboard.projector.ProjectorConfig</c>.
/// </summary>
public sealed partial class ProtocDecodingTests : IDisposable
{
    private const string EventProto = "tensorboard/compat/proto/event.proto";
    private const string ProjectorProto = "tensorboard/plugins/projector/projector_config.proto";
    private static readonly string ProtoDirectory = Path.Combine(AppContext.BaseDirectory, "EventFiles", "proto");
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_record_of_the_event_files_decodes_as_a_tensorboard_Event_with_the_logged_scalars()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(20);
        var callback = new TensorBoardCallback(_temp.Path, histogramFreq: 1);

        var history = model.Fit(x, y, epochs: 2, batchSize: 8, validationSplit: 0.2, callbacks: [callback], verbose: 0);

        var train = DecodeEvents(callback.TrainEventFile!);
        var validation = DecodeEvents(callback.ValidationEventFile!);
        Assert.Equal("file_version: \"brain.Event:2\"", Assert.Single(train[0].Split('\n'), l => l.StartsWith("file_version", StringComparison.Ordinal)));
        Assert.Contains(train, e => e.Contains("graph_def: \"", StringComparison.Ordinal));
        Assert.Contains(train, e => e.Contains("tag: \"Hidden1/weight/histogram\"", StringComparison.Ordinal) && e.Contains("histo {", StringComparison.Ordinal) && e.Contains("bucket_limit: ", StringComparison.Ordinal));

        Assert.Equal(Floats(history, "loss"), Scalars(train, "epoch_loss"));
        Assert.Equal(Floats(history, "acc"), Scalars(train, "epoch_acc"));
        Assert.Equal(Floats(history, "lr"), Scalars(train, "epoch_learning_rate"));
        Assert.Equal(Floats(history, "val_loss"), Scalars(validation, "epoch_loss"));
        Assert.Equal(Floats(history, "val_acc"), Scalars(validation, "epoch_acc"));
    }

    [Fact]
    public void The_projector_config_parses_as_a_ProjectorConfig_and_names_files_inside_the_log_directory()
    {
        using var model = new BagOfWords();
        var (x, y) = ToyData.Tokens(8);
        var labels = _temp["labels.tsv"];
        File.WriteAllLines(labels, Enumerable.Range(0, 20).Select(i => $"token {i}"));
        var logDir = _temp["run"];

        model.Fit(x, y, callbacks: [new TensorBoardCallback(logDir, embeddingsFreq: 1, embeddingsMetadata: new Dictionary<string, string> { ["Embedded"] = labels })], verbose: 0);

        var encoded = Protoc($"--encode=tensorboard.projector.ProjectorConfig {ProjectorProto}", File.ReadAllBytes(Path.Combine(logDir, "projector_config.pbtxt")));
        var decoded = Encoding.UTF8.GetString(Protoc($"--decode=tensorboard.projector.ProjectorConfig {ProjectorProto}", encoded));
        Assert.Equal(
            "embeddings {\n  tensor_name: \"Embedded\"\n  metadata_path: \"Embedded/metadata.tsv\"\n  tensor_shape: 20\n  tensor_shape: 4\n  tensor_path: \"Embedded/tensors.bytes\"\n}\n",
            decoded);
        foreach (Match path in PathField().Matches(decoded))
        {
            // TensorBoard's rule (_rel_to_abs_asset_path): relative to the config's directory, and inside it.
            var resolved = Path.GetFullPath(Path.Combine(logDir, path.Groups[1].Value));
            Assert.StartsWith(Path.GetFullPath(logDir) + Path.DirectorySeparatorChar, resolved, StringComparison.Ordinal);
            Assert.True(File.Exists(resolved), resolved);
        }
    }

    /// <summary>Each record of an event file, decoded by protoc to text format.</summary>
    private static List<string> DecodeEvents(string path) =>
        ReadRecords(path).Select(record => Encoding.UTF8.GetString(Protoc($"--decode=tensorboard.Event {EventProto}", record))).ToList();

    /// <summary>The values of <paramref name="tag"/> in step order, parsed from protoc's text output.</summary>
    private static float[] Scalars(List<string> events, string tag)
    {
        var series = new List<(long Step, float Value)>();
        foreach (var e in events)
        {
            var match = Regex.Match(e, $"value {{\\s*tag: \"{Regex.Escape(tag)}\"\\s*simple_value: (\\S+)\\s*}}");
            if (match.Success)
            {
                var step = Regex.Match(e, @"^step: (\d+)$", RegexOptions.Multiline);
                series.Add((step.Success ? long.Parse(step.Groups[1].Value, CultureInfo.InvariantCulture) : 0, float.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)));
            }
        }

        Assert.Equal(Enumerable.Range(0, series.Count).Select(i => (long)i), series.Select(s => s.Step));
        return series.Select(s => s.Value).ToArray();
    }

    private static float[] Floats(History history, string key) => history[key].Select(v => (float)v).ToArray();

    /// <summary>Runs <c>protoc -I proto ARGS</c> with <paramref name="input"/> on stdin; returns stdout, failing the test on any error.</summary>
    private static byte[] Protoc(string arguments, byte[] input) => ProtocRunner.Run(ProtoDirectory, arguments, input);

    [GeneratedRegex("_path: \"([^\"]*)\"")]
    private static partial Regex PathField();
}
