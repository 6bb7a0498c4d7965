using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using static TorchSharp.torch;

namespace TypedGraph.Interop;

/// <summary>
/// Reads and writes the safetensors format (huggingface/safetensors): an 8-byte little-endian header length, a UTF-8
/// JSON header <c>{name: {"dtype", "shape", "data_offsets"}, "__metadata__": {…}}</c> padded with spaces to a
/// multiple of 8 bytes, then the raw little-endian, C-order data of every tensor, back to back. Files are written as
/// the reference implementation writes them (tensors sorted by decreasing alignment, then by name; compact JSON with
/// <c>__metadata__</c> first), and read with the reference's checks plus a few more (duplicate names, boolean bytes).
/// </summary>
public static class Safetensors
{
    /// <summary>The largest header the reference implementation accepts, in bytes.</summary>
    public const long MaxHeaderLength = 100_000_000;

    private const string MetadataKey = "__metadata__";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Writes <paramref name="tensors"/> to <paramref name="path"/> atomically (a temp file in the same directory, then a
    /// rename). Tensors may live on any device and have any layout; they are written in C order.
    /// </summary>
    /// <param name="path">The file to write; its directory is created when missing.</param>
    /// <param name="tensors">Name → tensor, e.g. a module's <c>state_dict()</c>. Names must be distinct and not <c>__metadata__</c>.</param>
    /// <param name="metadata">Free-form string pairs for the header's <c>__metadata__</c>; omitted when null or empty.</param>
    /// <exception cref="ArgumentException">A name is repeated, reserved or not valid UTF-16.</exception>
    /// <exception cref="NotSupportedException">A tensor has an element type the format lacks (complex128).</exception>
    /// <exception cref="IOException">The file cannot be written; no partial file is left behind.</exception>
    public static void Save(string path, IEnumerable<KeyValuePair<string, Tensor>> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(tensors);
        var prepared = Prepare(tensors, metadata);
        AtomicFile.Write(path, "safetensors file", stream => WritePrepared(stream, prepared));
    }

    /// <summary>Writes <paramref name="tensors"/> in the safetensors format to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where to write, from its current position.</param>
    /// <param name="tensors">Name → tensor. Names must be distinct and not <c>__metadata__</c>.</param>
    /// <param name="metadata">Free-form string pairs for the header's <c>__metadata__</c>; omitted when null or empty.</param>
    /// <exception cref="ArgumentException">A name is repeated, reserved or not valid UTF-16.</exception>
    /// <exception cref="NotSupportedException">A tensor has an element type the format lacks (complex128).</exception>
    public static void Write(Stream stream, IEnumerable<KeyValuePair<string, Tensor>> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(tensors);
        WritePrepared(stream, Prepare(tensors, metadata));
    }

    /// <summary>Reads and validates the header of <paramref name="path"/> without reading tensor data.</summary>
    /// <param name="path">The safetensors file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid safetensors file; the message names it and what is wrong.</exception>
    public static SafetensorsHeader ReadHeader(string path)
    {
        using var stream = OpenRead(path);
        return ReadHeader(stream, path);
    }

    /// <summary>
    /// Reads every tensor of <paramref name="path"/> into new CPU tensors, in the order of their data in the file. The
    /// tensors belong to the caller (or to the caller's dispose scope).
    /// </summary>
    /// <param name="path">The safetensors file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid safetensors file; the message names it and what is wrong.</exception>
    /// <exception cref="NotSupportedException">A tensor has an element type TorchSharp lacks (<c>U16</c>, <c>F8_E4M3</c>…).</exception>
    public static Dictionary<string, Tensor> Load(string path)
    {
        using var stream = OpenRead(path);
        var header = ReadHeader(stream, path);
        var result = new Dictionary<string, Tensor>(header.Entries.Count, StringComparer.Ordinal);
        try
        {
            foreach (var entry in header.Entries)
            {
                result.Add(entry.Name, ReadTensor(stream, header, entry, path));
            }
        }
        catch
        {
            foreach (var tensor in result.Values)
            {
                tensor.Dispose();
            }

            throw;
        }

        return result;
    }

    /// <summary>Opens <paramref name="path"/> for reading, with the format's wording when it does not exist.</summary>
    internal static FileStream OpenRead(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The safetensors file '{path}' does not exist.", path);
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
    }

    /// <summary>Reads the tensor <paramref name="entry"/> of <paramref name="header"/> into a new CPU tensor.</summary>
    /// <exception cref="NotSupportedException">TorchSharp has no type for the entry's dtype.</exception>
    /// <exception cref="InvalidDataException">A BOOL tensor holds a byte other than 0 or 1, or the file changed underneath.</exception>
    internal static Tensor ReadTensor(Stream stream, SafetensorsHeader header, SafetensorsEntry entry, string source)
    {
        if (entry.ScalarType is not { } type)
        {
            throw new NotSupportedException($"'{source}': tensor '{entry.Name}' has dtype {entry.DType}, for which TorchSharp has no element type.");
        }

        var shape = new long[entry.Shape.Count];
        for (var i = 0; i < shape.Length; i++)
        {
            shape[i] = entry.Shape[i];
        }

        var tensor = empty(shape, type);
        try
        {
            stream.Position = header.DataStart + entry.Begin;
            TensorBytes.Read(stream, tensor, booleans: type == ScalarType.Bool);
            return tensor;
        }
        catch (InvalidDataException error)
        {
            tensor.Dispose();
            throw Corrupt(source, $"tensor '{entry.Name}' {error.Message}", error);
        }
        catch (EndOfStreamException error)
        {
            tensor.Dispose();
            throw Corrupt(source, $"the file ends inside the data of tensor '{entry.Name}' (it changed while being read?).", error);
        }
        catch
        {
            tensor.Dispose();
            throw;
        }
    }

    /// <summary>Reads and validates a header from the start of <paramref name="stream"/>, whose length is the file's.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a valid safetensors file.</exception>
    internal static SafetensorsHeader ReadHeader(Stream stream, string source)
    {
        TensorBytes.ThrowIfBigEndian();
        var fileLength = stream.Length;
        if (fileLength < 8)
        {
            throw Corrupt(source, $"it is {fileLength} bytes long, too short for the 8-byte header length.");
        }

        Span<byte> prefix = stackalloc byte[8];
        stream.Position = 0;
        stream.ReadExactly(prefix);
        var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(prefix);
        if (headerLength > MaxHeaderLength)
        {
            throw Corrupt(source, string.Create(CultureInfo.InvariantCulture, $"its first 8 bytes give a header length of {headerLength} bytes, more than the format's limit of {MaxHeaderLength} (not a safetensors file?)."));
        }

        if ((long)headerLength > fileLength - 8)
        {
            throw Corrupt(source, string.Create(CultureInfo.InvariantCulture, $"its header length is {headerLength} bytes but only {fileLength - 8} bytes follow (truncated?)."));
        }

        var headerBytes = new byte[headerLength];
        stream.ReadExactly(headerBytes);
        var dataStart = 8 + (long)headerLength;
        try
        {
            _ = StrictUtf8.GetCharCount(headerBytes);
        }
        catch (DecoderFallbackException)
        {
            throw Corrupt(source, "its header is not valid UTF-8 (not a safetensors file?).");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(headerBytes, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException error)
        {
            throw Corrupt(source, $"its header is not valid JSON: {error.Message}", error);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Corrupt(source, $"its header is a JSON {Kind(document.RootElement)}, not an object.");
            }

            List<SafetensorsEntry> entries;
            Dictionary<string, string> metadata;
            try
            {
                (entries, metadata) = ParseEntries(document.RootElement, source);
            }
            catch (InvalidOperationException error)
            {
                // Valid JSON, but a string escapes a lone surrogate (\ud800), which no .NET string of a name may hold.
                throw Corrupt(source, @"its header holds a string that is not Unicode text (an escaped lone surrogate such as \ud800).", error);
            }

            var dataLength = CheckLayout(entries, source);
            if (dataStart + dataLength != fileLength)
            {
                throw Corrupt(source, string.Create(
                    CultureInfo.InvariantCulture,
                    $"its header describes {dataLength} bytes of tensor data but {fileLength - dataStart} bytes follow the header ({(dataStart + dataLength > fileLength ? "truncated?" : "trailing bytes")})."));
            }

            return new SafetensorsHeader(entries, metadata, dataStart);
        }
    }

    private static (List<SafetensorsEntry> Entries, Dictionary<string, string> Metadata) ParseEntries(JsonElement root, string source)
    {
        var entries = new List<SafetensorsEntry>();
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            var name = property.Name;
            if (!seen.Add(name))
            {
                throw Corrupt(source, $"its header names '{name}' twice.");
            }

            if (name == MetadataKey)
            {
                ParseMetadata(property.Value, metadata, source);
                continue;
            }

            var value = property.Value;
            if (value.ValueKind != JsonValueKind.Object)
            {
                throw Corrupt(source, $"tensor '{name}' is a JSON {Kind(value)}, not an object with dtype, shape and data_offsets.");
            }

            if (!value.TryGetProperty("dtype", out var dtypeElement) || dtypeElement.ValueKind != JsonValueKind.String)
            {
                throw Corrupt(source, $"tensor '{name}' has no dtype string.");
            }

            var dtype = dtypeElement.GetString()!;
            if (!SafetensorsDTypes.TryGet(dtype, out var info))
            {
                throw Corrupt(source, $"tensor '{name}' has the unknown dtype '{dtype}' (the format defines {SafetensorsDTypes.KnownNames}).");
            }

            var shape = ReadCounts(value, "shape", name, source, expectedCount: null);
            var offsets = ReadCounts(value, "data_offsets", name, source, expectedCount: 2);
            entries.Add(new SafetensorsEntry(name, dtype, shape, offsets[0], offsets[1], info.ScalarType));
        }

        return (entries, metadata);
    }

