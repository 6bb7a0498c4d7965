using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace TypedGraph.Differential.Tests.Generation;

/// <summary>
/// Generates random declarations that are valid by construction: it tracks every node's shape (concrete sizes for the
/// sizes it picks for the symbols, plus how symbolic dimensions were derived) and only applies a layer where Keras and
/// the DSL's rules allow it (known weight sizes, kernels that fit, layouts a layer reads, merge shapes that agree).
/// Every layer node is marked <c>[Output]</c> so the generated <c>Outputs</c> record carries every node's tensor.
/// </summary>
internal sealed class GraphGenerator
{
    /// <summary>Cap on the per-sample elements of any tensor, to keep forward passes cheap.</summary>
    private const long MaxElements = 6_000;

    private static readonly string[] s_activations =
        ["Relu", "Relu6", "LeakyRelu", "Elu", "Selu", "Gelu", "Silu", "Sigmoid", "HardSigmoid", "Tanh", "Softmax", "LogSoftmax", "Softplus"];

    private readonly Random _rng;
    private readonly List<(string Name, TrackedShape Shape)> _nodes = [];
    private readonly Dictionary<string, long> _symbols = [];
    private readonly List<GeneratedInput> _inputs = [];
    private readonly StringBuilder _body = new();

    /// <summary>Layers that <c>[Shared]</c> can apply again: owner node → its output for another input (null when its weights do not fit).</summary>
    private readonly Dictionary<string, Func<TrackedShape, TrackedShape?>> _shareable = [];
    private DataFormat _format;
    private int _layers;

    public GraphGenerator(Random rng) => _rng = rng;

    private bool ChannelsFirst => _format == DataFormat.ChannelsFirst;

    public GeneratedGraph Generate(string className)
    {
        _nodes.Clear();
        _shareable.Clear();
        _symbols.Clear();
        _inputs.Clear();
        _body.Clear();
        _layers = 0;
        _format = _rng.Next(2) == 0 ? DataFormat.ChannelsFirst : DataFormat.ChannelsLast;

        var inputCount = _rng.Next(10) < 7 ? 1 : 2;
        for (var i = 0; i < inputCount; i++)
        {
            AddInput($"I{i}");
        }

        // Every input feeds something first (token ids feed an Embedding), so no node is unreachable.
        foreach (var input in _inputs.ToList())
        {
            var index = _nodes.FindIndex(n => n.Name == input.Name);
            if (input.Integer)
            {
                Embedding(index);
            }
            else
            {
                while (!TryUnary(index, _rng.Next(OperationCount)))
                {
                }
            }
        }

        var target = _rng.Next(3, 16);
        var attempts = 0;
        while (_layers < target && attempts++ < 500)
        {
            if (_rng.Next(100) < 15)
            {
                TryMerge();
                continue;
            }

            // Choose the layer first, then a node it can read: layers with narrow preconditions (2-D convolutions,
            // recurrent layers) appear about as often as those that read anything.
            var op = _rng.Next(OperationCount);
            for (var s = 0; s < 8 && !TryUnary(PickSource(), op); s++)
            {
            }
        }

        var format = ChannelsFirst ? string.Empty : "(DataFormat = DataFormat.ChannelsLast)";
        var declaration = $"[Model{format}]\npublic sealed partial class {className}\n{{\n{_body}}}\n";
        var expected = _nodes.ToDictionary(n => n.Name, n => n.Shape.Dims.Select(d => d.Value).ToImmutableArray());
        return new GeneratedGraph(className, declaration, new Dictionary<string, long>(_symbols), [.. _inputs], expected);
    }

