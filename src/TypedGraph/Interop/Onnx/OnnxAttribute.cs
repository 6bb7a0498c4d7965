using System;
using System.Collections.Generic;
using Google.Protobuf;
using TypedGraph.Interop.Onnx.Proto;
using static TorchSharp.torch;

namespace TypedGraph.Interop.Onnx;

// ONNX's own terms: an AttributeProto of type INT, FLOAT, STRING … (not a .NET attribute; factories named after the types).
#pragma warning disable CA1711, CA1720

/// <summary>A named attribute of an ONNX node (<c>AttributeProto</c>), made by one of the typed factories.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public readonly struct OnnxAttribute
{
    private OnnxAttribute(AttributeProto proto) => Proto = proto;

    /// <summary>The attribute's name.</summary>
    public string Name => Proto.Name;

    internal AttributeProto Proto { get; }

    /// <summary>An <c>INT</c> attribute (<c>axis</c>, <c>transB</c>, <c>group</c>…).</summary>
    public static OnnxAttribute Int(string name, long value) => new(Named(name, AttributeProto.Types.AttributeType.Int, a => a.I = value));

    /// <summary>A <c>FLOAT</c> attribute (<c>epsilon</c>, <c>alpha</c>…).</summary>
    public static OnnxAttribute Float(string name, float value) => new(Named(name, AttributeProto.Types.AttributeType.Float, a => a.F = value));

    /// <summary>A <c>STRING</c> attribute (<c>auto_pad</c>, <c>mode</c>…), UTF-8 encoded.</summary>
    public static OnnxAttribute String(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(Named(name, AttributeProto.Types.AttributeType.String, a => a.S = ByteString.CopyFromUtf8(value)));
    }

    /// <summary>An <c>INTS</c> attribute (<c>kernel_shape</c>, <c>pads</c>, <c>perm</c>…).</summary>
    public static OnnxAttribute Ints(string name, params IEnumerable<long> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(Named(name, AttributeProto.Types.AttributeType.Ints, a => a.Ints.AddRange(values)));
    }

    /// <summary>A <c>FLOATS</c> attribute.</summary>
    public static OnnxAttribute Floats(string name, params IEnumerable<float> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(Named(name, AttributeProto.Types.AttributeType.Floats, a => a.Floats.AddRange(values)));
    }

    /// <summary>A <c>STRINGS</c> attribute (LSTM <c>activations</c>…), UTF-8 encoded.</summary>
    public static OnnxAttribute Strings(string name, params IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(Named(name, AttributeProto.Types.AttributeType.Strings, a =>
        {
            foreach (var value in values)
            {
                a.Strings.Add(ByteString.CopyFromUtf8(value ?? throw new ArgumentException("A string attribute value is null.", nameof(values))));
            }
        }));
    }

    /// <summary>A <c>TENSOR</c> attribute (the <c>value</c> of a <c>Constant</c> node), copied from <paramref name="value"/>.</summary>
    public static OnnxAttribute Tensor(string name, Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(Named(name, AttributeProto.Types.AttributeType.Tensor, a => a.T = OnnxTensors.ToProto(string.Empty, value)));
    }

    private static AttributeProto Named(string name, AttributeProto.Types.AttributeType type, Action<AttributeProto> fill)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var proto = new AttributeProto { Name = name, Type = type };
        fill(proto);
        return proto;
    }
}
