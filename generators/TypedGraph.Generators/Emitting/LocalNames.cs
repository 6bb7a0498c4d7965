using System.Collections.Generic;
using TypedGraph.Generators.Layers;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Emitting;

/// <summary>
/// The C# locals of one model's generated code: one per node (<c>EncodedText</c> → <c>encodedText</c>) and a loop
/// variable per repeated submodel. Node names are arbitrary identifiers, so the natural spellings can collide — with
/// each other (<c>Base</c> and <c>@base</c>), with the graph method's parameters (<c>inputs</c>, <c>logits</c>,
/// <c>record</c>), with the fields the method reads (<c>_digits</c>, <c>s_signature</c>) or with a loop variable
/// (<c>encoderBlock</c>). Each name is claimed once, in node order, parameters and fields first; a taken name gets the
/// next free numeric suffix (<c>logits2</c>).
/// </summary>
internal sealed class LocalNames : INodeNames
{
    /// <summary>The parameters of the generated graph methods (<c>ModelEmitter</c> writes their signatures): the forward graph's and the ONNX graph's.</summary>
    private static readonly string[] GraphParameters = ["inputs", "logits", "record", "onnx", "prefix"];

    /// <summary>The span of input tensors the entry check may widen (models with Int64 inputs).</summary>
    public string Entry { get; }

    private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);
    private readonly string[] _nodes;
    private readonly Dictionary<int, string> _loops = [];

    public LocalNames(ModelGraph graph, IEnumerable<string> fields)
    {
        _taken.UnionWith(GraphParameters);
        _taken.UnionWith(fields);
        Entry = Claim("entry");
        _nodes = new string[graph.Nodes.Count];
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            _nodes[i] = Claim(Names.Local(graph.Nodes[i].Name));
        }

        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            if (graph.Nodes[i].Layer is SubmodelLayer { Repeat: > 1 })
            {
                _loops[i] = Claim(_nodes[i] + "Block");
            }
        }
    }

    /// <summary>The local holding node <paramref name="index"/>'s tensor (in the constructor: its <c>Node</c>).</summary>
    public string this[int index] => _nodes[index];

    /// <summary>The loop variable over the instances of the repeated submodel at node <paramref name="index"/>.</summary>
    public string Loop(int index) => _loops[index];

    private string Claim(string stem)
    {
        // "@record" is the identifier record: compare without the verbatim prefix.
        var name = stem;
        for (var suffix = 2; !_taken.Add(name.TrimStart('@')); suffix++)
        {
            name = stem + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }
}