    private void AddInput(string name)
    {
        var kind = _rng.Next(7);
        TrackedShape shape;
        var integer = false;
        var vocabulary = 0;
        switch (kind)
        {
            case 0 or 5 or 6: // image
                var c = Known(_rng.Next(1, 5));
                var h = SpatialDim("H", 6, 16);
                var w = SpatialDim("W", 6, 16);
                shape = ChannelsFirst ? TrackedShape.Of(c, h, w) : TrackedShape.Of(h, w, c);
                break;
            case 1: // signal / float sequence
                var channels = Known(_rng.Next(1, 7));
                var length = SpatialDim("T", 6, 14);
                shape = ChannelsFirst ? TrackedShape.Of(channels, length) : TrackedShape.Of(length, channels);
                break;
            case 2: // float sequence, time first in either format
                shape = TrackedShape.Of(SpatialDim("T", 6, 14), Known(_rng.Next(1, 7)));
                break;
            case 3: // vector
                shape = TrackedShape.Of(Known(_rng.Next(1, 17)));
                break;
            default: // token ids
                shape = TrackedShape.Of(SpatialDim("T", 6, 14)) with { Integer = true };
                integer = true;
                vocabulary = _rng.Next(5, 40);
                break;
        }

        var dims = string.Join(", ", shape.Dims.Select(d => d.Key is null ? Num(d.Value) : $"\"{d.Key}\""));
        var dtype = integer ? ", DType = DType.Int64" : string.Empty;
        _body.Append(CultureInfo.InvariantCulture, $"    [Input({dims}{dtype})] public partial Node {name} {{ get; }}\n\n");
        _nodes.Add((name, shape));
        _inputs.Add(new GeneratedInput(name, [.. shape.Dims.Select(d => d.Value)], integer, vocabulary));
    }

    /// <summary>A fixed size, or the named symbol with one concrete size per model.</summary>
    private TrackedDim SpatialDim(string symbol, int min, int max)
    {
        if (_rng.Next(3) == 0)
        {
            return Known(_rng.Next(min, max + 1));
        }

        if (!_symbols.TryGetValue(symbol, out var value))
        {
            value = _rng.Next(min, max + 1);
            _symbols[symbol] = value;
        }

        return new TrackedDim(value, symbol);
    }

    private int PickSource()
    {
        // Mostly extend the newest node (deep chains), sometimes branch from an earlier one.
        var candidates = Enumerable.Range(0, _nodes.Count).Where(i => !_nodes[i].Shape.Integer).ToList();
        return _rng.Next(2) == 0 ? candidates[^1] : candidates[_rng.Next(candidates.Count)];
    }

    private const int OperationCount = 24;

    private bool TryUnary(int source, int operation)
    {
        var x = _nodes[source].Shape;
        if (x.Integer)
        {
            return false;
        }

        return operation switch
        {
            0 or 1 => Dense(source, x),
            2 or 3 => Convolution(source, x, rank: 1, kind: "Conv1d"),
            4 or 5 => Convolution(source, x, rank: 2, kind: "Conv2d"),
            6 => Convolution(source, x, rank: 2, kind: "SeparableConv2d"),
            7 => Convolution(source, x, rank: 2, kind: "DepthwiseConv2d"),
            8 => Pooling(source, x, rank: 1),
            9 => Pooling(source, x, rank: 2),
            10 => GlobalPooling(source, x),
            11 => ZeroPadding(source, x),
            12 => BatchNorm(source, x),
            13 => LayerNorm(source, x),
            14 => Emit(source, $"Dropout({Num(_rng.Next(0, 5) / 10.0)})", x),
            15 => Emit(source, $"Activate(Activation.{Pick(s_activations)})", x),
            16 => Flatten(source, x),
            17 => Reshape(source, x),
            18 => Permute(source, x),
            19 or 20 => Shared(source, x),
            _ => Recurrent(source, x),
        };
    }

    private bool Dense(int source, TrackedShape x)
    {
        if (!x.Last.IsKnown)
        {
            return false;
        }

        var units = _rng.Next(1, 13);
        var width = x.Last.Value;
        var args = $"Dense({units}{ActivationArg()}{(_rng.Next(4) == 0 ? ", UseBias = false" : string.Empty)}";
        return Shareable(
            Emit(source, args + ")", x.With(x.Rank - 1, Known(units)) with { Sequence = x.Sequence }),
            y => y.Last.IsKnown && y.Last.Value == width ? y.With(y.Rank - 1, Known(units)) : null);
    }

