using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedGraph.Generators.Analysis;

namespace TypedGraph.Generators.Emitting;

/// <summary>
/// What a layer needs to write one node's ONNX form: the node as every target reads it (<see cref="NodeContext"/>: the
/// same locals, storage and shapes as its forward step, so the ONNX graph mirrors the TorchSharp one), its module's
/// field, and the C# expressions that call <c>OnnxGraphBuilder</c> at export time. Every expression names a graph value
/// (a <c>string</c>); an input in another storage becomes a <c>Transpose</c>, as the forward step's <c>permute</c>.
/// </summary>
internal sealed class OnnxContext : NodeContext
{
    /// <summary>The builder parameter of the generated <c>ExportOnnxGraph</c>.</summary>
    public const string Builder = "onnx";

    /// <summary>The state-dict prefix parameter of the generated <c>ExportOnnxGraph</c> (<c>""</c>, or <c>base.</c> in a submodel).</summary>
    public const string Prefix = "prefix";

    private const string Attribute = "global::TypedGraph.Interop.Onnx.OnnxAttribute";

    /// <summary>The ONNX export of node <paramref name="index"/>: its locals are the forward step's (<see cref="LocalNames"/>), holding value names.</summary>
    public OnnxContext(ModelGraph graph, LocalNames locals, IReadOnlyList<Storage> storage, int index)
        : base(graph, locals, storage, index, withoutActivation: false)
    {
    }

    /// <summary>The field of the module this node applies (the owner's, for a shared layer), read for its weights.</summary>
    public string Field => Names.Field(Node.ModuleOwner);

    /// <summary>The value <paramref name="x"/> (rank <paramref name="rank"/>, stored as <paramref name="from"/>) in <paramref name="to"/> storage: itself, or a <c>Transpose</c> of it.</summary>
    public static string Transposed(string x, int rank, Storage from, Storage to) =>
        ConversionOrder(rank, from, to) is { } order ? Transpose(x, order) : x;

    /// <summary>An input stored otherwise becomes a <c>Transpose</c> node.</summary>
    protected override string Permute(string x, int[] order) => Transpose(x, order);

    /// <summary>A <c>Transpose</c> of <paramref name="x"/>.</summary>
    public static string Transpose(string x, IEnumerable<int> perm) => AddNode("Transpose", [x], Ints("perm", perm.Select(p => (long)p)));

    /// <summary>A node with one output: <c>onnx.AddNode("Conv", [x, w], [attributes])</c>.</summary>
    public static string AddNode(string opType, IEnumerable<string> inputs, params string[] attributes) =>
        attributes.Length == 0
            ? $"{Builder}.AddNode({Literal.String(opType)}, [{string.Join(", ", inputs)}])"
            : $"{Builder}.AddNode({Literal.String(opType)}, [{string.Join(", ", inputs)}], [{string.Join(", ", attributes)}])";

    /// <summary>
    /// Output <paramref name="used"/> of a node with several (<c>LSTM</c>'s <c>Y</c>, <c>Y_h</c> …); the others are left
    /// unnamed, so ONNX Runtime does not compute them.
    /// </summary>
    public static string NodeOutput(string opType, IEnumerable<string> inputs, string[] outputs, int used, params string[] attributes)
    {
        var names = outputs.Select((o, i) => i == used ? Literal.String(o) : "\"\"").Take(used + 1);
        return $"{Builder}.AddNodeWithOutputs({Literal.String(opType)}, [{string.Join(", ", inputs)}], [{string.Join(", ", names)}], [{string.Join(", ", attributes)}])[{used}]";
    }

    /// <summary><c>var local = expression;</c> then the activation, if any.</summary>
    public IEnumerable<string> Assign(string expression, Activation activation = Activation.None) =>
        new[] { $"var {Local} = {expression};" }.Concat(Activate(activation));

    /// <summary>An <c>INT</c> attribute.</summary>
    public static string Int(string name, long value) => $"{Attribute}.Int({Literal.String(name)}, {Number(value)})";

    /// <summary>An <c>INTS</c> attribute.</summary>
    public static string Ints(string name, IEnumerable<long> values) => $"{Attribute}.Ints({Literal.String(name)}, {string.Join(", ", values.Select(Number))})";

    /// <summary>An <c>INT</c> attribute whose value a C# expression computes at export time (a size from hyper-parameters).</summary>
    public static string IntOf(string name, string valueExpression) => $"{Attribute}.Int({Literal.String(name)}, {valueExpression})";

