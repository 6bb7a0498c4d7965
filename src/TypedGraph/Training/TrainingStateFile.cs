using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TorchSharp;
using TorchSharp.Modules;
using TypedGraph.Callbacks;

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
        catch (Exception error) when (error is EndOfStreamException or InvalidDataException or IOException or FormatException)
        {
            throw new CheckpointMismatchException(path, [], $"'{path}' is not a TypedGraph training state (as SaveTrainingState writes): {error.Message}", error);
        }

        // Everything is checked before anything is loaded, so a refused file leaves the model (weights and optimizer) as it was.
        var weightsAt = stream.Position;
        var optimizer = CheckOptimizer(module, stream, reader, ensureOptimizer, path);
        stream.Position = weightsAt;
        // The optimizer state is read after the weights: keep both, to put them back if it turns out damaged.
        byte[]? optimizerBefore = null;
        if (optimizer is not null)
        {
            using var snapshot = new MemoryStream();
            using (var writer = new BinaryWriter(snapshot, Encoding.UTF8, leaveOpen: true))
            {
                optimizer.save_state_dict(writer);
            }

            optimizerBefore = snapshot.ToArray();
        }

        var weightsBefore = WeightsSnapshot.OfState(module);
        try
        {
            module.load(reader, strict: true);
            if (reader.ReadBoolean())
            {
                optimizer!.load_state_dict(reader);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Any failure (TorchSharp's readers throw many kinds on damaged bytes: native ExternalException for a bad
            // dtype, OutOfMemoryException for an absurd length, NotImplementedException over 2 GB …) puts the model back.
            try
            {
                weightsBefore.Restore();
                if (optimizer is not null)
                {
                    using var reload = new BinaryReader(new MemoryStream(optimizerBefore!), Encoding.UTF8);
                    optimizer.load_state_dict(reload);
                }
            }
            catch (Exception restoreError) when (restoreError is not OperationCanceledException)
            {
                throw new CheckpointMismatchException(path, [], $"The training state '{path}' is damaged or does not fit this model's optimizer: {error.Message}; putting the model back failed too: {restoreError.Message}.", new AggregateException(error, restoreError));
            }

            if (error is CheckpointMismatchException)
            {
                throw;
            }

            throw new CheckpointMismatchException(path, [], $"The training state '{path}' is damaged or does not fit this model's optimizer: {error.Message}; nothing was loaded.", error);
        }
        finally
        {
            weightsBefore.Release();
        }

        return new TrainingState(epoch, hyperParameters, notes);
    }

    /// <summary>
    /// Checks the weights section (names, shapes, dtypes) and, when the file holds an optimizer state, that the model's
    /// optimizer is of the same kind, without loading anything; returns the optimizer to load into (null when the file
    /// holds none). Leaves the stream at an unspecified position.
    /// </summary>
    private static OptimizerHelper? CheckOptimizer(torch.nn.Module module, Stream stream, BinaryReader reader, Func<torch.optim.Optimizer> ensureOptimizer, string path)
    {
        CheckpointFile.Verify(module, stream, path, module.GetName(), strict: true, skip: null, toEnd: false);
        string saved;
        try
        {
            CheckpointFile.ReadEntries(stream, toEnd: false);
            if (!reader.ReadBoolean())
            {
                return null;
            }

            saved = reader.ReadString();
        }
        catch (Exception error) when (error is EndOfStreamException or InvalidDataException or IOException or FormatException or OverflowException)
        {
            throw new CheckpointMismatchException(path, [], $"'{path}' is not a TypedGraph training state (as SaveTrainingState writes): its optimizer state is cut short or damaged ({error.Message}).", error);
        }

        if (ensureOptimizer() is not OptimizerHelper optimizer)
        {
            throw new NotSupportedException("The model's optimizer cannot load a saved state: only TorchSharp's built-in optimizers (OptimizerHelper) can.");
        }

        var kind = optimizer.GetType().Name;
        if (saved != kind)
        {
            var known = saved is "Adam" or "RMSProp" or "SGD";
            var hint = saved switch
            {
                "Adam" => " (Optimizers.Adam(…))",
                "RMSProp" => " (Optimizers.RmsProp(…))",
                "SGD" => " (Optimizers.Sgd(…))",
                _ => string.Empty,
            };
            throw new CheckpointMismatchException(
                path,
                [$"optimizer: saved {(known ? saved : "unknown")}, this model's {kind}"],
                $"The training state '{path}' holds the optimizer state of {(known ? saved : "an optimizer TypedGraph does not create")}, but this model's optimizer is {kind}. " +
                $"Compile the model with the optimizer it was saved with{hint} before LoadTrainingState; nothing was loaded.");
        }

        return optimizer;
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