    private void Embedding(int source)
    {
        var input = _inputs.Single(i => i.Name == _nodes[source].Name);
        var x = _nodes[source].Shape;
        var dim = _rng.Next(2, 9);
        Emit(source, $"Embedding({input.Vocabulary + _rng.Next(0, 4)}, {dim})", new TrackedShape([.. x.Dims, Known(dim)], Sequence: true));
    }

    private bool Convolution(int source, TrackedShape x, int rank, string kind)
    {
        if (!ReadsSpatial(x, rank) || !x[ChannelAxis(x)].IsKnown)
        {
            return false;
        }

        var kernel = _rng.Next(1, 6);
        var stride = _rng.Next(3) == 0 ? _rng.Next(2, 4) : 1;
        var dilation = stride == 1 && _rng.Next(4) == 0 ? _rng.Next(2, 4) : 1;
        var padding = _rng.Next(rank == 1 ? 3 : 2) switch { 0 => "Valid", 1 => "Same", _ => "Causal" };
        var result = x;
        foreach (var axis in SpatialAxes(rank))
        {
            if (Window(x[axis], kernel, stride, dilation, padding) is not { } dim)
            {
                return false;
            }

            result = result.With(axis, dim);
        }

        var channels = x[ChannelAxis(x)].Value;
        var multiplier = _rng.Next(3) == 0 ? 2 : 1;
        var filters = _rng.Next(1, 9);
        string head;
        long outChannels;
        switch (kind)
        {
            case "DepthwiseConv2d":
                head = $"DepthwiseConv2d({kernel}";
                outChannels = channels * multiplier;
                break;
            case "SeparableConv2d":
                head = $"SeparableConv2d({filters}, {kernel}";
                outChannels = filters;
                break;
            default:
                head = $"{kind}({filters}, {kernel}";
                outChannels = filters;
                multiplier = 1;
                break;
        }

        var args = new StringBuilder(head);
        if (stride != 1)
        {
            args.Append(CultureInfo.InvariantCulture, $", Stride = {stride}");
        }

        if (dilation != 1)
        {
            args.Append(CultureInfo.InvariantCulture, $", Dilation = {dilation}");
        }

        if (padding != "Valid" || _rng.Next(4) == 0)
        {
            args.Append(CultureInfo.InvariantCulture, $", Padding = Padding.{padding}");
        }

        if (multiplier != 1)
        {
            args.Append(CultureInfo.InvariantCulture, $", DepthMultiplier = {multiplier}");
        }

        if (_rng.Next(5) == 0)
        {
            args.Append(", UseBias = false");
        }

        args.Append(ActivationArg()).Append(')');
        result = result.With(ChannelAxis(x), Known(outChannels)) with { Sequence = false };
        return Emit(source, args.ToString(), result);
    }

    private bool Pooling(int source, TrackedShape x, int rank)
    {
        if (!ReadsSpatial(x, rank))
        {
            return false;
        }

        var size = _rng.Next(1, 4);
        var explicitStride = _rng.Next(2) == 0 ? _rng.Next(1, 4) : 0;
        var stride = explicitStride == 0 ? size : explicitStride;
        var padding = _rng.Next(2) == 0 ? "Valid" : "Same";
        var result = x;
        foreach (var axis in SpatialAxes(rank))
        {
            if (Window(x[axis], size, stride, 1, padding) is not { } dim)
            {
                return false;
            }

            result = result.With(axis, dim);
        }

        var kind = _rng.Next(2) == 0 ? "Max" : "Avg";
        var args = $"{kind}Pool{rank}d({size}{(explicitStride != 0 ? $", Stride = {explicitStride}" : string.Empty)}{(padding == "Same" ? ", Padding = Padding.Same" : string.Empty)})";
        return Emit(source, args, result);
    }

