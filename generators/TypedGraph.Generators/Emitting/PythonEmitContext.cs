using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;

namespace TypedGraph.Generators.Emitting;

/// <summary>
/// What a layer needs to write one node's PyTorch forward step in the exported <c>model.py</c>: <see cref="NodeContext"/>
/// with Python locals, plus the module attribute the node applies and PyTorch's activation calls.
/// </summary>
internal sealed class PythonEmitContext : NodeContext
{
    /// <summary><c>torch.nn.functional</c> as <c>model.py</c> imports it.</summary>
    public const string F = "F";

    public PythonEmitContext(ModelGraph graph, PythonNames names, IReadOnlyList<Storage> storage, int index, bool withoutActivation)
        : base(graph, names, storage, index, withoutActivation)
    {
    }

    /// <summary>The module this node applies (the owner's, for a shared layer): <c>self.hidden1</c>.</summary>
    public string Module => PythonNames.Attribute(ModuleName);

    /// <summary><paramref name="expression"/> (this node's result, in its storage) with <paramref name="activation"/> applied, unless the loss absorbs it.</summary>
    public string Activate(string expression, Activation activation) =>
        PythonActivations.Apply(expression, WithoutActivation ? Activation.None : activation, OwnActivationAxis);

    /// <summary>A Python float literal (<c>1e-05</c>, <c>0.5</c>, <c>2.0</c>).</summary>
    public static string Float(double value)
    {
        var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return text.IndexOfAny(['.', 'E', 'e', 'N', 'I']) >= 0 ? text : text + ".0";
    }

    /// <summary>A Python tuple of integers: <c>(3, 3)</c>, <c>(5,)</c>.</summary>
    public static string Tuple(IEnumerable<int> values) => Tuple(values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>A Python tuple of items already written as Python (or holes): <c>(3, 3)</c>, <c>(5,)</c>.</summary>
    public static string Tuple(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 1 ? $"({list[0]},)" : $"({string.Join(", ", list)})";
    }

    /// <summary>A Python bool literal.</summary>
    public static string Bool(bool value) => value ? "True" : "False";

    /// <summary>
    /// A hole in <c>model.py</c> filled when the model exports it: the C# expression <paramref name="code"/> (a
    /// hyper-parameter of the model, or a size computed from them), written into the generated raw interpolated string
    /// (<see cref="HoleOpen"/> … <see cref="HoleClose"/>), formatted invariantly.
    /// </summary>
    public static string Hole(string code) => HoleOpen + code + HoleClose;

    /// <summary>The delimiters of a hole (the generated <c>PyTorchSource</c> is a <c>$$$</c> raw string when it has any).</summary>
    public const string HoleOpen = "{{{";

    /// <summary>See <see cref="HoleOpen"/>.</summary>
    public const string HoleClose = "}}}";

    /// <summary>A numeric attribute argument: its literal, or a hole reading the model's hyper-parameter.</summary>
    public static string Value(Model.Tunable<int> value) => value.IsReference ? Hole(value.Code) : value.ToString();

    /// <summary>A rate or factor argument: its Python literal, or a hole reading the model's hyper-parameter.</summary>
    public static string Value(Model.Tunable<double> value) => value.IsReference ? Hole(value.Code) : Float(value.Literal);

    /// <summary>A size: its value when constant, else a hole computing it from the model's hyper-parameters.</summary>
    public static string Size(Analysis.Dim dim) =>
        dim.Kind == Analysis.DimKind.Constant ? dim.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : Hole(DimCode.Of(dim));
}
