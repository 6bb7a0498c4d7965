using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedGraph.Generators.Analysis;

namespace TypedGraph.Generators.Emitting;

/// <summary>
/// What a layer needs to write one node's step in any target: its local, its inputs in the storage it asks for
/// (reordered only when stored otherwise), its shapes, the module it applies, its loop variable. Every target reads the
/// node through this one class: <see cref="EmitContext"/> adds the C# (TorchSharp) specifics,
/// <see cref="PythonEmitContext"/> the Python (PyTorch) ones, <see cref="OnnxContext"/> the ONNX export's. A reordered
/// input is <c>x.permute(0, 2, 1)</c> in TorchSharp and PyTorch (they read the same) and a <c>Transpose</c> node in ONNX
/// (<see cref="Permute"/>).
/// </summary>
internal abstract class NodeContext
{
    private readonly INodeNames _names;
    private readonly IReadOnlyList<Storage> _storage;

    protected NodeContext(ModelGraph graph, INodeNames names, IReadOnlyList<Storage> storage, int index, bool withoutActivation)
    {
        Graph = graph;
        _names = names;
        _storage = storage;
        Index = index;
        Node = graph.Nodes[index];
        WithoutActivation = withoutActivation;
    }

    public ModelGraph Graph { get; }

    public int Index { get; }

    public GraphNode Node { get; }

    /// <summary>The local this node's step assigns.</summary>
    public string Local => _names[Index];

    /// <summary>The loop variable of a repeated submodel's step.</summary>
    public string Loop => _names.Loop(Index);

    /// <summary>The registered (state-dict) name of the module this node applies: the owner's, for a shared layer.</summary>
    public string ModuleName => Names.SnakeCase(Node.ModuleOwner);

    /// <summary>The inputs in Keras's layout, in order.</summary>
    public IReadOnlyList<string> Inputs => InputsIn(Storage.Logical);

    /// <summary>Every input in <paramref name="wanted"/> storage, in order (a merge reads them in its own storage).</summary>
    public IReadOnlyList<string> InputsIn(Storage wanted) => Node.InputIndices.Select((_, i) => Input(i, wanted)).ToList();

    /// <summary>The first (for most layers, the only) input, in Keras's layout.</summary>
    public string X => Input(0, Storage.Logical);

    /// <summary>The loss absorbs this node's final activation: leave it out.</summary>
    public bool WithoutActivation { get; }

    public DataFormat Format => Graph.Model.DataFormat;

    /// <summary>How this node's result is stored.</summary>
    public Storage Storage => _storage[Index];

    public TensorShape Shape => Node.Shape!;

    public TensorShape InputShape(int input = 0) => Graph.Nodes[Node.InputIndices[input]].Shape!;

    /// <summary>How input <paramref name="input"/> is stored.</summary>
    public Storage InputStorage(int input = 0) => _storage[Node.InputIndices[input]];

    /// <summary>Input <paramref name="input"/> in <paramref name="wanted"/> storage, reordered (<see cref="Permute"/>) when it is stored otherwise.</summary>
    public string Input(int input, Storage wanted) =>
        ConversionOrder(InputShape(input).Rank, InputStorage(input), wanted) is { } order ? Permute(Stored(input), order) : Stored(input);

    /// <summary>Input <paramref name="input"/> as it is stored.</summary>
    public string Stored(int input = 0) => _names[Node.InputIndices[input]];

    /// <summary>
    /// <paramref name="x"/> with its axes in <paramref name="order"/>, in this target's terms: <c>x.permute(…)</c>, which
    /// TorchSharp and PyTorch read alike; the ONNX export overrides it with a <c>Transpose</c> node.
    /// </summary>
    protected virtual string Permute(string x, int[] order) => PermuteCall(x, order);

    /// <summary>The spatial (or time) axes of input <paramref name="input"/> as it is stored, for layers that work in any storage.</summary>
    public int[] StoredSpatialAxes(int input = 0)
    {
        var shape = InputShape(input);
        var storage = InputStorage(input);
        return Layers.Layout.SpatialAxes(shape, Format).Select(a => PhysicalAxis(a, shape.Rank, storage)).ToArray();
    }

    /// <summary>The full-tensor axis of logical axis <paramref name="axis"/> of a rank-<paramref name="rank"/> tensor in <paramref name="storage"/>.</summary>
    public static int PhysicalAxis(int axis, int rank, Storage storage) =>
        storage == Storage.Logical || axis == 0 ? axis : axis == rank - 1 ? 1 : axis + 1;

    /// <summary>
    /// The full-tensor axis an axis-dependent activation (softmax, log-softmax) reads in a rank-<paramref name="rank"/>
    /// tensor stored as <paramref name="storage"/>: Keras's last axis (the channels of a sequence or channels-last map), where
    /// the storage keeps it — <c>-1</c> in Keras's layout, 1 when the channels are stored first.
    /// </summary>
    public static int ActivationAxis(int rank, Storage storage) =>
        storage == Storage.Logical ? -1 : PhysicalAxis(rank - 1, rank, storage);

    /// <summary>The axis this node's own activation reads (<see cref="ActivationAxis(int, Storage)"/> of its shape and storage).</summary>
    public int OwnActivationAxis => ActivationAxis(Shape.Rank, Storage);

    public static string Axes(IEnumerable<int> axes) => string.Join(", ", axes.Select(a => a.ToString(CultureInfo.InvariantCulture)));

    /// <summary><paramref name="x"/> (rank <paramref name="rank"/>, stored as <paramref name="from"/>) in <paramref name="to"/> storage.</summary>
    public static string Convert(string x, int rank, Storage from, Storage to) =>
        ConversionOrder(rank, from, to) is { } order ? PermuteCall(x, order) : x;

    private static string PermuteCall(string x, int[] order) => $"{x}.permute({Axes(order)})";

    /// <summary>The axis order that turns a rank-<paramref name="rank"/> tensor stored as <paramref name="from"/> into <paramref name="to"/>; null when they agree.</summary>
    public static int[]? ConversionOrder(int rank, Storage from, Storage to)
    {
        if (from == to)
        {
            return null;
        }

        // ChannelsFirst → Logical moves axis 1 to the end; Logical → ChannelsFirst moves the last axis to 1.
        var order = to == Storage.ChannelsFirst
            ? Enumerable.Range(1, rank - 2).Prepend(rank - 1).Prepend(0)
            : Enumerable.Range(2, rank - 2).Prepend(0).Append(1);
        return order.ToArray();
    }
}