    private bool GlobalPooling(int source, TrackedShape x)
    {
        var rank = x.Rank - 2;
        if (rank is not (1 or 2) || !ReadsSpatial(x, rank))
        {
            return false;
        }

        var kind = _rng.Next(2) == 0 ? "Max" : "Avg";
        return Emit(source, $"Global{kind}Pool{rank}d", TrackedShape.Of(x[ChannelAxis(x)]));
    }

    private bool ZeroPadding(int source, TrackedShape x)
    {
        if (x.Rank != 4)
        {
            return false;
        }

        var padding = _rng.Next(1, 3);
        var result = x;
        foreach (var axis in SpatialAxes(2))
        {
            var d = x[axis];
            result = result.With(axis, new TrackedDim(d.Value + (2 * padding), d.Key is null ? null : $"p({d.Key},{2 * padding})"));
        }

        return Emit(source, $"ZeroPadding2d({padding})", result);
    }

    private bool BatchNorm(int source, TrackedShape x)
    {
        if (x.Rank is < 2 or > 4 || !x[ChannelAxis(x)].IsKnown)
        {
            return false;
        }

        var args = _rng.Next(3) switch
        {
            0 => "BatchNorm",
            1 => "BatchNorm(Epsilon = 1.001e-5)",
            _ => "BatchNorm(Momentum = 0.9)",
        };
        return Emit(source, args, x);
    }

    private bool LayerNorm(int source, TrackedShape x) =>
        x.Last.IsKnown && Shareable(
            Emit(source, _rng.Next(2) == 0 ? "LayerNorm" : "LayerNorm(Epsilon = 1e-5)", x),
            y => y.Last.IsKnown && y.Last.Value == x.Last.Value ? y : null);

    private bool Flatten(int source, TrackedShape x)
    {
        var value = x.Elements;
        var key = x.Dims.All(d => d.IsKnown) ? null : "f(" + x.Signature + ")";
        return Emit(source, "Flatten", TrackedShape.Of(new TrackedDim(value, key)));
    }

    private bool Reshape(int source, TrackedShape x)
    {
        var symbolic = x.Dims.Where(d => !d.IsKnown).ToList();
        if (symbolic.Count == 0)
        {
            // Split the element count into 1–3 factors; one of them may be left to inference (-1).
            var factors = new List<long>();
            var rest = x.Elements;
            var count = _rng.Next(1, 4);
            for (var i = 1; i < count; i++)
            {
                var divisors = Enumerable.Range(1, (int)Math.Min(rest, 12)).Where(d => rest % d == 0).ToList();
                var f = divisors[_rng.Next(divisors.Count)];
                factors.Add(f);
                rest /= f;
            }

            factors.Insert(_rng.Next(factors.Count + 1), rest);
            var inferred = _rng.Next(2) == 0 ? _rng.Next(factors.Count) : -1;
            var text = string.Join(", ", factors.Select((f, i) => i == inferred ? "-1" : Num(f)));
            return Emit(source, $"Reshape({text})", TrackedShape.Of([.. factors.Select(Known)]));
        }

        if (symbolic.Count > 1 || x.Dims.Length < 2)
        {
            return false;
        }

        // One symbolic dimension: keep a known factor m of the rest and let the other dimension be inferred.
        var known = x.Dims.Where(d => d.IsKnown).Aggregate(1L, (acc, d) => acc * d.Value);
        var options = Enumerable.Range(1, (int)Math.Min(known, 12)).Where(m => known % m == 0).ToList();
        var m = options[_rng.Next(options.Count)];
        var free = new TrackedDim(symbolic[0].Value * known / m, $"r({symbolic[0].Key},{known},{m})");
        return _rng.Next(2) == 0
            ? Emit(source, $"Reshape(-1, {m})", TrackedShape.Of(free, Known(m)))
            : Emit(source, $"Reshape({m}, -1)", TrackedShape.Of(Known(m), free));
    }

