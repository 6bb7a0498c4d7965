using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Layers;

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
    /// <summary>Why the model cannot be exported, naming the node at fault; null when every node exports.</summary>
    public static string? Unsupported(ModelGraph graph)
    {
        foreach (var node in graph.Nodes)
        {
            if (node.Layer.PyTorchUnsupported is { } reason)
            {
                return $"node '{node.Name}' ({node.Layer.Describe()}): {reason}";
            }
        }

        var clash = Classes(graph).GroupBy(c => c.Model.Name).FirstOrDefault(g => g.Count() > 1);
        return clash is null
            ? null
            : $"the submodels {string.Join(" and ", clash.Select(c => c.Model.FullTypeName.Replace("global::", string.Empty)))} share the class name {clash.Key}, which must be unique in model.py";
    }

    /// <summary>The Python classes of <paramref name="graph"/> and of every submodel it uses, each once, submodels first.</summary>
    public static string Emit(ModelGraph graph)
    {
        var writer = new SourceWriter();
        var first = true;
        foreach (var model in Classes(graph))
        {
            if (!first)
            {
                writer.WriteLine();
                writer.WriteLine();
            }

            WriteClass(writer, model);
            first = false;
        }

        return writer.ToString();
    }

    /// <summary>Every model graph the export needs, dependencies before the models that use them.</summary>
    private static List<ModelGraph> Classes(ModelGraph graph)
    {
        var ordered = new List<ModelGraph>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        Collect(graph, ordered, seen);
        return ordered;
    }

    private static void Collect(ModelGraph graph, List<ModelGraph> ordered, HashSet<string> seen)
    {
        if (!seen.Add(graph.Model.FullTypeName))
        {
            return;
        }

        foreach (var node in graph.Nodes.Where(n => !n.IsSharedApplication))
        {
            if (node.Layer is SubmodelLayer submodel)
            {
                Collect(GraphAnalyzer.Analyze(submodel.Model), ordered, seen);
            }
        }

        ordered.Add(graph);
    }

    private static void WriteClass(SourceWriter writer, ModelGraph graph)
    {
        var declared = graph.Model.Nodes.Select(spec => graph.IndexOf(spec.Name)).Where(i => i >= 0).Select(i => graph.Nodes[i]).ToList();
        var inputs = declared.Where(n => n.Spec.Layer is InputLayer).ToList();
        var outputs = declared.Where(n => n.Spec.Output is not null).ToList();
        var names = new PythonNames(graph);
        var storage = ModelEmitter.StorageOf(graph);
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

                foreach (var node in Frozen(graph))
                {
                    writer.WriteLine($"{PythonNames.Attribute(Names.SnakeCase(node.Name))}.requires_grad_(False)");
                }
            }

            if (Frozen(graph).Any())
            {
                writer.WriteLine();
                writer.WriteLine("def train(self, mode=True):");
                using (writer.Indent())
                {
                    writer.WriteLine("# A frozen (Trainable = false) layer's batch normalization runs in inference mode, as in TypedGraph.");
                    writer.WriteLine("super().train(mode)");
                    foreach (var node in Frozen(graph))
                    {
                        writer.WriteLine($"tg_freeze_batchnorm({PythonNames.Attribute(Names.SnakeCase(node.Name))})");
                    }

                    writer.WriteLine("return self");
                }
            }

            writer.WriteLine();
            var parameters = string.Join(", ", inputs.Select(i => names[graph.IndexOf(i.Name)]));
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

                    var fused = ModelEmitter.IsFused(node, graph);
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
                    var index = graph.IndexOf(o.Name);
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
