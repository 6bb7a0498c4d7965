using System;
using System.IO;
using Google.Protobuf;
using TypedGraph.Interop.Onnx.Proto;
using static TorchSharp.torch;

namespace TypedGraph.Interop.Onnx;

/// <summary>Conversions between TorchSharp tensors and element types and their ONNX counterparts.</summary>
internal static class OnnxTensors
{
    /// <summary>The ONNX element type (<c>TensorProto.DataType</c>) of a TorchSharp element type.</summary>
    /// <exception cref="NotSupportedException">ONNX has no such type.</exception>
    public static TensorProto.Types.DataType ElementType(ScalarType type) => type switch
    {
        ScalarType.Float32 => TensorProto.Types.DataType.Float,
        ScalarType.Float64 => TensorProto.Types.DataType.Double,
        ScalarType.Float16 => TensorProto.Types.DataType.Float16,
        ScalarType.BFloat16 => TensorProto.Types.DataType.Bfloat16,
        ScalarType.Int64 => TensorProto.Types.DataType.Int64,
        ScalarType.Int32 => TensorProto.Types.DataType.Int32,
        ScalarType.Int16 => TensorProto.Types.DataType.Int16,
        ScalarType.Int8 => TensorProto.Types.DataType.Int8,
        ScalarType.Byte => TensorProto.Types.DataType.Uint8,
        ScalarType.Bool => TensorProto.Types.DataType.Bool,
        ScalarType.ComplexFloat32 => TensorProto.Types.DataType.Complex64,
        ScalarType.ComplexFloat64 => TensorProto.Types.DataType.Complex128,
        _ => throw new NotSupportedException($"ONNX has no element type for TorchSharp's {type}."),
    };

    /// <summary>
    /// A <c>TensorProto</c> named <paramref name="name"/> holding a copy of <paramref name="tensor"/> (any device and
    /// layout): dims, element type and <c>raw_data</c> (little-endian, C order).
    /// </summary>
    /// <exception cref="NotSupportedException">The element type has no ONNX counterpart, or the tensor exceeds protobuf's 2 GB.</exception>
    public static TensorProto ToProto(string name, Tensor tensor)
    {
        var type = ElementType(tensor.dtype);
        var bytes = tensor.numel() * tensor.element_size();
        if (bytes > int.MaxValue)
        {
            throw new NotSupportedException($"The tensor '{name}' takes {bytes} bytes; ONNX protobuf files hold at most 2 GB (external data is not written).");
        }

        var buffer = new byte[bytes];
        using (var stream = new MemoryStream(buffer))
        {
            TensorBytes.Write(stream, tensor);
        }

        var proto = new TensorProto { Name = name, DataType = (int)type, RawData = UnsafeByteOperations.UnsafeWrap(buffer) };
        proto.Dims.AddRange(tensor.shape);
        return proto;
    }
}
