using System.IO;

namespace TypedGraph.Interop.PyTorch;

/// <summary>The Python sources TypedGraph embeds in what it exports for PyTorch.</summary>
internal static class PyTorchSources
{
    private const string SafetensorsIoResource = "TypedGraph.Interop.PyTorch.safetensors_io.py";
    private const string LayersResource = "TypedGraph.Interop.PyTorch.layers.py";
    private const string TrainResource = "TypedGraph.Interop.PyTorch.train.py";

    /// <summary>The placeholder in <see cref="Train"/> that the export replaces with the model's training spec (JSON).</summary>
    public const string TrainSpecPlaceholder = "__TYPEDGRAPH_SPEC__";

    /// <summary>
    /// <c>safetensors_io.py</c>: <c>save_file</c>, <c>load_file</c>, <c>save_weights(model, path)</c> and
    /// <c>load_weights(model, path)</c> for PyTorch ≥ 1.13 with nothing else installed; writes the same bytes as
    /// <see cref="Safetensors"/>.
    /// </summary>
    public static string SafetensorsIo => Read(SafetensorsIoResource);

    /// <summary>
    /// <c>layers.py</c>: the helpers (Keras "same" padding and pooling) and the twins of TypedGraph's own modules
    /// (<c>SeparableConv2d</c>, <c>BatchNorm</c>, <c>MultiHeadAttention</c>) that exported models use.
    /// </summary>
    public static string Layers => Read(LayersResource);

    /// <summary><c>train.py</c>: the torchrun-ready training script, with <see cref="TrainSpecPlaceholder"/> for the model's spec.</summary>
    public static string Train => Read(TrainResource);

    private static string Read(string name)
    {
        using var stream = typeof(PyTorchSources).Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"The resource '{name}' is missing from {typeof(PyTorchSources).Assembly.GetName().Name}.", name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
