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
/// (<c>projector_config.pbtxt</c>, <c>Node/tensors.tsv</c>, <c>Node/metadata.tsv</c>). View with
/// <c>tensorboard --logdir logDir</c>.
/// </summary>
public sealed class TensorBoard : Callback, IDisposable
{
    private const string LearningRateTag = "epoch_learning_rate";
    private readonly IReadOnlyDictionary<string, string>? _embeddingsMetadata;
    private EventFileWriter? _train;
    private EventFileWriter? _validation;

    /// <summary>Creates the callback with Keras' defaults.</summary>
    /// <param name="logDir">The run's directory; created when missing.</param>
    /// <param name="histogramFreq">Write weight histograms every this many epochs (0 = never).</param>
    /// <param name="writeGraph">Whether to write the model graph.</param>
    /// <param name="embeddingsFreq">Write Embedding weights for the projector every this many epochs (0 = never).</param>
    /// <param name="embeddingsMetadata">Per Embedding node name, a metadata file (one label per row) to show in the projector; row indices otherwise.</param>
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
            WriteProjectorConfig();
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

    private void WriteProjectorConfig()
    {
        var config = new StringBuilder();
        foreach (var (node, _) in Embeddings())
        {
            var metadata = _embeddingsMetadata is not null && _embeddingsMetadata.TryGetValue(node.Name, out var file)
                ? Path.GetFullPath(file)
                : $"{node.Name}/metadata.tsv";
            config.Append("embeddings {\n")
                .Append(CultureInfo.InvariantCulture, $"  tensor_name: \"{node.Name}\"\n")
                .Append(CultureInfo.InvariantCulture, $"  tensor_path: \"{node.Name}/tensors.tsv\"\n")
                .Append(CultureInfo.InvariantCulture, $"  metadata_path: \"{metadata.Replace("\\", "\\\\", StringComparison.Ordinal)}\"\n")
                .Append("}\n");
        }

        File.WriteAllText(Path.Combine(LogDir, "projector_config.pbtxt"), config.ToString());
    }

    private void WriteEmbeddings()
    {
        foreach (var (node, embedding) in Embeddings())
        {
            var directory = Path.Combine(LogDir, node.Name);
            Directory.CreateDirectory(directory);
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var weights = embedding.weight!.detach().to_type(ScalarType.Float32).cpu();
            var rows = weights.size(0);
            var columns = weights.size(1);
            var values = weights.data<float>().ToArray();
            var tensors = new StringBuilder();
            var metadata = new StringBuilder();
            for (long r = 0; r < rows; r++)
            {
                for (long c = 0; c < columns; c++)
                {
                    if (c > 0)
                    {
                        tensors.Append('\t');
                    }

                    tensors.Append(values[(r * columns) + c].ToString("R", CultureInfo.InvariantCulture));
                }

                tensors.Append('\n');
                metadata.Append(r.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            AtomicWrite(Path.Combine(directory, "tensors.tsv"), tensors.ToString());
            AtomicWrite(Path.Combine(directory, "metadata.tsv"), metadata.ToString());
        }
    }

    private static void AtomicWrite(string path, string text)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, text);
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
