using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using TypedGraph.Tests.Callbacks;
using TypedGraph.Tests.Models;
using Xunit;
using static TorchSharp.torch;
using static TypedGraph.Tests.EventFiles.EventFileReader;
using TensorBoardCallback = TypedGraph.Callbacks.TensorBoard;

namespace TypedGraph.Tests.EventFiles;

public sealed class TensorBoardTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Crc32C_matches_the_standard_check_value()
    {
        var check = Encoding.ASCII.GetBytes("123456789");

        Assert.Equal(0xE3069283u, Crc32C(check));
        Assert.Equal(0xE3069283u, TypedGraph.Callbacks.Crc32C.Compute(check));
    }

    [Fact]
    public void Epoch_scalars_go_to_train_and_validation_event_files_in_the_keras_layout()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(20);
        var callback = new TensorBoardCallback(_temp.Path, writeGraph: false);

        var history = model.Fit(x, y, epochs: 3, batchSize: 8, validationSplit: 0.2, callbacks: [callback], verbose: 0);

        var train = ReadEvents(Assert.Single(Directory.GetFiles(_temp["train"])));
        var validation = ReadEvents(Assert.Single(Directory.GetFiles(_temp["validation"])));
        Assert.Equal("brain.Event:2", train[0].FileVersion);
        Assert.Equal("brain.Event:2", validation[0].FileVersion);
        Assert.Matches(@"^events\.out\.tfevents\.\d+\..+\.v2$", Path.GetFileName(callback.TrainEventFile));
        Assert.InRange(train[1].WallTime, DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 600, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);

        Assert.Equal(Scalars(history, "loss"), Series(train, "epoch_loss"));
        Assert.Equal(Scalars(history, "acc"), Series(train, "epoch_acc"));
        Assert.Equal(Scalars(history, "lr"), Series(train, "epoch_learning_rate"));
        Assert.Equal(Scalars(history, "val_loss"), Series(validation, "epoch_loss"));
        Assert.Equal(Scalars(history, "val_acc"), Series(validation, "epoch_acc"));
        Assert.DoesNotContain(train.SelectMany(e => e.Values), v => v.Tag.StartsWith("epoch_val", StringComparison.Ordinal));
    }

    [Fact]
    public void The_graph_event_holds_one_node_per_model_node_with_op_inputs_and_output_shape()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);

        model.Fit(x, y, epochs: 1, batchSize: 8, callbacks: [new TensorBoardCallback(_temp.Path)], verbose: 0);

        Assert.False(Directory.Exists(_temp["validation"]));
        var graph = Assert.Single(ReadEvents(Directory.GetFiles(_temp["train"])[0]), e => e.GraphDef is not null).GraphDef!;
        var nodes = Decode(graph).Where(f => f.Number == 1).Select(f => Decode(f.Bytes)).ToList();
        Assert.Equal(["Features", "Hidden1", "Hidden2", "Probabilities"], nodes.Select(n => n.Single(f => f.Number == 1).Text));
        Assert.Equal(["InputLayer", "Dense", "Dense", "Dense"], nodes.Select(n => n.Single(f => f.Number == 2).Text));
        Assert.Equal(["Hidden1"], nodes[2].Where(f => f.Number == 3).Select(f => f.Text));
        Assert.DoesNotContain(nodes[0], f => f.Number == 3);

        var attributes = nodes[1].Where(f => f.Number == 5).Select(f => Decode(f.Bytes)).ToDictionary(a => a[0].Text, a => Decode(a[1].Bytes));
        var shape = Decode(Decode(attributes["_output_shapes"].Single(f => f.Number == 1).Bytes).Single(f => f.Number == 7).Bytes);
        var dims = shape.Where(f => f.Number == 2).Select(f => (long)Decode(f.Bytes)[0].Value).ToList();
        Assert.Equal([-1L, 32L], dims);
        Assert.Equal(64 * 32 + 32, (long)attributes["parameters"].Single(f => f.Number == 3).Value);
    }

    [Fact]
    public void Weight_histograms_are_written_every_histogram_freq_epochs()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);

        model.Fit(x, y, epochs: 3, batchSize: 8, callbacks: [new TensorBoardCallback(_temp.Path, histogramFreq: 2, writeGraph: false)], verbose: 0);

        var events = ReadEvents(Directory.GetFiles(_temp["train"])[0]);
        var histograms = events.SelectMany(e => e.Values.Select(v => (e.Step, v))).Where(p => p.v.Histogram is not null).ToList();
        Assert.Equal([0L, 2L], histograms.Select(h => h.Step).Distinct());
        Assert.Equal(
            ["Hidden1/weight/histogram", "Hidden1/bias/histogram", "Hidden2/weight/histogram", "Hidden2/bias/histogram", "Probabilities/weight/histogram", "Probabilities/bias/histogram"],
            histograms.Where(h => h.Step == 0).Select(h => h.v.Tag));

        var weight = histograms.First(h => h.Step == 2 && h.v.Tag == "Hidden1/weight/histogram").v.Histogram!;
        double Scalar(int field) => BitConverter.UInt64BitsToDouble(weight.Single(f => f.Number == field).Value);
        var limits = Doubles(weight.Single(f => f.Number == 6).Bytes);
        var counts = Doubles(weight.Single(f => f.Number == 7).Bytes);
        using var scope = NewDisposeScope();
        var values = model.state_dict()["hidden1.weight"];
        Assert.Equal(2048, Scalar(3));
        Assert.Equal(values.min().item<float>(), Scalar(1), 6);
        Assert.Equal(values.max().item<float>(), Scalar(2), 6);
        Assert.Equal(values.to_type(ScalarType.Float64).sum().item<double>(), Scalar(4), 6);
        Assert.Equal(30, limits.Length);
        Assert.Equal(2048, counts.Sum());
        Assert.Equal(Scalar(2), limits[^1]);
    }

    [Fact]
    public void Embedding_weights_are_written_for_the_projector_as_raw_float32_with_their_shape_in_the_config()
    {
        // Reproducible weights (the process-wide generator is shared with parallel tests) and no shuffle: about 1 in 60
        // random tables has a first line that parses as UTF-8 and is written as TSV instead (the next test); with these
        // weights the trained table's first line does not.
        using var model = new BagOfWords();
        using (var generator = new Generator(5))
        using (no_grad())
        {
            foreach (var parameter in model.parameters())
            {
                using var drawn = rand(parameter.shape, generator: generator);
                parameter.copy_(drawn.mul_(0.2).sub_(0.1));
            }
        }

        var (x, y) = ToyData.Tokens(12);

        model.Fit(x, y, epochs: 2, batchSize: 4, callbacks: [new TensorBoardCallback(_temp.Path, writeGraph: false, embeddingsFreq: 1)], shuffle: false, verbose: 0);

        Assert.Equal(
            "embeddings {\n  tensor_name: \"Embedded\"\n  tensor_shape: 20\n  tensor_shape: 4\n  tensor_path: \"Embedded/tensors.bytes\"\n  metadata_path: \"Embedded/metadata.tsv\"\n}\n",
            File.ReadAllText(_temp["projector_config.pbtxt"]));
        var bytes = File.ReadAllBytes(_temp["Embedded", "tensors.bytes"]);
        Assert.Equal(20 * 4 * sizeof(float), bytes.Length);
        var values = Enumerable.Range(0, 80).Select(i => BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * 4))).ToArray();
        using var scope = NewDisposeScope();
        Assert.Equal(model.state_dict()["embedded.weight"].data<float>().ToArray(), values);
        Assert.True(TypedGraph.Callbacks.TensorBoard.ReadsAsBinary(bytes));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => i.ToString(CultureInfo.InvariantCulture)), File.ReadAllLines(_temp["Embedded", "metadata.tsv"]));
        Assert.Equal(["metadata.tsv", "tensors.bytes"], _temp.FileNames("Embedded"));
    }

    [Fact]
    public void A_table_whose_bytes_would_parse_as_text_is_written_as_tsv_so_tensorboard_reads_it_right()
    {
        using var model = new BagOfWords();
        using (no_grad())
        {
            model.state_dict()["embedded.weight"].zero_();
        }

        var callback = new TensorBoardCallback(_temp.Path, writeGraph: false, embeddingsFreq: 1);
        CallbackDriver.Begin(callback, model);
        callback.OnEpochEnd(0, new Dictionary<string, double> { ["loss"] = 1 });

        Assert.False(TypedGraph.Callbacks.TensorBoard.ReadsAsBinary(new byte[80]));
        Assert.Contains("tensor_path: \"Embedded/tensors.tsv\"", File.ReadAllText(_temp["projector_config.pbtxt"]), StringComparison.Ordinal);
        Assert.Equal(Enumerable.Repeat("0\t0\t0\t0", 20), File.ReadAllLines(_temp["Embedded", "tensors.tsv"]));
        Assert.Equal(["metadata.tsv", "tensors.tsv"], _temp.FileNames("Embedded"));

        using (no_grad())
        {
            model.state_dict()["embedded.weight"].fill_(-0.5f); // bytes 00 00 00 BF: a continuation byte with no lead byte
        }

        callback.OnEpochEnd(1, new Dictionary<string, double> { ["loss"] = 1 });
        callback.OnTrainEnd(new Dictionary<string, double>());

        Assert.Contains("tensor_path: \"Embedded/tensors.bytes\"", File.ReadAllText(_temp["projector_config.pbtxt"]), StringComparison.Ordinal);
        Assert.Equal(["metadata.tsv", "tensors.bytes"], _temp.FileNames("Embedded"));
    }

    [Fact]
    public void Projector_metadata_is_copied_into_the_log_directory_and_named_relative_to_it()
    {
        using var model = new BagOfWords();
        var (x, y) = ToyData.Tokens(4);
        var labels = _temp["words.tsv"];
        File.WriteAllText(labels, "word\tfrequency\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"w{i}\t{i}\n")));
        var logDir = _temp["run"];

        model.Fit(x, y, callbacks: [new TensorBoardCallback(logDir, writeGraph: false, embeddingsFreq: 1, embeddingsMetadata: new Dictionary<string, string> { ["Embedded"] = labels })], verbose: 0);

        Assert.Contains("metadata_path: \"Embedded/metadata.tsv\"", File.ReadAllText(Path.Combine(logDir, "projector_config.pbtxt")), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(labels), File.ReadAllText(Path.Combine(logDir, "Embedded", "metadata.tsv")));
    }

    [Fact]
    public void Projector_metadata_for_an_unknown_node_a_missing_file_or_another_row_count_fails_before_the_first_epoch()
    {
        using var model = new BagOfWords();
        var (x, y) = ToyData.Tokens(4);
        var shortLabels = _temp["short.tsv"];
        File.WriteAllLines(shortLabels, Enumerable.Range(0, 19).Select(i => $"w{i}"));
        History Fit(string node, string file) => model.Fit(
            x, y, callbacks: [new TensorBoardCallback(_temp["run"], writeGraph: false, embeddingsFreq: 1, embeddingsMetadata: new Dictionary<string, string> { [node] = file })], verbose: 0);

        var unknown = Assert.Throws<ArgumentException>(() => Fit("Pooled", shortLabels));
        var missing = Assert.Throws<FileNotFoundException>(() => Fit("Embedded", _temp["none.tsv"]));
        var rows = Assert.Throws<ArgumentException>(() => Fit("Embedded", shortLabels));

        Assert.StartsWith("embeddingsMetadata names 'Pooled', which is not an Embedding node of this model; its Embedding nodes: Embedded.", unknown.Message, StringComparison.Ordinal);
        Assert.Equal($"The projector metadata file '{_temp["none.tsv"]}' given for 'Embedded' does not exist.", missing.Message);
        Assert.StartsWith($"The projector metadata file '{shortLabels}' given for 'Embedded' labels 19 rows but the embedding has 20.", rows.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp["run", "projector_config.pbtxt"]));
    }

    [Fact]
    public void An_unwritable_log_directory_fails_before_the_first_epoch()
    {
        using var model = new Mlp();
        var (x, y) = ToyData.Classification(8);
        var logDir = Path.Combine(_temp.RegularFile(), "run");

        var error = Assert.Throws<IOException>(() => model.Fit(x, y, callbacks: [new TensorBoardCallback(logDir)], verbose: 0));

        Assert.StartsWith($"TensorBoard cannot write to the log directory '{logDir}': ", error.Message, StringComparison.Ordinal);
    }

    private static float[] Scalars(History history, string key) => history[key].Select(v => (float)v).ToArray();

    private static float[] Series(List<Event> events, string tag)
    {
        var series = new List<(long Step, float Value)>();
        foreach (var e in events)
        {
            foreach (var value in e.Values)
            {
                if (value.Tag == tag)
                {
                    series.Add((e.Step, value.SimpleValue!.Value));
                }
            }
        }

        Assert.Equal(Enumerable.Range(0, series.Count).Select(i => (long)i), series.Select(s => s.Step));
        return series.Select(s => s.Value).ToArray();
    }

    private static double[] Doubles(byte[] packed)
    {
        var values = new double[packed.Length / 8];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadDoubleLittleEndian(packed.AsSpan(i * 8));
        }

        return values;
    }
}
