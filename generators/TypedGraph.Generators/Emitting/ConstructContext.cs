using TypedGraph.Generators.Analysis;

namespace TypedGraph.Generators.Emitting;

/// <summary>What a layer needs to declare and create the module a node owns.</summary>
/// <param name="Field">The field that holds the module.</param>
/// <param name="Input">The shape of the node's first input (null for nodes without inputs).</param>
/// <param name="Shape">The node's own output shape.</param>
/// <param name="Format">The model's data format.</param>
internal sealed record ConstructContext(string Field, TensorShape? Input, TensorShape Shape, DataFormat Format)
{
    public const string Nn = EmitContext.Nn;
    public const string Tg = EmitContext.Tg;
}
