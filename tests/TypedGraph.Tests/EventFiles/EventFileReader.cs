using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace TypedGraph.Tests.EventFiles;

/// <summary>
/// An independent reader of TensorBoard event files for the tests: TFRecord framing with both masked CRC-32C checks
/// (a bit-by-bit CRC, not the writer's table), and a generic protobuf field decoder.
/// </summary>
internal static class EventFileReader
{
    /// <summary>The records of a TFRecord file; throws when a length or a CRC does not check out.</summary>
    public static List<byte[]> ReadRecords(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var records = new List<byte[]>();
        var offset = 0;
        while (offset < bytes.Length)
        {
            var header = bytes.AsSpan(offset, 8);
            var length = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(header));
            var lengthCrc = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + 8, 4));
            if (lengthCrc != MaskedCrc(header))
            {
                throw new InvalidDataException($"Bad length CRC at offset {offset}.");
            }

            var data = bytes.AsSpan(offset + 12, length).ToArray();
            var dataCrc = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + 12 + length, 4));
            if (dataCrc != MaskedCrc(data))
            {
                throw new InvalidDataException($"Bad data CRC at offset {offset}.");
            }

            records.Add(data);
            offset += 12 + length + 4;
        }

        return records;
    }

    public static uint Crc32C(ReadOnlySpan<byte> data)
    {
        var crc = uint.MaxValue;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc >> 1) ^ (0x82F63B78u & (uint)-(int)(crc & 1));
            }
        }

        return ~crc;
    }

    public static uint MaskedCrc(ReadOnlySpan<byte> data)
    {
        var crc = Crc32C(data);
        return unchecked(((crc >> 15) | (crc << 17)) + 0xA282EAD8u);
    }

    /// <summary>Decodes one protobuf message into its fields, in order.</summary>
    public static List<Field> Decode(byte[] message)
    {
        var fields = new List<Field>();
        var offset = 0;
        while (offset < message.Length)
        {
            var key = Varint(message, ref offset);
            var number = (int)(key >> 3);
            var wire = (int)(key & 7);
            switch (wire)
            {
                case 0:
                    fields.Add(new Field(number, wire, Varint(message, ref offset), []));
                    break;
                case 1:
                    fields.Add(new Field(number, wire, BinaryPrimitives.ReadUInt64LittleEndian(message.AsSpan(offset, 8)), []));
                    offset += 8;
                    break;
                case 2:
                    var length = (int)Varint(message, ref offset);
                    fields.Add(new Field(number, wire, 0, message.AsSpan(offset, length).ToArray()));
                    offset += length;
                    break;
                case 5:
                    fields.Add(new Field(number, wire, BinaryPrimitives.ReadUInt32LittleEndian(message.AsSpan(offset, 4)), []));
                    offset += 4;
                    break;
                default:
                    throw new InvalidDataException($"Unsupported wire type {wire}.");
            }
        }

        return fields;
    }

    /// <summary>The events of a file, decoded to what the tests look at.</summary>
    public static List<Event> ReadEvents(string path)
    {
        var events = new List<Event>();
        foreach (var record in ReadRecords(path))
        {
            var e = new Event();
            foreach (var field in Decode(record))
            {
                switch (field.Number)
                {
                    case 1: e.WallTime = BitConverter.UInt64BitsToDouble(field.Value); break;
                    case 2: e.Step = (long)field.Value; break;
                    case 3: e.FileVersion = Encoding.UTF8.GetString(field.Bytes); break;
                    case 4: e.GraphDef = field.Bytes; break;
                    case 5:
                        foreach (var value in Decode(field.Bytes))
                        {
                            e.Values.Add(SummaryValue.From(Decode(value.Bytes)));
                        }

                        break;
                }
            }

            events.Add(e);
        }

        return events;
    }

    private static ulong Varint(byte[] data, ref int offset)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = data[offset++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    internal sealed record Field(int Number, int WireType, ulong Value, byte[] Bytes)
    {
        public string Text => Encoding.UTF8.GetString(Bytes);
    }

    internal sealed class Event
    {
        public double WallTime { get; set; }

        public long Step { get; set; }

        public string? FileVersion { get; set; }

        public byte[]? GraphDef { get; set; }

        public List<SummaryValue> Values { get; } = [];
    }

    internal sealed record SummaryValue(string Tag, float? SimpleValue, List<Field>? Histogram)
    {
        public static SummaryValue From(List<Field> fields)
        {
            string tag = "";
            float? simple = null;
            List<Field>? histogram = null;
            foreach (var field in fields)
            {
                switch (field.Number)
                {
                    case 1: tag = field.Text; break;
                    case 2: simple = BitConverter.UInt32BitsToSingle((uint)field.Value); break;
                    case 5: histogram = Decode(field.Bytes); break;
                }
            }

            return new SummaryValue(tag, simple, histogram);
        }
    }
}
