using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.Threading;

namespace TypedGraph.Callbacks;

/// <summary>
/// Writes a TensorBoard event file (<c>events.out.tfevents.{seconds}.{host}.{pid}.{n}.v2</c>): TFRecord framing — the
/// length as a little-endian uint64, the masked CRC-32C of those 8 bytes, the serialized <c>Event</c>, the masked
/// CRC-32C of it — starting with the <c>brain.Event:2</c> version event.
/// </summary>
internal sealed class EventFileWriter : IDisposable
{
    private static int s_counter;
    private readonly FileStream _stream;

    /// <exception cref="IOException">The directory or the file cannot be created.</exception>
    public EventFileWriter(string directory)
    {
        Directory.CreateDirectory(directory);
        var seconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"events.out.tfevents.{seconds}.{Environment.MachineName}.{Environment.ProcessId}.{Interlocked.Increment(ref s_counter)}.v2");
        Path = System.IO.Path.Combine(directory, name);
        _stream = new FileStream(Path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        Write(new ProtoWriter().Double(1, WallTime()).String(3, "brain.Event:2"));
    }

    /// <summary>The event file.</summary>
    public string Path { get; }

    /// <summary>An event with one scalar summary value (<c>simple_value</c>).</summary>
    public void Scalar(string tag, double value, long step) =>
        Summary(step, new ProtoWriter().String(1, tag).Float(2, (float)value));

    /// <summary>
    /// An event with one summary value owned by a TensorBoard plugin: <c>metadata.plugin_data</c> names the plugin and
    /// carries its serialized content; the tensor is the scalar 0.0f TensorBoard's own plugin summaries carry.
    /// </summary>
    public void PluginSummary(string tag, string pluginName, byte[] content, long step) =>
        Summary(step, new ProtoWriter()
            .String(1, tag)
            .Message(8, new ProtoWriter().Int64(1, 1).Message(2, new ProtoWriter()).Bytes(5, new byte[4]))
            .Message(9, new ProtoWriter().Message(1, new ProtoWriter().String(1, pluginName).Bytes(2, content))));

    /// <summary>An event with one histogram summary value.</summary>
    public void Histogram(string tag, ProtoWriter histogram, long step) =>
        Summary(step, new ProtoWriter().String(1, tag).Message(5, histogram));

    /// <summary>An event carrying a serialized <c>GraphDef</c>.</summary>
    public void Graph(byte[] graphDef) => Write(new ProtoWriter().Double(1, WallTime()).Int64(2, 0).Bytes(4, graphDef));

    public void Flush() => _stream.Flush();

    public void Dispose() => _stream.Dispose();

    private static double WallTime() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;

    private void Summary(long step, ProtoWriter value) =>
        Write(new ProtoWriter().Double(1, WallTime()).Int64(2, step).Message(5, new ProtoWriter().Message(1, value)));

    private void Write(ProtoWriter eventMessage)
    {
        var data = eventMessage.ToArray();
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt64LittleEndian(header, (ulong)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], Crc32C.Masked(header[..8]));
        Span<byte> footer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(footer, Crc32C.Masked(data));
        _stream.Write(header);
        _stream.Write(data);
        _stream.Write(footer);
    }
}
