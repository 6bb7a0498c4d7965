using System.IO;

namespace TypedGraph.Interop.PyTorch;

/// <summary>The Python sources TypedGraph embeds in what it exports for PyTorch.</summary>
internal static class PyTorchSources
{
    private const string SafetensorsIoResource = "TypedGraph.Interop.PyTorch.safetensors_io.py";

    /// <summary>
    /// <c>safetensors_io.py</c>: <c>save_file</c>, <c>load_file</c>, <c>save_weights(model, path)</c> and
    /// <c>load_weights(model, path)</c> for PyTorch ≥ 1.13 with nothing else installed; writes the same bytes as
    /// <see cref="Safetensors"/>.
    /// </summary>
    public static string SafetensorsIo => Read(SafetensorsIoResource);

    private static string Read(string name)
    {
        using var stream = typeof(PyTorchSources).Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"The resource '{name}' is missing from {typeof(PyTorchSources).Assembly.GetName().Name}.", name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
