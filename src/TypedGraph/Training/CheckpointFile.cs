using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using TorchSharp;
using static TorchSharp.torch;

namespace TypedGraph;

/// <summary>
/// Reads and writes the weights files of TorchSharp's <c>Module.save</c>: an entry count, then per state entry its
/// name, dtype, shape and raw data (integers 7-bit encoded). Writing is atomic (temp file in the same directory, then
/// rename), and loading checks names, shapes and dtypes first, so a wrong file gives a clear message instead of
/// TorchSharp's first complaint.
/// </summary>
internal static class CheckpointFile
{
    /// <summary>One state entry of a checkpoint: its name, dtype and shape.</summary>
    public readonly record struct Entry(string Name, ScalarType DType, long[] Shape)
    {
        public override string ToString() => $"{Name} {DType.DisplayName()} {TypedGraph.Shape.Format(Shape)}";
    }

    /// <summary>Saves <paramref name="module"/> to <paramref name="path"/> through a temp file and a rename, so readers never see a half-written file.</summary>
    /// <exception cref="IOException">The file or its directory cannot be written; no partial file is left behind.</exception>
    public static void Save(nn.Module module, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(full)!;
        var temp = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            module.save(temp);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temp);
            throw new IOException($"Cannot write the checkpoint '{full}': {error.Message}", error);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Loads <paramref name="path"/> into <paramref name="module"/> after checking that its entries match the module's state.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CheckpointMismatchException">The file is not a checkpoint, or not of this architecture.</exception>
    public static void Load(nn.Module module, string path, string modelName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The checkpoint '{path}' does not exist.", path);
        }

        List<Entry> found;
        try
        {
            found = ReadEntries(path);
        }
        catch (Exception error) when (error is EndOfStreamException or FormatException or InvalidDataException or OverflowException)
        {
            throw new CheckpointMismatchException(
                path, [], $"'{path}' is not a TorchSharp weights file (as Module.save or ModelCheckpoint write): {error.Message}", error);
        }

        var expected = new List<Entry>();
        foreach (var (name, tensor) in module.state_dict())
        {
            expected.Add(new Entry(name, tensor.dtype, tensor.shape));
        }

        var differences = Compare(expected, found);
        if (differences.Count > 0)
        {
            var message = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"The checkpoint '{path}' does not fit model {modelName}: it holds {found.Count} entries, the model has {expected.Count}.");
            foreach (var difference in differences)
            {
                message.Append("\n  ").Append(difference);
            }

            throw new CheckpointMismatchException(path, differences, message.ToString());
        }

        module.load(path);
    }

    /// <summary>Reads the names, dtypes and shapes of a checkpoint without loading its data.</summary>
    /// <exception cref="InvalidDataException">The file is not laid out as a checkpoint.</exception>
    public static List<Entry> ReadEntries(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var count = reader.Read7BitEncodedInt64();
        if (count < 0 || count > stream.Length)
        {
            throw new InvalidDataException($"it starts with an entry count of {count}.");
        }

        var entries = new List<Entry>((int)count);
        for (long i = 0; i < count; i++)
        {
            var name = reader.ReadString();
            var type = reader.Read7BitEncodedInt64();
            var elementSize = ElementSize(type) ?? throw new InvalidDataException($"entry '{name}' has the unknown dtype code {type}.");
            var rank = reader.Read7BitEncodedInt64();
            if (rank is < 0 or > 64)
            {
                throw new InvalidDataException($"entry '{name}' has rank {rank}.");
            }

            var shape = new long[rank];
            long elements = 1;
            for (var d = 0; d < rank; d++)
            {
                shape[d] = reader.Read7BitEncodedInt64();
                if (shape[d] < 0)
                {
                    throw new InvalidDataException($"entry '{name}' has a negative dimension.");
                }

                elements = checked(elements * shape[d]);
            }

            var bytes = checked(elements * elementSize);
            if (stream.Position + bytes > stream.Length)
            {
                throw new InvalidDataException($"entry '{name}' {Shape.Format(shape)} needs {bytes} bytes but the file ends before.");
            }

            stream.Seek(bytes, SeekOrigin.Current);
            entries.Add(new Entry(name, (ScalarType)type, shape));
        }

        if (stream.Position != stream.Length)
        {
            throw new InvalidDataException($"{stream.Length - stream.Position} bytes follow the last of its {count} entries.");
        }

        return entries;
    }

    private static List<string> Compare(List<Entry> expected, List<Entry> found)
    {
        var byName = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var entry in found)
        {
            byName[entry.Name] = entry;
        }

        var differences = new List<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in expected)
        {
            known.Add(entry.Name);
            if (!byName.TryGetValue(entry.Name, out var other))
            {
                differences.Add($"missing: {entry} (the file has no '{entry.Name}')");
            }
            else if (!SameShape(entry.Shape, other.Shape) || entry.DType != other.DType)
            {
                differences.Add($"different: {entry.Name} is {entry.DType.DisplayName()} {Shape.Format(entry.Shape)} in the model but {other.DType.DisplayName()} {Shape.Format(other.Shape)} in the file");
            }
        }

        foreach (var entry in found)
        {
            if (!known.Contains(entry.Name))
            {
                differences.Add($"unexpected: {entry} (the model has no '{entry.Name}')");
            }
        }

        return differences;
    }

    private static bool SameShape(long[] a, long[] b) => a.AsSpan().SequenceEqual(b);

    private static int? ElementSize(long type) => (ScalarType)type switch
    {
        ScalarType.Byte or ScalarType.Int8 or ScalarType.Bool => 1,
        ScalarType.Int16 or ScalarType.Float16 or ScalarType.BFloat16 => 2,
        ScalarType.Int32 or ScalarType.Float32 => 4,
        ScalarType.Int64 or ScalarType.Float64 or ScalarType.ComplexFloat32 => 8,
        ScalarType.ComplexFloat64 => 16,
        _ => null,
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Nothing more to clean up.
        }
    }
}
