using System.Collections.Generic;

namespace TypedGraph.Callbacks;

/// <summary>
/// Encodes a model's <see cref="Node"/>s as a TensorFlow <c>GraphDef</c> for TensorBoard's Graphs tab: one
/// <c>NodeDef</c> per node, named after it, <c>op</c> = its layer type, <c>input</c> = the names of the nodes it reads,
/// and attributes <c>_output_shapes</c> (batch and symbolic dimensions as -1, symbolic ones named) and
/// <c>parameters</c> (the node's parameter count).
/// </summary>
internal static class GraphDefBuilder
{
    public static byte[] Build(IReadOnlyList<Node> nodes)
    {
        var graph = new ProtoWriter();
        foreach (var node in nodes)
        {
            var nodeDef = new ProtoWriter().String(1, node.Name).String(2, node.LayerType);
            foreach (var input in node.Inputs)
            {
                nodeDef.String(3, input.Name);
            }

            var shapes = new ProtoWriter().Message(7, ShapeProto(node.OutputShape));
            nodeDef.Message(5, new ProtoWriter().String(1, "_output_shapes").Message(2, new ProtoWriter().Message(1, shapes)));
            nodeDef.Message(5, new ProtoWriter().String(1, "parameters").Message(2, new ProtoWriter().Int64(3, node.ParameterCount)));
            graph.Message(1, nodeDef);
        }

        graph.Message(4, new ProtoWriter().Int64(1, 22)); // versions { producer: 22 }
        return graph.ToArray();
    }

    private static ProtoWriter ShapeProto(Shape shape)
    {
        var proto = new ProtoWriter();
        foreach (var dim in shape.Dims)
        {
            var dimProto = new ProtoWriter();
            if (dim.Size is { } size)
            {
                dimProto.Int64(1, size);
            }
            else
            {
                dimProto.Int64(1, -1).String(2, dim.ToString());
            }

            proto.Message(2, dimProto);
        }

        return proto;
    }
}
