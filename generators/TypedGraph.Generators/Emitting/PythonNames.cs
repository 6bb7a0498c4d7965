using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Layers;

namespace TypedGraph.Generators.Emitting;

/// <summary>
/// Python names in the exported <c>model.py</c>: one local per node (snake_case, unique within the forward, never a
/// keyword or a name the forward reads), a loop variable per repeated submodel, and the expression that reaches a
/// module attribute — <c>self.hidden1</c>, or <c>self._modules["training"]</c> for a state-dict name that is a keyword
/// or an attribute <c>torch.nn.Module</c> already has (the state-dict key must stay TorchSharp's).
/// </summary>
internal sealed class PythonNames : INodeNames
{
    private static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
        "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
        "pass", "raise", "return", "try", "while", "with", "yield", "match", "case", "type", "print",
    };

    /// <summary>Names the forward reads: the module's own name, the imports and the exported helpers.</summary>
    private static readonly string[] Reserved = ["self", "torch", "nn", "F", "math", "logits", "tg_same_pad", "tg_pool_same"];

    /// <summary>Attributes and methods of <c>torch.nn.Module</c> a submodule must not shadow.</summary>
    private static readonly HashSet<string> ModuleMembers = new(System.StringComparer.Ordinal)
    {
        "training", "forward", "train", "eval", "parameters", "buffers", "children", "modules", "state_dict", "load_state_dict",
        "to", "cuda", "cpu", "xpu", "ipu", "type", "float", "double", "half", "bfloat16", "apply", "zero_grad", "register_buffer",
        "register_parameter", "register_module", "add_module", "named_parameters", "named_buffers", "named_children", "named_modules",
        "requires_grad_", "extra_repr", "dump_patches", "call_super_init", "get_submodule", "get_parameter", "get_buffer",
        "share_memory", "register_forward_hook", "register_forward_pre_hook", "register_full_backward_hook",
        "register_full_backward_pre_hook", "register_backward_hook", "set_extra_state", "get_extra_state", "to_empty",
        "register_load_state_dict_post_hook", "register_state_dict_pre_hook", "T_destination",
    };

    private readonly HashSet<string> _taken = new(Reserved, System.StringComparer.Ordinal);
    private readonly string[] _nodes;
    private readonly Dictionary<int, string> _loops = [];

    public PythonNames(ModelGraph graph)
    {
        _nodes = new string[graph.Nodes.Count];
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            _nodes[i] = Claim(Names.SnakeCase(graph.Nodes[i].Name));
        }

        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            if (graph.Nodes[i].Layer is SubmodelLayer { Repeat: > 1 })
            {
                _loops[i] = Claim(_nodes[i] + "_block");
            }
        }
    }

    /// <summary>The local holding node <paramref name="index"/>'s tensor.</summary>
    public string this[int index] => _nodes[index];

    /// <summary>The loop variable over the instances of the repeated submodel at node <paramref name="index"/>.</summary>
    public string Loop(int index) => _loops[index];

    /// <summary>The expression reaching the submodule registered as <paramref name="name"/> (a state-dict prefix).</summary>
    public static string Attribute(string name) =>
        Keywords.Contains(name) || ModuleMembers.Contains(name) || name.StartsWith("_", System.StringComparison.Ordinal) || !name.All(c => char.IsLetterOrDigit(c) || c == '_')
            ? $"self._modules[\"{name}\"]"
            : $"self.{name}";

    private string Claim(string stem)
    {
        var name = Keywords.Contains(stem) ? stem + "_" : stem;
        var candidate = name;
        for (var suffix = 2; !_taken.Add(candidate); suffix++)
        {
            candidate = name + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
