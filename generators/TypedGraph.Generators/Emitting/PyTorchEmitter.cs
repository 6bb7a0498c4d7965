using System.Collections.Generic;
using System.Linq;
using System.Threading;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Layers;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Emitting;

/// <summary>
/// Writes the PyTorch twin of an analysed model — the Python classes <c>ExportPyTorch</c> puts in <c>model.py</c>: one
/// <c>torch.nn.Module</c> per model (submodels first), with the TorchSharp model's module names, so both have the same
/// state-dict keys and shapes, and a forward that mirrors the generated C# forward step by step (the same storage
/// decisions and permutes, the same padding, the final activations applied unless <c>logits=True</c>). Everything
/// layer-specific comes from the kinds (<see cref="LayerSpec.PyTorchModule"/>, <see cref="LayerSpec.PyTorchForward"/>).
/// </summary>
internal static class PyTorchEmitter
{
    /// <summary>
    /// The Python classes of <paramref name="graph"/> and of every submodel it uses, each once, submodels first, in
    /// <paramref name="source"/>; or false with <paramref name="reason"/>, why the model cannot be exported, naming the
    /// node at fault (inside a submodel: the submodel's node, and why). Each submodel is analysed once, and its reason
    /// decided once, however many models use it.
    /// </summary>
    public static bool TryEmit(ModelGraph graph, CancellationToken cancellationToken, out string source, out string reason)
    {
        var analysed = new Dictionary<string, ModelGraph>(System.StringComparer.Ordinal);
        ModelGraph GraphOf(ModelSpec model)
        {
            if (!analysed.TryGetValue(model.FullTypeName, out var found))
            {
                analysed[model.FullTypeName] = found = GraphAnalyzer.Analyze(model, cancellationToken);
            }

            return found;
        }

        var classes = Classes(graph, GraphOf);
        var reasons = new Dictionary<string, string?>(System.StringComparer.Ordinal);
        foreach (var model in classes)
        {
            reasons[model.Model.FullTypeName] = Unsupported(model, GraphOf, reasons);
        }

        if (reasons[graph.Model.FullTypeName] is { } unsupported)
        {
            (source, reason) = (string.Empty, unsupported);
            return false;
        }

        var writer = new SourceWriter();
        var first = true;
        foreach (var model in classes)
        {
            if (!first)
            {
                writer.WriteLine();
                writer.WriteLine();
            }

            WriteClass(writer, model);
            first = false;
        }

        (source, reason) = (writer.ToString(), string.Empty);
        return true;
    }

    /// <summary>
    /// Why <paramref name="graph"/> cannot be exported (its first node that cannot, or two classes of one name among the
    /// classes it needs); null when it can. <paramref name="reasons"/> holds the answer of every submodel it uses.
    /// </summary>
    private static string? Unsupported(ModelGraph graph, System.Func<ModelSpec, ModelGraph> graphOf, Dictionary<string, string?> reasons)
    {
        foreach (var node in graph.Nodes)
        {
            var reason = node.Layer.PyTorchUnsupported
                ?? (node.Layer is SubmodelLayer submodel && reasons[submodel.Model.FullTypeName] is { } inner
                    ? $"its submodel {submodel.Model.Name} cannot be exported: {inner}"
                    : null);
            if (reason is not null)
            {
                return $"node '{node.Name}' ({node.Layer.Describe()}): {reason}";
            }
        }

        var clash = Classes(graph, graphOf).GroupBy(c => c.Model.Name).FirstOrDefault(g => g.Count() > 1);
        return clash is null
            ? null
            : $"the submodels {string.Join(" and ", clash.Select(c => c.Model.FullTypeName.Replace("global::", string.Empty)))} share the class name {clash.Key}, which must be unique in model.py";
    }

    /// <summary>Every model graph the export of <paramref name="graph"/> needs, dependencies before the models that use them.</summary>
    private static List<ModelGraph> Classes(ModelGraph graph, System.Func<ModelSpec, ModelGraph> graphOf)
    {
        var ordered = new List<ModelGraph>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        Collect(graph, graphOf, ordered, seen);
        return ordered;
    }

    private static void Collect(ModelGraph graph, System.Func<ModelSpec, ModelGraph> graphOf, List<ModelGraph> ordered, HashSet<string> seen)
    {
        if (!seen.Add(graph.Model.FullTypeName))
        {
            return;
        }

        foreach (var node in graph.Nodes.Where(n => !n.IsSharedApplication))
        {
            if (node.Layer is SubmodelLayer submodel)
            {
                Collect(graphOf(submodel.Model), graphOf, ordered, seen);
            }
        }

        ordered.Add(graph);
    }

