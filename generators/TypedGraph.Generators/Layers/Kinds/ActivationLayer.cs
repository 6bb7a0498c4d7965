using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary><c>[Activate(a)]</c>: an element-wise activation (softmax over Keras's last axis).</summary>
[LayerKind(typeof(ActivateAttribute))]
internal sealed record ActivationLayer(Activation Activation) : LayerSpec
{
    public override Activation FinalActivation => Activation;

    public override string KerasType => "Activation";

    public static LayerSpec Parse(LayerReader reader) => new ActivationLayer(reader.Attribute<ActivateAttribute>().Activation);

    public override string Describe() => $"Activate({Activation})";

    public override InferenceResult Infer(InferContext context) => context.X;

    /// <summary>
    /// Every activation keeps its input's storage: softmax reads Keras's last axis where the storage keeps it
    /// (<see cref="NodeContext.ActivationAxis"/>), so no permute is needed.
    /// </summary>
    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) => inputs[0];

    protected override string Expression(EmitContext context) => context.Activate(context.Input(0, context.Storage), Activation);

    protected override string PyTorchExpression(PythonEmitContext context) => context.Activate(context.Input(0, context.Storage), Activation);

    /// <summary>The activation on the input as stored (softmax over Keras's last axis wherever it is stored).</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context) => context.Assign(context.Input(0, context.Storage), Activation);
}
