using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.Callbacks;

/// <summary>
/// Writes TensorBoard logs the way Keras' <c>TensorBoard</c> callback lays them out: event files in
/// <c>logDir/train</c> and <c>logDir/validation</c>; per epoch (step = 0-based epoch) the scalars <c>epoch_loss</c>,
/// <c>epoch_acc</c>… (validation values without their <c>val_</c> prefix, in <c>validation</c>) and
/// <c>epoch_learning_rate</c> (in <c>train</c>); every <c>histogramFreq</c> epochs a histogram of every parameter and
/// buffer (<c>Node/weight/histogram</c>); with <c>writeGraph</c> the model graph (one node per <see cref="Node"/>) for
/// the Graphs tab; every <c>embeddingsFreq</c> epochs the weights of every Embedding layer for the projector
/// (<c>projector_config.pbtxt</c>, <c>Node/tensors.bytes</c>, <c>Node/metadata.tsv</c>). View with
/// <c>tensorboard --logdir logDir</c>.
/// </summary>
/// <remarks>
/// Projector tensors are raw little-endian float32 rows with their shape in the config (<c>tensor_shape</c>), which
/// TensorBoard's projector reads with <c>np.fromfile</c> once the file fails to decode as UTF-8 text: 4 bytes a value
/// instead of ~11 for round-trip decimal TSV, and no formatting (docs/performance.md has the numbers). The rare table whose bytes start like text (an all-zero table) is written
/// as TSV instead, so TensorBoard never mistakes one format for the other. Every file the config names lies inside
/// <c>logDir</c> and is named relative to it, as TensorBoard requires: a metadata file given in
/// <c>embeddingsMetadata</c> is copied there.
/// </remarks>
public sealed class TensorBoard : Callback, IDisposable
{
    private const string LearningRateTag = "epoch_learning_rate";
    private const string ProjectorConfigFile = "projector_config.pbtxt";
    private const string MetadataFile = "metadata.tsv";
    private const string BinaryTensorsFile = "tensors.bytes";
    private const string TextTensorsFile = "tensors.tsv";
    private readonly IReadOnlyDictionary<string, string>? _embeddingsMetadata;
    private EventFileWriter? _train;
    private EventFileWriter? _validation;

