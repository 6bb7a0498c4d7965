using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary><c>[Flatten]</c>: every per-sample axis into one, in Keras's (row-major, logical) order.</summary>
[LayerKind(typeof(FlattenAttribute))]
internal sealed record FlattenLayer : LayerSpec
{
    public override string KerasType => "Flatten";

    public static LayerSpec Parse(LayerReader reader) => new FlattenLayer();

    public override string Describe() => "Flatten";

    public override InferenceResult Infer(InferContext context) =>
        new TensorShape(new[] { context.X.SampleDims.Aggregate(Dim.Of(1), (acc, d) => acc * d) }.ToEquatableArray());

    protected override string Expression(EmitContext context) => Flattened(context);

    /// <summary>The flatten call, which reads the same in C# and Python.</summary>
    private static string Flattened(NodeContext context) => $"{context.X}.flatten(1)";

    protected override string PyTorchExpression(PythonEmitContext context) => Flattened(context);

    /// <summary><c>Flatten</c> of Keras's layout (the input permuted first when it is stored channels-first, as in the forward step).</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context) =>
        context.Assign(OnnxContext.AddNode("Flatten", [context.X], OnnxContext.Int("axis", 1)));
}
