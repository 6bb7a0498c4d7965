using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Google.Protobuf;
using TorchSharp;
using TypedGraph.Interop.Onnx.Proto;
using static TorchSharp.torch;

namespace TypedGraph.Interop.Onnx;

/// <summary>
/// Builds an ONNX inference model one value at a time: graph inputs, initializers from TorchSharp tensors, nodes, graph
/// outputs. Every method that creates a value returns its name, so a layer emits its ONNX form in a few calls:
/// <code>
/// var w = builder.AddInitializer("conv1.weight", conv.weight);
/// var y = builder.AddNode("Conv", [x, w], [OnnxAttribute.Ints("strides", 2, 2)], output: "conv1");
/// </code>
/// Names are unique in the graph (<see cref="UniqueName"/>); every node input must already exist, so the nodes are in
/// topological order by construction. <see cref="Save"/> writes the model atomically.
/// </summary>
/// <remarks>
/// Public for the <c>ExportOnnxGraph</c> code the generator writes into each <c>[Model]</c> class (it lives in the
/// user's assembly); call <c>model.ExportOnnx(path)</c> instead of using it directly.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class OnnxGraphBuilder
{
    /// <summary>The oldest opset supported: the first with <c>opset_import</c> semantics as used here.</summary>
    public const int MinOpset = 7;

    /// <summary>The newest opset the IR of the bundled onnx.proto (IR 8, ONNX 1.12) covers.</summary>
    public const int MaxOpset = 17;

    private readonly ModelProto _model;
    private readonly GraphProto _graph;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reserved = new(StringComparer.Ordinal);
    private readonly HashSet<string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _outputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _constants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _weights = new(StringComparer.Ordinal);
    private long _initializerBytes;

    /// <summary>Starts an empty model.</summary>
    /// <param name="graphName">The graph's name (the model's name).</param>
    /// <param name="opset">The version of the default (<c>ai.onnx</c>) operator set the nodes follow.</param>
    /// <param name="producerName">Written to <c>producer_name</c>.</param>
    /// <param name="producerVersion">Written to <c>producer_version</c>; the TypedGraph version when omitted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="opset"/> is outside [<see cref="MinOpset"/>, <see cref="MaxOpset"/>].</exception>
    public OnnxGraphBuilder(string graphName, int opset = MaxOpset, string producerName = "TypedGraph", string? producerVersion = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(graphName);
        Opset = opset;
        _graph = new GraphProto { Name = graphName };
        _model = new ModelProto
        {
            IrVersion = IrVersionFor(opset),
            ProducerName = producerName,
            ProducerVersion = producerVersion ?? DefaultProducerVersion(),
            Graph = _graph,
        };
        _model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = opset });
    }

    /// <summary>The version of the default operator set.</summary>
    public int Opset { get; }

    /// <summary>
    /// The graph node being exported (<c>Hidden1</c>, <c>base.Conv1</c> in a submodel), or null: nodes and values added
    /// without an explicit name are then named <c>{Scope}/{opType}</c> (made unique), so the ONNX graph reads like the
    /// declaration.
    /// </summary>
    public string? Scope { get; set; }

    /// <summary>The IR version an opset belongs to (ONNX's versioning table: opset 15-17 → IR 8, 12-14 → 7 …).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="opset"/> is outside [<see cref="MinOpset"/>, <see cref="MaxOpset"/>].</exception>
    public static long IrVersionFor(int opset) => opset switch
    {
        7 or 8 => 3,
        9 => 4,
        10 => 5,
        11 => 6,
        12 or 13 or 14 => 7,
        15 or 16 or 17 => 8,
        _ => throw new ArgumentOutOfRangeException(
            nameof(opset), opset, $"The ONNX opset must be between {MinOpset} and {MaxOpset} (IR version 8, the newest this build of TypedGraph writes)."),
    };

    /// <summary>
    /// Returns <paramref name="hint"/> when no value or node uses it yet (or it was reserved with <see cref="ReserveName"/>
    /// and not claimed since), else the first free <c>hint_1</c>, <c>hint_2</c>…, and marks the result as used.
    /// </summary>
    public string UniqueName(string hint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hint);
        if (_reserved.Remove(hint) || _names.Add(hint))
        {
            return hint;
        }

        var suffix = _nextSuffix.GetValueOrDefault(hint, 1);
        string name;
        do
        {
            name = string.Create(CultureInfo.InvariantCulture, $"{hint}_{suffix++}");
        }
        while (!_names.Add(name));
        _nextSuffix[hint] = suffix;
        return name;
    }

    /// <summary>
    /// Reserves <paramref name="name"/>, e.g. a graph output's public name, before the nodes are added: generated names
    /// avoid it, and the first <see cref="UniqueName"/> (or <c>output:</c> hint) asking for exactly it gets it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The name is already used or reserved.</exception>
    public void ReserveName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!_names.Add(name))
        {
            throw new InvalidOperationException($"The ONNX name '{name}' is already used in graph '{_graph.Name}'.");
        }

        _reserved.Add(name);
    }

    /// <summary>Declares a graph input named exactly <paramref name="name"/>.</summary>
    /// <param name="name">The input's name (the <c>[Input]</c> property's name).</param>
    /// <param name="elementType">Its element type.</param>
    /// <param name="shape">Its dimensions: fixed sizes or named symbolic ones (<c>["N", 3, "T"]</c>).</param>
    /// <returns><paramref name="name"/>, the value's name.</returns>
    /// <exception cref="InvalidOperationException">The name is already used by another value or node (a reservation is claimed).</exception>
    public string AddInput(string name, ScalarType elementType, IReadOnlyList<OnnxDim> shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        Claim(name);
        _graph.Input.Add(ValueInfo(name, elementType, shape));
        _values.Add(name);
        return name;
    }

    /// <summary>
    /// Declares a graph output named <paramref name="name"/> that carries the value <paramref name="value"/>. Name the
    /// producing node's output so (reserve the name with <see cref="ReserveName"/> first, then pass it as its
    /// <c>output:</c> hint); when the two still differ, an <c>Identity</c> node gives the value its public name.
    /// </summary>
    /// <param name="value">The value to expose.</param>
    /// <param name="name">The output's name (the <c>[Output]</c> property's name).</param>
    /// <param name="elementType">Its element type.</param>
    /// <param name="shape">Its dimensions, as <see cref="AddInput"/>.</param>
    /// <exception cref="InvalidOperationException">The value does not exist, the name is taken by another value, or is already an output.</exception>
    public void AddOutput(string value, string name, ScalarType elementType, IReadOnlyList<OnnxDim> shape)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(shape);
        RequireValue(value, $"graph output '{name}'");
        if (_outputs.Contains(name))
        {
            throw new InvalidOperationException($"'{name}' is already an output of graph '{_graph.Name}'.");
        }

        if (value != name)
        {
            if (!_reserved.Remove(name) && !_names.Add(name))
            {
                throw new InvalidOperationException($"The ONNX name '{name}' is already used in graph '{_graph.Name}'.");
            }

            _graph.Node.Add(new NodeProto { OpType = "Identity", Name = UniqueName(name + "_identity"), Input = { value }, Output = { name } });
            _values.Add(name);
        }

        _graph.Output.Add(ValueInfo(name, elementType, shape));
        _outputs.Add(name);
    }

    /// <summary>
    /// Adds a copy of <paramref name="tensor"/> (any device; parameters are detached) as a new initializer. Every call adds
    /// one: weights that a shared layer reads more than once go through <see cref="AddWeight(string, Func{Tensor})"/>,
    /// which stores a name once, and constants through <see cref="AddInt64s"/>, <see cref="AddFloat"/> and
    /// <see cref="AddFloats"/>, which store a value once.
    /// </summary>
    /// <param name="hint">The name wanted, e.g. the state-dict key <c>dense.weight</c>; made unique if taken.</param>
    /// <param name="tensor">The constant's value.</param>
    /// <returns>The initializer's name.</returns>
    /// <exception cref="NotSupportedException">The element type has no ONNX counterpart, or the model would exceed protobuf's 2 GB.</exception>
    public string AddInitializer(string hint, Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        var bytes = tensor.numel() * tensor.element_size();
        if (_initializerBytes + bytes > int.MaxValue)
        {
            throw new NotSupportedException(
                $"Graph '{_graph.Name}' would hold more than 2 GB of initializers, which an ONNX protobuf file cannot (external data is not written).");
        }

        var name = UniqueName(hint);
        _graph.Initializer.Add(OnnxTensors.ToProto(name, tensor));
        _initializerBytes += bytes;
        _values.Add(name);
        return name;
    }

    /// <summary>
    /// Adds a 1-D Int64 initializer, e.g. the <c>shape</c> input of <c>Reshape</c> or the <c>pads</c> of <c>Pad</c>; the
    /// same values asked for again return the first initializer.
    /// </summary>
    /// <returns>The initializer's name.</returns>
    public string AddInt64s(string hint, params long[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Constant("i64:" + string.Join(",", values), hint, () => torch.tensor(values));
    }

    /// <summary>
    /// Adds a scalar (rank 0) Float32 initializer, e.g. the divisor of an average or the bounds of <c>Clip</c>; the same
    /// value asked for again returns the first initializer.
    /// </summary>
    /// <returns>The initializer's name.</returns>
    public string AddFloat(string hint, float value) =>
        Constant("f32:" + BitConverter.SingleToInt32Bits(value).ToString(CultureInfo.InvariantCulture), hint, () => torch.tensor(value));

    /// <summary>
    /// Adds a 1-D Float32 initializer, e.g. the <c>scales</c> of <c>Resize</c>; the same values asked for again return the
    /// first initializer.
    /// </summary>
    /// <returns>The initializer's name.</returns>
    public string AddFloats(string hint, params float[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var key = "f32s:" + string.Join(",", Array.ConvertAll(values, v => BitConverter.SingleToInt32Bits(v).ToString(CultureInfo.InvariantCulture)));
        return Constant(key, hint, () => torch.tensor(values));
    }

    /// <summary>
    /// Adds the initializer <paramref name="name"/> (a state-dict key such as <c>dense.weight</c>) holding
    /// <paramref name="module"/>'s parameter or buffer <paramref name="key"/>, the first time that name is asked for;
    /// later calls return it, so a shared layer's weights are stored once.
    /// </summary>
    /// <exception cref="InvalidOperationException">The module has no parameter or buffer <paramref name="key"/>.</exception>
    public string AddWeight(string name, nn.Module module, string key)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return AddWeight(name, () => StateEntry(module, key, name));
    }

    /// <summary>
    /// Adds the initializer <paramref name="name"/> computed by <paramref name="value"/> (weights rearranged for an ONNX
    /// operator: recurrent gates in ONNX's order …) the first time that name is asked for; later calls return it without
    /// computing the value again. The tensor <paramref name="value"/> returns is copied.
    /// </summary>
    /// <remarks>
    /// No dispose scope is opened around <paramref name="value"/>: reading a parameter of a native TorchSharp module
    /// (<c>ConvTranspose2d</c>, <c>LSTM</c> …) creates a wrapper that shares the module's tensor, and a scope disposing that
    /// wrapper would free the module's weights under it.
    /// </remarks>
    public string AddWeight(string name, Func<Tensor> value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        if (_weights.TryGetValue(name, out var existing))
        {
            return existing;
        }

        using var noGrad = torch.no_grad();
        using var detached = value().detach();
        var added = AddInitializer(name, detached);
        _weights.Add(name, added);
        return added;
    }

    /// <summary>
    /// Refuses to export <paramref name="node"/>: throws <see cref="NotSupportedException"/> with <paramref name="reason"/>.
    /// Generated code calls it where a node has no ONNX form; it returns a string only so the call can stand where a value
    /// is expected.
    /// </summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public string Unsupported(string node, string reason) =>
        throw new NotSupportedException($"Graph '{_graph.Name}' cannot be exported to ONNX: node '{node}' {reason}");

    /// <summary>Adds a node with one output.</summary>
    /// <param name="opType">The operator, e.g. <c>Conv</c>, <c>Gemm</c>, <c>Relu</c>.</param>
    /// <param name="inputs">Its inputs, existing value names in the operator's order; <c>""</c> skips an optional input.</param>
    /// <param name="attributes">Its attributes.</param>
    /// <param name="output">The name wanted for the output (made unique, after <see cref="Scope"/> when set); the operator's name when omitted.</param>
    /// <returns>The output's name.</returns>
    /// <exception cref="InvalidOperationException">An input does not exist, or an attribute name repeats.</exception>
    public string AddNode(string opType, IReadOnlyList<string> inputs, IReadOnlyList<OnnxAttribute>? attributes = null, string? output = null) =>
        AddNodeWithOutputs(opType, inputs, [output ?? opType], attributes)[0];

    /// <summary>Adds a node with several outputs (<c>LSTM</c>'s <c>Y</c>, <c>Y_h</c>, <c>Y_c</c>; <c>Split</c> …).</summary>
    /// <param name="opType">The operator.</param>
    /// <param name="inputs">Its inputs, existing value names; <c>""</c> skips an optional input.</param>
    /// <param name="outputs">One name hint per output (after <see cref="Scope"/> when set), in the operator's order; <c>""</c> leaves an optional output unused.</param>
    /// <param name="attributes">Its attributes.</param>
    /// <returns>The outputs' names, <c>""</c> where unused.</returns>
    /// <exception cref="InvalidOperationException">An input does not exist, or an attribute name repeats.</exception>
    public string[] AddNodeWithOutputs(string opType, IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, IReadOnlyList<OnnxAttribute>? attributes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(opType);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        if (outputs.Count == 0)
        {
            throw new ArgumentException($"A {opType} node needs at least one output.", nameof(outputs));
        }

        var node = new NodeProto { OpType = opType, Name = UniqueName(ScopedName(opType) + "_node") };
        foreach (var input in inputs)
        {
            if (input.Length > 0)
            {
                RequireValue(input, $"node {node.Name} ({opType})");
            }

            node.Input.Add(input);
        }

        if (attributes is not null)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var attribute in attributes)
            {
                if (attribute.Proto is null)
                {
                    throw new ArgumentException($"Node {node.Name} ({opType}) is given default(OnnxAttribute); use its factories.", nameof(attributes));
                }

                if (!seen.Add(attribute.Name))
                {
                    throw new InvalidOperationException($"Node {node.Name} ({opType}) is given the attribute '{attribute.Name}' twice.");
                }

                node.Attribute.Add(attribute.Proto);
            }
        }

        var names = new string[outputs.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = outputs[i].Length == 0 ? string.Empty : UniqueName(ScopedName(outputs[i]));
            node.Output.Add(names[i]);
            if (names[i].Length > 0)
            {
                _values.Add(names[i]);
            }
        }

        _graph.Node.Add(node);
        return names;
    }

    /// <summary>Validates and returns the model; further additions change it.</summary>
    /// <exception cref="InvalidOperationException">The graph has no input or no output.</exception>
    internal ModelProto Build()
    {
        if (_graph.Output.Count == 0)
        {
            throw new InvalidOperationException($"Graph '{_graph.Name}' has no output.");
        }

        return _model;
    }

    /// <summary>Writes the model to <paramref name="path"/> atomically (temp file in the same directory, then rename).</summary>
    /// <exception cref="InvalidOperationException">The graph has no output.</exception>
    /// <exception cref="System.IO.IOException">The file cannot be written; no partial file is left behind.</exception>
    public void Save(string path)
    {
        var model = Build();
        AtomicFile.Write(path, "ONNX model", stream => model.WriteTo(stream));
    }

    private string ScopedName(string opType) => Scope is { Length: > 0 } scope ? scope + "/" + opType : opType;

    private string Constant(string key, string hint, Func<Tensor> create)
    {
        if (_constants.TryGetValue(key, out var existing))
        {
            return existing;
        }

        using var tensor = create();
        var name = AddInitializer(ScopedName(hint), tensor);
        _constants.Add(key, name);
        return name;
    }

    private static Tensor StateEntry(nn.Module module, string key, string name)
    {
        foreach (var (parameterName, parameter) in module.named_parameters())
        {
            if (parameterName == key)
            {
                return parameter;
            }
        }

        foreach (var (bufferName, buffer) in module.named_buffers())
        {
            if (bufferName == key)
            {
                return buffer;
            }
        }

        throw new InvalidOperationException($"The module of '{name}' ({module.GetName()}) has no parameter or buffer '{key}'.");
    }

    private void Claim(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!_reserved.Remove(name) && !_names.Add(name))
        {
            throw new InvalidOperationException($"The ONNX name '{name}' is already used in graph '{_graph.Name}'.");
        }
    }

    private void RequireValue(string value, string user)
    {
        if (string.IsNullOrEmpty(value) || !_values.Contains(value))
        {
            throw new InvalidOperationException($"The input '{value}' of {user} is not a value of graph '{_graph.Name}' (add inputs, initializers and nodes before their users).");
        }
    }

    private static ValueInfoProto ValueInfo(string name, ScalarType elementType, IReadOnlyList<OnnxDim> shape)
    {
        var tensorShape = new TensorShapeProto();
        foreach (var dim in shape)
        {
            tensorShape.Dim.Add(dim.Symbol is { } symbol
                ? new TensorShapeProto.Types.Dimension { DimParam = symbol }
                : new TensorShapeProto.Types.Dimension { DimValue = dim.Size });
        }

        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)OnnxTensors.ElementType(elementType), Shape = tensorShape } },
        };
    }

    private static string DefaultProducerVersion()
    {
        var assembly = typeof(OnnxGraphBuilder).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
