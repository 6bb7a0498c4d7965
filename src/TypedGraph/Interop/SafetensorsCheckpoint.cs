using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph.Interop;

/// <summary>
/// A module's state dict (parameters and buffers, TorchSharp's <c>state_dict()</c> keys) as a safetensors file: what
/// <c>SaveSafetensors</c> and <c>LoadSafetensors</c> do.
/// </summary>
internal static class SafetensorsCheckpoint
{
    /// <summary>The <c>__metadata__</c> written: <c>format = pt</c>, which Hugging Face loaders expect of PyTorch weights.</summary>
    private static readonly Dictionary<string, string> Metadata = new(StringComparer.Ordinal) { ["format"] = "pt" };

    /// <summary>Writes <paramref name="module"/>'s state dict to <paramref name="path"/> atomically.</summary>
    /// <exception cref="IOException">The file cannot be written; no partial file is left behind.</exception>
    public static void Save(nn.Module module, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Safetensors.Save(path, module.state_dict(), Metadata);
    }

    /// <summary>
    /// Loads <paramref name="path"/> into <paramref name="module"/>: first checks that the file holds exactly the module's
    /// state-dict names with the same dtypes and shapes, then reads every tensor, then copies them in, so the module is
    /// unchanged when anything is wrong.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid safetensors file.</exception>
    /// <exception cref="CheckpointMismatchException">The file holds the weights of another architecture.</exception>
    public static void Load(nn.Module module, string path, string modelName)
    {
        using var stream = Safetensors.OpenRead(path);
        var header = Safetensors.ReadHeader(stream, path);
        var state = module.state_dict();
        var differences = Compare(state, header);
        if (differences.Count > 0)
        {
            var message = new StringBuilder().Append(
                CultureInfo.InvariantCulture,
                $"The safetensors file '{path}' does not fit model {modelName}: it holds {header.Entries.Count} tensors, the model has {state.Count}.");
            foreach (var difference in differences)
            {
                message.Append("\n  ").Append(difference);
            }

            throw new CheckpointMismatchException(path, differences, message.ToString());
        }

        var loaded = new List<(Tensor Target, Tensor Value)>(state.Count);
        try
        {
            foreach (var (name, target) in state)
            {
                header.TryGetEntry(name, out var entry);
                loaded.Add((target, Safetensors.ReadTensor(stream, header, entry!, path)));
            }

            using (no_grad())
            {
                foreach (var (target, value) in loaded)
                {
                    target.copy_(value);
                }
            }
        }
        finally
        {
            foreach (var (_, value) in loaded)
            {
                value.Dispose();
            }
        }
    }

    private static List<string> Compare(Dictionary<string, Tensor> state, SafetensorsHeader header)
    {
        var differences = new List<string>();
        foreach (var (name, tensor) in state)
        {
            var dtype = DTypeName(tensor.dtype);
            var shape = SafetensorsEntry.FormatShape(tensor.shape);
            if (!header.TryGetEntry(name, out var entry))
            {
                differences.Add($"missing: {name} {dtype} {shape} (the file has no '{name}')");
            }
            else if (entry.DType != dtype || !SameShape(tensor.shape, entry.Shape))
            {
                differences.Add($"different: {name} is {dtype} {shape} in the model but {entry.DType} {SafetensorsEntry.FormatShape(entry.Shape)} in the file");
            }
        }

        foreach (var entry in header.Entries)
        {
            if (!state.ContainsKey(entry.Name))
            {
                differences.Add($"unexpected: {entry} (the model has no '{entry.Name}')");
            }
        }

        return differences;
    }

    private static string DTypeName(ScalarType type)
    {
        try
        {
            return SafetensorsDTypes.Of(type).Name;
        }
        catch (NotSupportedException)
        {
            return type.ToString();
        }
    }

    private static bool SameShape(long[] shape, IReadOnlyList<long> other)
    {
        if (shape.Length != other.Count)
        {
            return false;
        }

        for (var i = 0; i < shape.Length; i++)
        {
            if (shape[i] != other[i])
            {
                return false;
            }
        }

        return true;
    }
}
