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
        AtomicFile.Write(path, "checkpoint", stream =>
        {
            using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            module.save(writer);
        });
    }

    /// <summary>Opens <paramref name="path"/> for <see cref="Verify"/> and loading.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static FileStream Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The checkpoint '{path}' does not exist.", path);
        }

        return File.OpenRead(path);
    }

    /// <summary>
    /// Checks that the checkpoint in <paramref name="stream"/>, from its current position to its end, is laid out as
    /// <c>Module.save</c> writes it and fits <paramref name="module"/>; leaves the stream where it was.
    /// </summary>
    /// <param name="module">The module the checkpoint is meant for.</param>
    /// <param name="stream">A seekable stream positioned at the checkpoint.</param>
    /// <param name="source">The file (or a description of the stream) for messages.</param>
    /// <param name="modelName">The model's name for messages.</param>
    /// <param name="strict">
    /// Whether the file must hold exactly the module's entries (TorchSharp's <c>strict</c>); otherwise only entries in
    /// both must agree in shape and dtype.
    /// </param>
    /// <param name="skip">State names TorchSharp will not load, so they need not agree.</param>
    /// <param name="toEnd">Whether the checkpoint must end where the stream ends (a file), or may be followed by other data.</param>
    /// <exception cref="CheckpointMismatchException">The stream does not hold a checkpoint, or not one of this architecture.</exception>
    public static void Verify(nn.Module module, Stream stream, string source, string modelName, bool strict, ICollection<string>? skip, bool toEnd)
    {
        var start = stream.Position;
        List<Entry> found;
        try
        {
            found = ReadEntries(stream, toEnd);
        }
        catch (Exception error) when (error is EndOfStreamException or FormatException or InvalidDataException or OverflowException)
        {
            throw new CheckpointMismatchException(
                source, [], $"'{source}' is not a TorchSharp weights file (as Module.save or ModelCheckpoint write): {error.Message}", error);
        }
        finally
        {
            stream.Position = start;
        }

        var expected = new List<Entry>();
        foreach (var (name, tensor) in module.state_dict())
        {
            expected.Add(new Entry(name, tensor.dtype, tensor.shape));
        }

        var differences = Compare(expected, found, strict, skip);
        if (differences.Count > 0)
        {
            var message = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"The checkpoint '{source}' does not fit model {modelName}: it holds {found.Count} entries, the model has {expected.Count}.");
            foreach (var difference in differences)
            {
                message.Append("\n  ").Append(difference);
            }

            throw new CheckpointMismatchException(source, differences, message.ToString());
        }
    }

    /// <summary>
    /// Reads the names, dtypes and shapes of the checkpoint at the current position of <paramref name="stream"/> (which
    /// it must fill to the end when <paramref name="toEnd"/>), without loading its data. Nothing read from a damaged or foreign file reaches a message
    /// unescaped: a name must be short, valid UTF-8 without control characters, or the file is refused without it.
    /// </summary>
    /// <exception cref="InvalidDataException">The stream is not laid out as a checkpoint.</exception>
    /// <exception cref="EndOfStreamException">The stream ends inside an entry's header.</exception>
    public static List<Entry> ReadEntries(Stream stream, bool toEnd)
    {
        var start = stream.Position;
        if (ForeignFormat(stream) is { } format)
        {
            throw new InvalidDataException($"it is {format}.");
        }

        stream.Position = start;
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var count = reader.Read7BitEncodedInt64();
        if (count < 0 || count > stream.Length - start)
        {
            throw new InvalidDataException($"it starts with an entry count of {count}.");
        }

        var entries = new List<Entry>((int)count);
        for (long i = 0; i < count; i++)
        {
            var name = ReadName(reader, i);
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
            if (bytes > stream.Length - stream.Position) // not Position + bytes, which can overflow past the check
            {
                throw new InvalidDataException($"entry '{name}' {Shape.Format(shape)} needs {bytes} bytes but the file ends before.");
            }

            if ((ScalarType)type == ScalarType.Bool)
            {
                CheckBooleans(stream, bytes, name);
            }
            else
            {
                stream.Seek(bytes, SeekOrigin.Current);
            }

            entries.Add(new Entry(name, (ScalarType)type, shape));
        }

        if (toEnd && stream.Position != stream.Length)
        {
            throw new InvalidDataException($"{stream.Length - stream.Position} bytes follow the last of its {count} entries.");
        }

        return entries;
    }

    /// <summary>
    /// Reads a Bool entry's data and refuses a byte other than 0 or 1 (the rule of every reader, <see cref="Interop.TensorBytes.BooleanViolation"/>):
    /// libtorch would load it as a boolean that compares unequal to <c>true</c>. Boolean state (masks) is small.
    /// </summary>
    private static void CheckBooleans(Stream stream, long bytes, string name)
    {
        var buffer = new byte[(int)Math.Min(bytes, 1 << 16)];
        for (long done = 0; done < bytes;)
        {
            var chunk = (int)Math.Min(buffer.Length, bytes - done);
            stream.ReadExactly(buffer, 0, chunk);
            if (Interop.TensorBytes.BooleanViolation(buffer.AsSpan(0, chunk), done) is { } violation)
            {
                throw new InvalidDataException($"entry '{name}' {violation}");
            }

            done += chunk;
        }
    }

    /// <summary>
    /// Reads one entry name as <c>BinaryWriter.Write(string)</c> wrote it, refusing what no <c>Module.save</c> writes: a
    /// very long name, bytes that are not UTF-8, control characters. The refusal never quotes the raw bytes.
    /// </summary>
    private static string ReadName(BinaryReader reader, long index)
    {
        var length = reader.Read7BitEncodedInt();
        if (length is < 0 or > MaxNameBytes)
        {
            throw new InvalidDataException($"entry {index} has a name of {length} bytes.");
        }

        var bytes = reader.ReadBytes(length);
        if (bytes.Length != length)
        {
            throw new EndOfStreamException($"the file ends inside the name of entry {index}.");
        }

        string name;
        try
        {
            name = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException($"the name of entry {index} is not UTF-8 text.");
        }

        foreach (var c in name)
        {
            if (!IsNameCharacter(c))
            {
                throw new InvalidDataException($"the name of entry {index} holds control, format or unassigned characters, which no module name has.");
            }
        }

        return name;
    }

    /// <summary>
    /// Whether <paramref name="c"/> can be part of a state name (any letter, digit, punctuation or symbol); control,
    /// format (bidirectional overrides), private-use, unassigned and separator characters other than the space cannot.
    /// </summary>
    internal static bool IsNameCharacter(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };

    /// <summary>Recognizes the weight formats users confuse with TorchSharp's by their leading bytes.</summary>
    private static string? ForeignFormat(Stream stream)
    {
        Span<byte> head = stackalloc byte[16];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return "a ZIP archive (as PyTorch's torch.save, NumPy's .npz and Keras' .keras files are)";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'H', (byte)'D', (byte)'F', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "an HDF5 file (as Keras' .h5 weights are)";
        }

        if (head.Length >= 10 && head[8] == (byte)'{' && head[9] is (byte)'"' or (byte)'}' && BitConverter.ToUInt64(head) is > 1 and < 100_000_000)
        {
            return "a safetensors file (a JSON header after its 8-byte length); read it with LoadSafetensors";
        }

        return null;
    }

    private static List<string> Compare(List<Entry> expected, List<Entry> found, bool strict, ICollection<string>? skip)
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
                if (strict)
                {
                    differences.Add($"missing: {entry} (the file has no '{entry.Name}')");
                }
            }
            else if (skip?.Contains(entry.Name) != true && (!SameShape(entry.Shape, other.Shape) || entry.DType != other.DType))
            {
                differences.Add($"different: {entry.Name} is {entry.DType.DisplayName()} {Shape.Format(entry.Shape)} in the model but {other.DType.DisplayName()} {Shape.Format(other.Shape)} in the file");
            }
        }

        foreach (var entry in found)
        {
            if (strict && !known.Contains(entry.Name))
            {
                differences.Add($"unexpected: {entry} (the model has no '{entry.Name}')");
            }
        }

        return differences;
    }

    /// <summary>Longer than any state name a module could have; a longer one means the bytes are not a name.</summary>
    private const int MaxNameBytes = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
}
