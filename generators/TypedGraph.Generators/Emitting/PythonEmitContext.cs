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

    private readonly PythonNames _names;

    public PythonEmitContext(ModelGraph graph, PythonNames names, IReadOnlyList<Storage> storage, int index, bool withoutActivation)
        : base(graph, i => names[i], storage, index, withoutActivation)
    {
        _names = names;
    }

    /// <summary>The module this node applies (the owner's, for a shared layer): <c>self.hidden1</c>.</summary>
    public string Module => PythonNames.Attribute(Names.SnakeCase(Node.ModuleOwner));

    /// <summary>The loop variable of a repeated submodel's step.</summary>
    public string Loop => _names.Loop(Index);

    public string Activate(string expression, Activation activation) =>
        PythonActivations.Apply(expression, WithoutActivation ? Activation.None : activation);

    /// <summary>A Python float literal (<c>1e-05</c>, <c>0.5</c>, <c>2.0</c>).</summary>
    public static string Float(double value)
    {
        var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return text.IndexOfAny(['.', 'E', 'e', 'N', 'I']) >= 0 ? text : text + ".0";
    }

    /// <summary>A Python tuple of integers: <c>(3, 3)</c>, <c>(5,)</c>.</summary>
    public static string Tuple(IEnumerable<int> values)
    {
        var items = values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return items.Count == 1 ? $"({items[0]},)" : $"({string.Join(", ", items)})";
    }

    /// <summary>A Python bool literal.</summary>
    public static string Bool(bool value) => value ? "True" : "False";
}
