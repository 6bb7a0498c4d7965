using TypedGraph.Generators.Analysis;

namespace TypedGraph.Generators.Emitting;

/// <summary>What a layer needs to declare and create the module a node owns.</summary>
/// <param name="Field">The field that holds the module.</param>
/// <param name="Inputs">The shapes of the node's inputs, in order.</param>
/// <param name="Shape">The node's own output shape.</param>
/// <param name="Format">The model's data format.</param>
internal sealed record ConstructContext(string Field, System.Collections.Generic.IReadOnlyList<TensorShape> Inputs, TensorShape Shape, DataFormat Format)
{
    /// <summary>The shape of the node's first input (null for nodes without inputs).</summary>
    public TensorShape? Input => Inputs.Count > 0 ? Inputs[0] : null;

    /// <summary>A size the module needs, as C#: the constant, or the expression of the model's hyper-parameters.</summary>
    public static string Size(Dim dim) => DimCode.Of(dim);

    public const string Nn = EmitContext.Nn;
    public const string Tg = EmitContext.Tg;
}