    /// <summary>Creates the callback with Keras' defaults.</summary>
    /// <param name="logDir">The run's directory; created when missing.</param>
    /// <param name="histogramFreq">Write weight histograms every this many epochs (0 = never).</param>
    /// <param name="writeGraph">Whether to write the model graph.</param>
    /// <param name="embeddingsFreq">Write Embedding weights for the projector every this many epochs (0 = never).</param>
    /// <param name="embeddingsMetadata">
    /// Per Embedding node name, a metadata file (one label per row, or a header and tab-separated columns) to show in the
    /// projector, copied into the log directory when training begins; row indices otherwise.
    /// </param>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public TensorBoard(
        string logDir = "logs",
        int histogramFreq = 0,
        bool writeGraph = true,
        int embeddingsFreq = 0,
        IReadOnlyDictionary<string, string>? embeddingsMetadata = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(logDir);
        ArgumentOutOfRangeException.ThrowIfNegative(histogramFreq);
        ArgumentOutOfRangeException.ThrowIfNegative(embeddingsFreq);
        LogDir = logDir;
        HistogramFreq = histogramFreq;
        WriteGraph = writeGraph;
        EmbeddingsFreq = embeddingsFreq;
        _embeddingsMetadata = embeddingsMetadata;
    }

    /// <summary>The run's directory.</summary>
    public string LogDir { get; }

    /// <summary>Weight histograms are written every this many epochs (0 = never).</summary>
    public int HistogramFreq { get; }

    /// <summary>Whether the model graph is written.</summary>
    public bool WriteGraph { get; }

    /// <summary>Embedding weights are written every this many epochs (0 = never).</summary>
    public int EmbeddingsFreq { get; }

    /// <summary>The event file of the training values of the current or last <c>Fit</c>.</summary>
    public string? TrainEventFile { get; private set; }

    /// <summary>The event file of the validation values of the current or last <c>Fit</c>; <see langword="null"/> without validation.</summary>
    public string? ValidationEventFile { get; private set; }

    /// <inheritdoc/>
    public override void OnTrainBegin(IReadOnlyDictionary<string, double> logs)
    {
        Close();
        _train = new EventFileWriter(Path.Combine(LogDir, "train"));
        TrainEventFile = _train.Path;
        ValidationEventFile = null;
        if (Params.ValidationSamples > 0)
        {
            _validation = new EventFileWriter(Path.Combine(LogDir, "validation"));
            ValidationEventFile = _validation.Path;
        }

        if (WriteGraph)
        {
            _train.Graph(GraphDefBuilder.Build(Model.Nodes));
        }

        if (EmbeddingsFreq > 0)
        {
            WriteProjectorMetadata();
        }

        _train.Flush();
    }

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        if (_train is null)
        {
            return;
        }

        foreach (var (name, value) in logs)
        {
            if (LogKeys.IsAlias(name))
            {
                continue; // each value once, under its canonical name (acc, not accuracy)
            }

            if (name == LogKeys.LearningRate)
            {
                _train.Scalar(LearningRateTag, value, epoch);
            }
            else if (name.StartsWith(LogKeys.ValidationPrefix, StringComparison.Ordinal))
            {
                _validation?.Scalar("epoch_" + name[LogKeys.ValidationPrefix.Length..], value, epoch);
            }
            else
            {
                _train.Scalar("epoch_" + name, value, epoch);
            }
        }

        if (HistogramFreq > 0 && epoch % HistogramFreq == 0)
        {
            WriteHistograms(epoch);
        }

        if (EmbeddingsFreq > 0 && epoch % EmbeddingsFreq == 0)
        {
            WriteEmbeddings();
        }

        _train.Flush();
        _validation?.Flush();
    }

    /// <inheritdoc/>
    public override void OnTrainEnd(IReadOnlyDictionary<string, double> logs) => Close();

    /// <inheritdoc/>
    internal override void OnAbort() => Close();

    /// <summary>Closes the event files if training was interrupted by an exception.</summary>
    public void Dispose() => Close();

    /// <inheritdoc/>
    internal override void Validate(TrainingParameters parameters)
    {
        try
        {
            Directory.CreateDirectory(Path.Combine(LogDir, "train"));
            if (parameters.ValidationSamples > 0)
            {
                Directory.CreateDirectory(Path.Combine(LogDir, "validation"));
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"TensorBoard cannot write to the log directory '{LogDir}': {error.Message}", error);
        }

        if (EmbeddingsFreq > 0 && _embeddingsMetadata is not null)
        {
            ValidateMetadata();
        }
    }

    private void WriteHistograms(int epoch)
    {
        foreach (var (node, module) in DistinctModules())
        {
            foreach (var (name, tensor) in module.state_dict())
            {
                if (torch.is_floating_point(tensor))
                {
                    _train!.Histogram($"{node.Name}/{name}/histogram", HistogramBuilder.Build(tensor), epoch);
                }
            }
        }
    }

    /// <summary>Refuses, before the first epoch, metadata for nodes that are not Embedding layers and metadata files that do not exist.</summary>
    private void ValidateMetadata()
    {
        var embeddings = Embeddings();
        foreach (var (node, file) in _embeddingsMetadata!)
        {
            var index = embeddings.FindIndex(e => e.Node.Name == node);
            if (index < 0)
            {
                var names = string.Join(", ", embeddings.ConvertAll(e => e.Node.Name));
                throw new ArgumentException(
                    $"embeddingsMetadata names '{node}', which is not an Embedding node of this model; its Embedding nodes: {(names.Length == 0 ? "none" : names)}.",
                    "embeddingsMetadata");
            }

            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"The projector metadata file '{file}' given for '{node}' does not exist.", file);
            }

            // TensorBoard's rule: a first line with a tab is a header of column names; every other line labels one row.
            long lines = 0;
            var header = 0;
            foreach (var line in File.ReadLines(file))
            {
                header = lines == 0 && line.Contains('\t', StringComparison.Ordinal) ? 1 : header;
                lines++;
            }

            var rows = embeddings[index].Embedding.weight!.size(0);
            if (lines - header != rows)
            {
                throw new ArgumentException(
                    $"The projector metadata file '{file}' given for '{node}' labels {lines - header} rows{(header == 1 ? " (after its header line)" : string.Empty)} but the embedding has {rows}.",
                    "embeddingsMetadata");
            }
        }
    }

    /// <summary>Puts each Embedding's metadata in its directory under the log directory: the user's file copied, or row indices.</summary>
    private void WriteProjectorMetadata()
    {
        foreach (var (node, embedding) in Embeddings())
        {
            var directory = Path.Combine(LogDir, node.Name);
            Directory.CreateDirectory(directory);
            var target = Path.Combine(directory, MetadataFile);
            var temp = target + ".tmp";
            if (_embeddingsMetadata is not null && _embeddingsMetadata.TryGetValue(node.Name, out var source))
            {
                File.Copy(source, temp, overwrite: true);
            }
            else
            {
                var rows = embedding.weight!.size(0);
                var indices = new StringBuilder();
                for (long r = 0; r < rows; r++)
                {
                    indices.Append(r.ToString(CultureInfo.InvariantCulture)).Append('\n');
                }

                File.WriteAllText(temp, indices.ToString());
            }

            File.Move(temp, target, overwrite: true);
        }
    }

    private void WriteEmbeddings()
    {
        var config = new StringBuilder();
        foreach (var (node, embedding) in Embeddings())
        {
            var directory = Path.Combine(LogDir, node.Name);
            Directory.CreateDirectory(directory);
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var weights = embedding.weight!.detach().to_type(ScalarType.Float32).cpu().contiguous();
            var rows = weights.size(0);
            var columns = weights.size(1);
            var bytes = weights.bytes;
            var binary = ReadsAsBinary(bytes);
            var file = binary ? BinaryTensorsFile : TextTensorsFile;
            if (binary)
            {
                WriteFloat32LittleEndian(Path.Combine(directory, file), bytes);
            }
            else
            {
                WriteTsv(Path.Combine(directory, file), weights.data<float>().ToArray(), columns);
            }

            File.Delete(Path.Combine(directory, binary ? TextTensorsFile : BinaryTensorsFile));
            config.Append("embeddings {\n")
                .Append(CultureInfo.InvariantCulture, $"  tensor_name: \"{node.Name}\"\n")
                .Append(CultureInfo.InvariantCulture, $"  tensor_shape: {rows}\n")
                .Append(CultureInfo.InvariantCulture, $"  tensor_shape: {columns}\n")
                .Append(CultureInfo.InvariantCulture, $"  tensor_path: \"{node.Name}/{file}\"\n")
                .Append(CultureInfo.InvariantCulture, $"  metadata_path: \"{node.Name}/{MetadataFile}\"\n")
                .Append("}\n");
        }

        var configPath = Path.Combine(LogDir, ProjectorConfigFile);
        File.WriteAllText(configPath + ".tmp", config.ToString());
        File.Move(configPath + ".tmp", configPath, overwrite: true);
    }

    /// <summary>
    /// Whether TensorBoard's projector will read <paramref name="float32"/> as a binary tensor. It first parses a tensor
    /// file as UTF-8 TSV and falls back to <c>np.fromfile</c> only on a decoding error, which must therefore occur in
    /// the file's first line (before the first <c>\n</c>, or <c>\r</c>, which Python's text mode also ends lines at).
    /// Random or trained weights almost always qualify: their first line is valid UTF-8 only when a <c>\n</c>/<c>\r</c> byte
    /// comes before any invalid sequence (about 1 table in 60); that table, like an all-zero one, is written as TSV.
    /// </summary>
    internal static bool ReadsAsBinary(ReadOnlySpan<byte> float32)
    {
        var end = float32.IndexOfAny((byte)'\n', (byte)'\r');
        return !System.Text.Unicode.Utf8.IsValid(end < 0 ? float32 : float32[..end]);
    }

    private static void WriteFloat32LittleEndian(string path, ReadOnlySpan<byte> nativeFloat32)
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
        {
            if (BitConverter.IsLittleEndian)
            {
                stream.Write(nativeFloat32);
            }
            else
            {
                var swapped = nativeFloat32.ToArray();
                for (var i = 0; i < swapped.Length; i += 4)
                {
                    swapped.AsSpan(i, 4).Reverse();
                }

                stream.Write(swapped);
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    private static void WriteTsv(string path, float[] values, long columns)
    {
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16))
        {
            Span<char> number = stackalloc char[32];
            for (var i = 0; i < values.Length; i++)
            {
                if (i % columns != 0)
                {
                    writer.Write('\t');
                }

                values[i].TryFormat(number, out var written, "R", CultureInfo.InvariantCulture);
                writer.Write(number[..written]);
                if ((i + 1) % columns == 0)
                {
                    writer.Write('\n');
                }
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    private List<(Node Node, nn.Module Module)> DistinctModules()
    {
        var seen = new HashSet<nn.Module>(ReferenceEqualityComparer.Instance);
        var modules = new List<(Node, nn.Module)>();
        foreach (var node in Model.Nodes)
        {
            if (node.Module is { } module && seen.Add(module))
            {
                modules.Add((node, module));
            }
        }

        return modules;
    }

    private List<(Node Node, Embedding Embedding)> Embeddings()
    {
        var embeddings = new List<(Node, Embedding)>();
        foreach (var (node, module) in DistinctModules())
        {
            if (module is Embedding embedding)
            {
                embeddings.Add((node, embedding));
            }
        }

        return embeddings;
    }

    private void Close()
    {
        _train?.Dispose();
        _train = null;
        _validation?.Dispose();
        _validation = null;
    }
}