    private bool Permute(int source, TrackedShape x)
    {
        var n = x.Dims.Length;
        if (n < 2)
        {
            return false;
        }

        var order = Enumerable.Range(1, n).ToArray();
        while (order.Select((d, i) => d == i + 1).All(b => b))
        {
            order = [.. order.OrderBy(_ => _rng.Next())];
        }

        return Emit(source, $"Permute({string.Join(", ", order)})", TrackedShape.Of([.. order.Select(d => x.Dims[d - 1])]));
    }

    private bool Recurrent(int source, TrackedShape x)
    {
        if (x.Rank != 3 || !x.Last.IsKnown)
        {
            return false;
        }

        var kind = Pick(["Lstm", "Gru", "SimpleRnn"]);
        var units = _rng.Next(1, 9);
        var sequences = _rng.Next(2) == 0;
        var bidirectional = _rng.Next(3) == 0;
        var args = $"{kind}({units}{(sequences ? ", ReturnSequences = true" : string.Empty)}{(bidirectional ? ", Bidirectional = true" : string.Empty)})";
        var width = Known(units * (bidirectional ? 2 : 1));
        TrackedShape Apply(TrackedShape y) => sequences ? new TrackedShape([y.Dims[0], width], Sequence: true) : TrackedShape.Of(width);
        return Shareable(Emit(source, args, Apply(x)), y => y.Rank == 3 && y.Last.IsKnown && y.Last.Value == x.Last.Value ? Apply(y) : null);
    }

    /// <summary>Applies an earlier Dense, LayerNorm or recurrent layer (same weights) to <paramref name="source"/>.</summary>
    private bool Shared(int source, TrackedShape x)
    {
        var owners = _shareable.Where(o => o.Key != _nodes[source].Name).Select(o => (o.Key, Shape: o.Value(x))).Where(o => o.Shape is not null).ToList();
        if (owners.Count == 0)
        {
            return false;
        }

        var (owner, shape) = owners[_rng.Next(owners.Count)];
        return Declare($"Shared(nameof({owner}), From = nameof({_nodes[source].Name}))", shape!);
    }

    private bool Shareable(bool declared, Func<TrackedShape, TrackedShape?> apply)
    {
        if (declared)
        {
            _shareable[_nodes[^1].Name] = apply;
        }

        return declared;
    }

    private bool TryMerge()
    {
        var candidates = Enumerable.Range(0, _nodes.Count).Where(i => !_nodes[i].Shape.Integer).ToList();
        if (_rng.Next(2) == 0)
        {
            // Element-wise: two or three nodes of one shape.
            var groups = candidates.GroupBy(i => (_nodes[i].Shape.Rank, _nodes[i].Shape.Signature)).Where(g => g.Count() >= 2).ToList();
            if (groups.Count == 0)
            {
                return false;
            }

            var members = groups[_rng.Next(groups.Count)].OrderBy(_ => _rng.Next()).ToList();
            var kind = Pick(["Add", "Subtract", "Multiply", "Average", "Maximum"]);
            var take = kind == "Subtract" || members.Count == 2 || _rng.Next(2) == 0 ? 2 : 3;
            var chosen = members.Take(take).ToList();
            var first = _nodes[chosen[0]].Shape;
            return EmitMerge($"{kind}({Refs(chosen)})", first);
        }

        // Concatenate: same rank, equal everywhere but (at most) the concat axis.
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var a = candidates[_rng.Next(candidates.Count)];
            var b = candidates[_rng.Next(candidates.Count)];
            var sa = _nodes[a].Shape;
            var sb = _nodes[b].Shape;
            if (sa.Rank != sb.Rank)
            {
                continue;
            }

            var differing = Enumerable.Range(1, sa.Rank - 1).Where(ax => sa[ax].Signature != sb[ax].Signature).ToList();
            if (differing.Count > 1)
            {
                continue;
            }

            var axis = differing.Count == 1 ? differing[0] : _rng.Next(1, sa.Rank);
            var inputs = new List<int> { a, b };
            var sum = new TrackedDim(sa[axis].Value + sb[axis].Value, sa[axis].IsKnown && sb[axis].IsKnown ? null : $"s({sa[axis].Signature},{sb[axis].Signature})");
            string axisArg;
            if (axis == sa.Rank - 1 && _rng.Next(2) == 0)
            {
                axisArg = string.Empty;
            }
            else
            {
                axisArg = _rng.Next(2) == 0 ? $", Axis = {axis}" : $", Axis = {axis - sa.Rank}";
            }

            return EmitMerge($"Concatenate({Refs(inputs)}{axisArg})", sa.With(axis, sum));
        }