    private static void WriteClass(SourceWriter writer, ModelGraph graph)
    {
        var plan = new EmitPlan(graph);
        var declared = graph.Model.Nodes.Select(spec => plan.IndexOf(spec.Name)).Where(i => i >= 0).Select(i => graph.Nodes[i]).ToList();
        var inputs = declared.Where(n => n.Spec.Layer is InputLayer).ToList();
        var outputs = declared.Where(n => n.Spec.Output is not null).ToList();
        var names = new PythonNames(graph);
        var storage = plan.Storage;
        var frozen = Frozen(graph).ToList();
        var signature = string.Join(", ", inputs.Select(i => $"{Names.SnakeCase(i.Name)} {i.Shape}"));
        var returns = string.Join(", ", outputs.Select(o => $"{Names.SnakeCase(o.Name)} {o.Shape}"));

        writer.WriteLine($"class {graph.Model.Name}(nn.Module):");
        using (writer.Indent())
        {
            writer.WriteLine($"# The PyTorch twin of the TypedGraph model {graph.Model.Name}: forward({signature}) -> {returns}.");
            writer.WriteLine("# Module names (state-dict keys) and shapes are TorchSharp's; weights come from load_weights.");
            writer.WriteLine();
            writer.WriteLine("def __init__(self):");
            using (writer.Indent())
            {
                writer.WriteLine("super().__init__()");
                foreach (var node in graph.Nodes.Where(n => !n.IsSharedApplication && n.InputIndices.Count > 0))
                {
                    var attribute = PythonNames.Attribute(Names.SnakeCase(node.Name));
                    var context = new ConstructContext(attribute, node.InputIndices.Select(i => graph.Nodes[i].Shape!).ToList(), node.Shape!, graph.Model.DataFormat);
                    if (node.Layer.PyTorchModule(context) is { } module)
                    {
                        writer.WriteLine($"{attribute} = {module}");
                    }
                }

                foreach (var node in frozen)
                {
                    writer.WriteLine($"{PythonNames.Attribute(Names.SnakeCase(node.Name))}.requires_grad_(False)");
                }
            }

            if (frozen.Count > 0)
            {
                writer.WriteLine();
                writer.WriteLine("def train(self, mode=True):");
                using (writer.Indent())
                {
                    writer.WriteLine("# A frozen (Trainable = false) layer's batch normalization runs in inference mode, as in TypedGraph.");
                    writer.WriteLine("super().train(mode)");
                    foreach (var node in frozen)
                    {
                        writer.WriteLine($"tg_freeze_batchnorm({PythonNames.Attribute(Names.SnakeCase(node.Name))})");
                    }

                    writer.WriteLine("return self");
                }
            }

            writer.WriteLine();
            var parameters = string.Join(", ", inputs.Select(i => names[plan.IndexOf(i.Name)]));
            writer.WriteLine($"def forward(self, {parameters}, *, logits=False):");
            using (writer.Indent())
            {
                writer.WriteLine("# logits=True leaves out the final softmax/sigmoid a fused loss absorbs (what train.py reads).");
                for (var index = 0; index < graph.Nodes.Count; index++)
                {
                    var node = graph.Nodes[index];
                    if (node.Layer is InputLayer input)
                    {
                        if (input.DType == DType.Int64)
                        {
                            writer.WriteLine($"{names[index]} = {names[index]}.long()");
                        }

                        continue;
                    }

                    var fused = plan.IsFused(index);
                    foreach (var statement in node.Layer.PyTorchForward(new PythonEmitContext(graph, names, storage, index, fused)))
                    {
                        writer.WriteLine(statement);
                    }

                    if (fused)
                    {
                        writer.WriteLine("if not logits:");
                        using (writer.Indent())
                        {
                            writer.WriteLine($"{names[index]} = {PythonActivations.Apply(names[index], node.Layer.FinalActivation, NodeContext.ActivationAxis(node.Shape!.Rank, storage[index]))}");
                        }
                    }
                }

                var results = outputs.Select(o =>
                {
                    var index = plan.IndexOf(o.Name);
                    return NodeContext.Convert(names[index], o.Shape!.Rank, storage[index], Storage.Logical);
                }).ToList();
                writer.WriteLine(results.Count == 1 ? $"return {results[0]}" : $"return ({string.Join(", ", results)})");
            }
        }
    }

    /// <summary>Nodes whose own module is frozen (<c>Trainable = false</c>).</summary>
    private static IEnumerable<GraphNode> Frozen(ModelGraph graph) =>
        graph.Nodes.Where(n => !n.Layer.Trainable && !n.IsSharedApplication && n.InputIndices.Count > 0 && n.Layer.ModuleType(new ConstructContext(string.Empty, n.InputIndices.Select(i => graph.Nodes[i].Shape!).ToList(), n.Shape!, graph.Model.DataFormat)) is not null);
}