    /// <summary>An <c>INTS</c> attribute of C# expressions evaluated at export (hyper-parameters: <c>this.Kernel</c>).</summary>
    public static string IntsOf(string name, IEnumerable<string> valueExpressions) => IntsOf(name, string.Join(", ", valueExpressions));

    /// <summary>An <c>INTS</c> attribute whose values a C# expression computes at export time.</summary>
    public static string IntsOf(string name, string valuesExpression) => $"{Attribute}.Ints({Literal.String(name)}, {valuesExpression})";

    /// <summary>A <c>FLOAT</c> attribute.</summary>
    public static string Float(string name, double value) => $"{Attribute}.Float({Literal.String(name)}, {FloatLiteral(value)})";

    /// <summary>A <c>STRING</c> attribute.</summary>
    public static string Text(string name, string value) => $"{Attribute}.String({Literal.String(name)}, {Literal.String(value)})";

    /// <summary>A 1-D Int64 constant (a <c>Reshape</c> shape, <c>Pad</c> pads, <c>Slice</c> bounds …).</summary>
    public static string Int64s(params long[] values) => Int64sOf(values.Select(Number));

    /// <summary>A 1-D Int64 constant whose values C# expressions compute at export time (sizes from hyper-parameters: <c>this.Pad</c>).</summary>
    public static string Int64sOf(IEnumerable<string> valueExpressions) => $"{Builder}.AddInt64s(\"const\", {string.Join(", ", valueExpressions)})";

    /// <summary>A 1-D Float32 constant (<c>Resize</c> scales).</summary>
    public static string Floats(params double[] values) => FloatsOf(values.Select(FloatLiteral));

    /// <summary>A 1-D Float32 constant of C# expressions evaluated at export (<c>Resize</c> scales from a hyper-parameter: <c>this.Size</c>).</summary>
    public static string FloatsOf(IEnumerable<string> valueExpressions) => $"{Builder}.AddFloats(\"const\", {string.Join(", ", valueExpressions)})";

    /// <summary>A scalar Float32 constant.</summary>
    public static string Scalar(double value) => $"{Builder}.AddFloat(\"const\", {FloatLiteral(value)})";

    /// <summary>A scalar Float32 constant that a C# expression computes at export time (a hyper-parameter: <c>this.Scale</c>).</summary>
    public static string ScalarOf(string valueExpression) => $"{Builder}.AddFloat(\"const\", (float)({valueExpression}))";

    /// <summary>
    /// The initializer holding parameter or buffer <paramref name="key"/> of this node's module (the owner's, for a
    /// shared layer), named by its state-dict key, stored once however often the layer is applied.
    /// </summary>
    public string Weight(string key) =>
        $"{Builder}.AddWeight({Prefix} + {Literal.String(ModuleName + "." + key)}, {Field}, {Literal.String(key)})";

    /// <summary>An initializer computed from this node's module at export time (weights rearranged for an ONNX operator), named <c>{module}.{name}</c>.</summary>
    public string Computed(string name, string tensorExpression) =>
        $"{Builder}.AddWeight({Prefix} + {Literal.String(ModuleName + "." + name)}, () => {tensorExpression})";

    /// <summary>
    /// A linear map of the last axis by the <c>Linear</c> module at <paramref name="module"/> (<c>""</c> for the node's own,
    /// <c>query.</c> for a part): <c>Gemm</c> for (N, C), <c>MatMul</c> by the transposed weight and <c>Add</c> otherwise.
    /// </summary>
    public string Linear(string x, int rank, string module, bool bias)
    {
        var weight = Weight(module + "weight");
        if (rank == 2)
        {
            return bias
                ? AddNode("Gemm", [x, weight, Weight(module + "bias")], Int("transB", 1))
                : AddNode("Gemm", [x, weight], Int("transB", 1));
        }

        var product = AddNode("MatMul", [x, Transpose(weight, [1, 0])]);
        return bias ? AddNode("Add", [product, Weight(module + "bias")]) : product;
    }

    /// <summary>The statement applying <paramref name="activation"/> to <see cref="Local"/> (none for <see cref="Activation.None"/>).</summary>
    public IEnumerable<string> Activate(Activation activation)
    {
        if (activation != Activation.None)
        {
            yield return $"{Local} = {OnnxActivations.Apply(Local, activation, OwnActivationAxis)};";
        }
    }

    public static string FloatLiteral(double value) => ((float)value).ToString("R", CultureInfo.InvariantCulture) + "f";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
