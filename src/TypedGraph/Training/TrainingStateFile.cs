using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using TorchSharp;
using TorchSharp.Modules;

namespace TypedGraph;

/// <summary>
/// The file behind <c>SaveTrainingState</c> / <c>LoadTrainingState</c>: a header (magic, version, epoch, hyper-parameters,
/// notes), the weights as TorchSharp's <c>Module.save</c> writes them, then the optimizer's <c>state_dict</c>
/// (TorchSharp's <c>save_state_dict</c>; absent when no optimizer was created yet). Written through a temp file and a
/// rename, so readers never see a half-written file.
/// </summary>
internal static class TrainingStateFile
{
    private const string Magic = "TypedGraph.TrainingState";
    private const int Version = 1;

    public static void Save(
        torch.nn.Module module,
        torch.optim.Optimizer? optimizer,
        string path,
        int epoch,
        IReadOnlyDictionary<string, double>? hyperParameters,
        IReadOnlyDictionary<string, string>? notes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (optimizer is not null and not OptimizerHelper)
        {
            throw new NotSupportedException(
                $"The optimizer {optimizer.GetType().Name} cannot save its state: only TorchSharp's built-in optimizers (OptimizerHelper) can. Use SaveWeights for the weights alone.");
        }

        AtomicFile.Write(path, "training state", stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(epoch);
            WriteMap(writer, hyperParameters, (w, v) => w.Write(v));
            WriteMap(writer, notes, (w, v) => w.Write(v));
            module.save(writer);
            writer.Write(optimizer is not null);
            (optimizer as OptimizerHelper)?.save_state_dict(writer);
        });
    }

    /// <summary>Reads the file into <paramref name="module"/> and, when the file holds one, the optimizer <paramref name="ensureOptimizer"/> returns.</summary>
    public static TrainingState Load(torch.nn.Module module, Func<torch.optim.Optimizer> ensureOptimizer, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The training state '{path}' does not exist.", path);
        }

        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        int epoch;
        Dictionary<string, double> hyperParameters;
        Dictionary<string, string> notes;
        try
        {
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException("wrong magic");
            }

            var version = reader.ReadInt32();
            if (version != Version)
            {
                throw new InvalidDataException($"version {version}, this TypedGraph reads version {Version}");
            }

            epoch = reader.ReadInt32();
            hyperParameters = ReadMap(reader, r => r.ReadDouble());
            notes = ReadMap(reader, r => r.ReadString());
        }
        catch (Exception error) when (error is EndOfStreamException or InvalidDataException or IOException)
        {
            throw new CheckpointMismatchException(path, [], $"'{path}' is not a TypedGraph training state (as SaveTrainingState writes): {error.Message}", error);
        }

        try
        {
            module.load(reader, strict: true);
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException or EndOfStreamException)
        {
            throw new CheckpointMismatchException(path, [], $"The weights in '{path}' do not fit this model: {error.Message}", error);
        }

        if (reader.ReadBoolean())
        {
            if (ensureOptimizer() is not OptimizerHelper optimizer)
            {
                throw new NotSupportedException("The model's optimizer cannot load a saved state: only TorchSharp's built-in optimizers (OptimizerHelper) can.");
            }

            optimizer.load_state_dict(reader);
        }

        return new TrainingState(epoch, hyperParameters, notes);
    }

    private static void WriteMap<T>(BinaryWriter writer, IReadOnlyDictionary<string, T>? map, Action<BinaryWriter, T> write)
    {
        writer.Write(map?.Count ?? 0);
        if (map is null)
        {
            return;
        }

        foreach (var (key, value) in map)
        {
            writer.Write(key);
            write(writer, value);
        }
    }

    private static Dictionary<string, T> ReadMap<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException($"negative entry count {count}");
        }

        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            map[key] = read(reader);
        }

        return map;
    }
}
