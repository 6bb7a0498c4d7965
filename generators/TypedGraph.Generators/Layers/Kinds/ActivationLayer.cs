using System.Collections.Generic;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary><c>[Activate(a)]</c>: an element-wise activation (softmax over the last axis).</summary>
[LayerKind(typeof(ActivateAttribute))]
internal sealed record ActivationLayer(Activation Activation) : LayerSpec
{
    public override Activation FinalActivation => Activation;

    public override string KerasType => "Activation";

    public static LayerSpec Parse(LayerReader reader) => new ActivationLayer(reader.Attribute<ActivateAttribute>().Activation);

    public override string Describe() => $"Activate({Activation})";

    public override InferenceResult Infer(InferContext context) => context.X;

    /// <summary>Element-wise activations keep their input's storage; softmax reads the last axis, so it needs Keras's layout.</summary>
    public override Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) =>
        Activation is Activation.Softmax or Activation.LogSoftmax ? Emitting.Storage.Logical : inputs[0];

    protected override string Expression(EmitContext context) => context.Activate(context.Input(0, context.Storage), Activation);

    protected override string PyTorchExpression(PythonEmitContext context) => context.Activate(context.Input(0, context.Storage), Activation);

    /// <summary>The activation on the input as stored (softmax on Keras's layout, as <see cref="Storage"/> decides).</summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context) => context.Assign(context.Input(0, context.Storage), Activation);
}
