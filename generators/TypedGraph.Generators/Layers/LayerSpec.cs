using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Emitting;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// One layer kind with the arguments its attribute gave, and everything the generator knows about that kind: each
/// concrete record is the kind's single home (its file holds how its attribute is read, its shape rule, the sizes its
/// weights depend on, the TorchSharp module it owns and its forward step, and its Keras name). Records compare by value,
/// so a model's spec stays cacheable in the incremental pipeline; the behaviour is pure functions of those values.
/// <see cref="LayerRegistry"/> finds the kinds through <see cref="LayerKindAttribute"/>.
/// </summary>
internal abstract record LayerSpec
{
    /// <summary>The Keras class name shown in <c>Summary()</c> ("Dense", "InputLayer" …).</summary>
    public abstract string KerasType { get; }

    /// <summary>The activation the layer ends with (what a fused loss absorbs, what TG0012 checks).</summary>
    public virtual Activation FinalActivation => Activation.None;

    /// <summary>Whether the node's weights are updated by training (<c>Trainable = false</c> freezes them).</summary>
    public bool Trainable { get; init; } = true;

    /// <summary>Whether the layer reads several nodes (merges, submodels, attention); others read exactly one.</summary>
    public virtual bool AcceptsManyInputs => false;

    /// <summary>
    /// The nodes a layer that names its inputs itself reads (attention's <c>Query</c>, <c>Value</c>, <c>Key</c>), given the
    /// node <c>From</c> or the declaration order would give; null for the usual single input.
    /// </summary>
    public virtual Model.EquatableArray<string>? ResolveInputs(string? single) => null;

    /// <summary>The declaration in attribute notation, for diagnostics: <c>MaxPool2d(2)</c>, <c>Conv2d(64, 3, Stride = 2)</c>.</summary>
    public abstract string Describe();

    /// <summary>
    /// The output shape for the inputs in <paramref name="context"/>, or null (after reporting why) when the layer cannot
    /// take them. Called once per node, in topological order, with every input's shape known.
    /// </summary>
    public abstract InferenceResult Infer(InferContext context);

    /// <summary>
    /// The sizes the layer's weights are allocated for, given its input: a <c>[Shared]</c> application must agree with
    /// the owner's. Null when the weights do not depend on the input.
    /// </summary>
    public virtual string? WeightKey(TensorShape input, DataFormat format) => null;

    /// <summary>
    /// The attribute argument (a constructor position, as <see cref="Parsing.LayerReader.At"/> writes it) that names the
    /// hyper-parameter <paramref name="name"/>, so a failure at a point of the space lands on it; null when none does.
    /// </summary>
    public virtual string? HyperParameterArgument(string name) => null;

    /// <summary>
    /// The number of weights (trainable and not, Keras's count) of the module a node owns, as an expression of the
    /// hyper-parameters (<see cref="Dim"/> arithmetic: a constant when no size depends on one); null when the generator
    /// cannot know it (an opaque module: <see cref="ParametersAtRunTime"/>). Layers without a module own no weights.
    /// </summary>
    public virtual Dim? Parameters(ConstructContext context) => ModuleType(context) is null ? Dim.Of(0) : null;

    /// <summary>A C# expression (type <c>long</c>) counting the weights of an opaque module at run time; null when <see cref="Parameters"/> knows them.</summary>
    public virtual string? ParametersAtRunTime(ConstructContext context) => null;

    /// <summary>
    /// How the node's result is stored, given its inputs' storage and shapes (<see cref="Storage"/>): Keras's layout
    /// unless the layer computes channels-first on a channels-last tensor, or passes its input's storage through.
    /// </summary>
    public virtual Storage Storage(IReadOnlyList<Storage> inputs, IReadOnlyList<TensorShape> shapes, DataFormat format) => Emitting.Storage.Logical;

    /// <summary>The type of the TorchSharp module the node owns, or null when it computes with tensor operations only.</summary>
    public virtual string? ModuleType(ConstructContext context) => null;

    /// <summary>Statements that create the module (in <see cref="ConstructContext.Field"/>) and initialise it as Keras does.</summary>
    public virtual IEnumerable<string> Construct(ConstructContext context) => [];

    /// <summary>The statements computing the node's local; by default one assignment of <see cref="Expression"/>.</summary>
    public virtual IEnumerable<string> Forward(EmitContext context) => [$"var {context.Local} = {Expression(context)};"];

    /// <summary>The expression of a single-assignment forward step.</summary>
    protected virtual string Expression(EmitContext context) => context.X;

    /// <summary><c>, Name = value</c> for each option that differs from its default, for <see cref="Describe"/>.</summary>
    protected static string Options(params (string Name, object Value, object Default)[] options)
    {
        var shown = options.Where(o => !Equals(o.Value, o.Default)).Select(o => $", {o.Name} = {Format(o.Value)}");
        return string.Concat(shown);
    }

    protected static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        System.Enum e => $"{e.GetType().Name}.{e}",
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>
    /// Why the node cannot be exported to PyTorch (<c>ExportPyTorch</c> throws <c>NotSupportedException</c> with it), or
    /// null when it can.
    /// </summary>
    public virtual string? PyTorchUnsupported => null;

    /// <summary>
    /// The Python expression creating the PyTorch module the node owns in the exported <c>model.py</c>, registered under
    /// the same name as the TorchSharp module so the state-dict keys and shapes agree; null when the TorchSharp side owns
    /// no module either (<see cref="ModuleType"/>).
    /// </summary>
    public virtual string? PyTorchModule(ConstructContext context) => null;

    /// <summary>The Python statements computing the node's local; by default one assignment of <see cref="PyTorchExpression"/>.</summary>
    public virtual IEnumerable<string> PyTorchForward(PythonEmitContext context) => [$"{context.Local} = {PyTorchExpression(context)}"];

    /// <summary>The Python expression of a single-assignment forward step.</summary>
    protected virtual string PyTorchExpression(PythonEmitContext context) => context.X;

    /// <summary>
    /// The statements of the node's ONNX inference form in the generated <c>ExportOnnxGraph</c> (eval mode: no dropout,
    /// batch statistics from the running averages; the final activation always applied). They assign
    /// <see cref="OnnxContext.Local"/> the node's value, stored as <see cref="Storage"/> decides, so they mirror
    /// <see cref="Forward"/> step for step. A kind without an ONNX form assigns <c>onnx.Unsupported(node, reason)</c>.
    /// </summary>
    public abstract IEnumerable<string> OnnxForward(OnnxContext context);
}