    private static void ParseMetadata(JsonElement value, Dictionary<string, string> metadata, string source)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Corrupt(source, $"its {MetadataKey} is a JSON {Kind(value)}, not an object of strings.");
        }

        foreach (var pair in value.EnumerateObject())
        {
            if (pair.Value.ValueKind != JsonValueKind.String)
            {
                throw Corrupt(source, $"its {MetadataKey} entry '{pair.Name}' is a JSON {Kind(pair.Value)}, not a string.");
            }

            if (!metadata.TryAdd(pair.Name, pair.Value.GetString()!))
            {
                throw Corrupt(source, $"its {MetadataKey} names '{pair.Name}' twice.");
            }
        }
    }

    private static long[] ReadCounts(JsonElement tensor, string field, string name, string source, int? expectedCount)
    {
        var what = expectedCount is { } n ? string.Create(CultureInfo.InvariantCulture, $"an array of {n} non-negative integers") : "an array of non-negative integers";
        if (!tensor.TryGetProperty(field, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw Corrupt(source, $"tensor '{name}' has no {field} ({what}).");
        }

        var values = new long[array.GetArrayLength()];
        if (expectedCount is { } count && values.Length != count)
        {
            throw Corrupt(source, $"tensor '{name}' has {field} {array.GetRawText()}, not {what}.");
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt64(out var v) || v < 0)
            {
                throw Corrupt(source, $"tensor '{name}' has {field} {array.GetRawText()}, not {what}.");
            }

            values[i++] = v;
        }

        return values;
    }

    /// <summary>
    /// Sorts <paramref name="entries"/> by offsets and checks, as the reference does, that they tile the data section from
    /// 0 without gaps or overlaps and that each entry's byte count is its element count times its element size.
    /// </summary>
    /// <returns>The length of the data section the header describes.</returns>
    private static long CheckLayout(List<SafetensorsEntry> entries, string source)
    {
        entries.Sort(static (a, b) => a.Begin != b.Begin ? a.Begin.CompareTo(b.Begin) : a.End.CompareTo(b.End));
        long expected = 0;
        SafetensorsEntry? previous = null;
        foreach (var entry in entries)
        {
            var range = string.Create(CultureInfo.InvariantCulture, $"[{entry.Begin}, {entry.End})");
            if (entry.End < entry.Begin)
            {
                throw Corrupt(source, $"tensor '{entry.Name}' has data_offsets {range} that end before they begin.");
            }

            if (entry.Begin < expected)
            {
                throw Corrupt(source, string.Create(CultureInfo.InvariantCulture, $"the data of tensor '{entry.Name}' {range} overlaps that of '{previous!.Name}' [{previous.Begin}, {previous.End})."));
            }

            if (entry.Begin > expected)
            {
                throw Corrupt(source, string.Create(CultureInfo.InvariantCulture, $"{entry.Begin - expected} bytes before tensor '{entry.Name}' {range} belong to no tensor."));
            }

            SafetensorsDTypes.TryGet(entry.DType, out var info);
            long bytes;
            try
            {
                long bits = info.Bits;
                foreach (var d in entry.Shape)
                {
                    bits = checked(bits * d);
                }

                if (bits % 8 != 0)
                {
                    throw Corrupt(source, $"tensor '{entry.Name}' {entry.DType} {SafetensorsEntry.FormatShape(entry.Shape)} does not fill whole bytes.");
                }

                bytes = bits / 8;
            }
            catch (OverflowException)
            {
                throw Corrupt(source, $"the size of tensor '{entry.Name}' {entry.DType} {SafetensorsEntry.FormatShape(entry.Shape)} overflows.");
            }

            if (entry.End - entry.Begin != bytes)
            {
                throw Corrupt(source, string.Create(
                    CultureInfo.InvariantCulture,
                    $"tensor '{entry.Name}' is {entry.DType} {SafetensorsEntry.FormatShape(entry.Shape)}, {bytes} bytes, but its data_offsets {range} span {entry.End - entry.Begin}."));
            }

            expected = entry.End;
            previous = entry;
        }

        return expected;
    }

    private sealed record PreparedTensor(string Name, byte[] NameUtf8, SafetensorsDTypes.Info Info, long[] Shape, long Bytes, Tensor Tensor);

    private sealed record Prepared(byte[] Header, List<PreparedTensor> Tensors);

    private static Prepared Prepare(IEnumerable<KeyValuePair<string, Tensor>> tensors, IReadOnlyDictionary<string, string>? metadata)
    {
        TensorBytes.ThrowIfBigEndian();
        var list = new List<PreparedTensor>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, tensor) in tensors)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(tensors));
            ArgumentNullException.ThrowIfNull(tensor, nameof(tensors));
            if (name == MetadataKey)
            {
                throw new ArgumentException($"'{MetadataKey}' is reserved for the header's metadata and cannot name a tensor.", nameof(tensors));
            }

            if (!names.Add(name))
            {
                throw new ArgumentException($"The tensor name '{name}' appears twice.", nameof(tensors));
            }

            var info = SafetensorsDTypes.Of(tensor.dtype);
            var shape = tensor.shape;
            var bytes = checked(tensor.numel() * info.Bits / 8);
            list.Add(new PreparedTensor(name, Utf8(name, nameof(tensors)), info, shape, bytes, tensor));
        }

        // The reference's order: decreasing alignment (its Dtype enum order), then name (byte-wise).
        list.Sort(static (a, b) => a.Info.Rank != b.Info.Rank ? b.Info.Rank.CompareTo(a.Info.Rank) : a.NameUtf8.AsSpan().SequenceCompareTo(b.NameUtf8));

        // serde_json's compact form of the reference's header: __metadata__ first, then the tensors in data order.
        var json = new StringBuilder("{");
        if (metadata is { Count: > 0 })
        {
            var keys = new List<string>(metadata.Keys);
            keys.Sort(StringComparer.Ordinal);
            AppendString(json, MetadataKey).Append(":{");
            for (var i = 0; i < keys.Count; i++)
            {
                AppendString(json.Append(i == 0 ? "" : ","), keys[i]).Append(':');
                AppendString(json, metadata[keys[i]] ?? throw new ArgumentException($"The metadata value of '{keys[i]}' is null.", nameof(metadata)));
            }

            json.Append('}');
        }

        long offset = 0;
        foreach (var tensor in list)
        {
            AppendString(json.Append(json.Length > 1 ? "," : ""), tensor.Name)
                .Append(":{\"dtype\":\"").Append(tensor.Info.Name).Append("\",\"shape\":[")
                .AppendJoin(',', tensor.Shape)
                .Append(CultureInfo.InvariantCulture, $"],\"data_offsets\":[{offset},{offset + tensor.Bytes}]}}");
            offset += tensor.Bytes;
        }

        json.Append('}');
        var text = json.ToString();
        var length = StrictUtf8.GetByteCount(text);
        var padded = (length + 7) / 8 * 8;
        if (padded > MaxHeaderLength)
        {
            throw new ArgumentException($"The header would take {padded} bytes, more than the format's limit of {MaxHeaderLength}.", nameof(tensors));
        }

        var header = new byte[padded];
        StrictUtf8.GetBytes(text, header);
        header.AsSpan(length).Fill((byte)' ');
        return new Prepared(header, list);
    }

    private static void WritePrepared(Stream stream, Prepared prepared)
    {
        Span<byte> prefix = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(prefix, (ulong)prepared.Header.Length);
        stream.Write(prefix);
        stream.Write(prepared.Header);
        foreach (var tensor in prepared.Tensors)
        {
            TensorBytes.Write(stream, tensor.Tensor);
        }
    }

    private static byte[] Utf8(string text, string parameter)
    {
        try
        {
            return StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException error)
        {
            throw new ArgumentException($"The name '{text}' is not valid UTF-16 (a lone surrogate).", parameter, error);
        }
    }

    /// <summary>Appends <paramref name="value"/> as a JSON string, escaped as serde_json escapes (only quotes, backslashes and controls).</summary>
    private static StringBuilder AppendString(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\b': json.Append("\\b"); break;
                case '\f': json.Append("\\f"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                case < ' ': json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"); break;
                default: json.Append(c); break;
            }
        }

        return json.Append('"');
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    private static InvalidDataException Corrupt(string source, string detail, Exception? inner = null) =>
        new($"'{source}' is not a valid safetensors file: {detail}", inner);
}