        return false;
    }

    private bool EmitMerge(string attribute, TrackedShape shape) =>
        Declare(attribute, shape with { Integer = false });

    private string Refs(IEnumerable<int> nodes) => string.Join(", ", nodes.Select(i => $"nameof({_nodes[i].Name})"));

    /// <summary>Declares a single-input layer reading <paramref name="source"/>; From is omitted when it is the node just above.</summary>
    private bool Emit(int source, string attribute, TrackedShape shape)
    {
        var from = source == _nodes.Count - 1 && _rng.Next(2) == 0 ? null : $"From = nameof({_nodes[source].Name})";
        if (from is not null)
        {
            attribute = attribute.EndsWith(')') ? $"{attribute[..^1]}, {from})" : $"{attribute}({from})";
        }

        return Declare(attribute, shape);
    }

    private bool Declare(string attribute, TrackedShape shape)
    {
        if (shape.Elements > MaxElements || shape.Dims.Any(d => d.Value <= 0))
        {
            return false;
        }

        var name = $"L{_layers++}";
        _body.Append(CultureInfo.InvariantCulture, $"    [{attribute}]\n    [Output]\n    public partial Node {name} {{ get; }}\n\n");
        _nodes.Add((name, shape));
        return true;
    }

    /// <summary>Keras output size of a sliding window, or null when the window does not fit the concrete size.</summary>
    private static TrackedDim? Window(TrackedDim size, int kernel, int stride, int dilation, string padding)
    {
        if (padding == "Valid")
        {
            var extent = (dilation * (kernel - 1)) + 1;
            if (size.Value < extent)
            {
                return null;
            }

            var value = ((size.Value - extent) / stride) + 1;
            var key = size.Key is null ? null : stride == 1 && extent == 1 ? size.Key : $"v({size.Key},{extent},{stride})";
            return new TrackedDim(value, key);
        }

        var ceil = (size.Value + stride - 1) / stride;
        return new TrackedDim(ceil, size.Key is null ? null : stride == 1 ? size.Key : $"c({size.Key},{stride})");
    }

    /// <summary>Whether a rank-<paramref name="rank"/> convolution or pooling reads this tensor in the model's format.</summary>
    private bool ReadsSpatial(TrackedShape x, int rank) =>
        !x.Integer && x.Rank == rank + 2 && !(rank == 1 && ChannelsFirst && x.Sequence);

    /// <summary>The DSL's channel axis: the last for (N, C) vectors, batch-first sequences and channels-last, else 1.</summary>
    private int ChannelAxis(TrackedShape x) => x.Rank == 2 || x.Sequence || !ChannelsFirst ? x.Rank - 1 : 1;

    private IEnumerable<int> SpatialAxes(int rank) => ChannelsFirst ? Enumerable.Range(2, rank) : Enumerable.Range(1, rank);

    private string ActivationArg() => _rng.Next(2) == 0 ? string.Empty : $", Activation = Activation.{Pick(s_activations)}";

    private string Pick(string[] options) => options[_rng.Next(options.Length)];

    private static TrackedDim Known(long value) => TrackedDim.Known(value);

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);
}
