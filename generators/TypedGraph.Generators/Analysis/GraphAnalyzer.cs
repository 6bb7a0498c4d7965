using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Layers;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// Builds the <see cref="ModelGraph"/> of a parsed model: resolves node references (TG0002), orders the nodes
/// topologically (TG0003 on a cycle), checks for inputs and outputs (TG0004) and reachability (TG0011), and runs
/// each layer's own shape rule (<see cref="LayerSpec.Infer"/>) over every node. The single place where graph structure and shapes are decided; the
/// generator and the analyzers both call it.
/// </summary>
internal static class GraphAnalyzer
{
    /// <summary>
    /// The graph of <paramref name="model"/>; <paramref name="cancellationToken"/> (the pipeline step's) stops the shape
    /// inference between nodes and inside long dimension comparisons (<see cref="System.OperationCanceledException"/>).
    /// </summary>
    public static ModelGraph Analyze(ModelSpec model, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<GraphDiagnostic>(model.Diagnostics);
        var specs = model.Nodes;
        var indexByName = new Dictionary<string, int>();
        for (var i = 0; i < specs.Count; i++)
        {
            indexByName[specs[i].Name] = i;
        }

        // Resolve references by declaration index; an unknown name is reported and dropped.
        var inputs = new List<int>[specs.Count];
        for (var i = 0; i < specs.Count; i++)
        {
            inputs[i] = new List<int>();
            for (var p = 0; p < specs[i].Inputs.Count; p++)
            {
                var name = specs[i].Inputs[p];
                if (indexByName.TryGetValue(name, out var j))
                {
                    inputs[i].Add(j);
                }
                else
                {
                    diagnostics.Add(DiagnosticDescriptors.UnknownNode.Create(specs[i].Name, DiagnosticTarget.NodeArgument, ReferenceArgument(specs[i], p), specs[i].Name, name, model.Name));
                }
            }
        }

        if (!specs.Any(s => s.Layer is InputLayer))
        {
            diagnostics.Add(DiagnosticDescriptors.MissingInputOrOutput.Create(null, DiagnosticTarget.ModelClass, null, model.Name, "[Input]"));
        }

        if (!specs.Any(s => s.Output is not null))
        {
            diagnostics.Add(DiagnosticDescriptors.MissingInputOrOutput.Create(null, DiagnosticTarget.ModelClass, null, model.Name, "[Output]"));
        }

        var order = TopologicalOrder(specs, inputs, diagnostics);
        ReportUnreachable(specs, inputs, diagnostics);

        // Infer shapes in topological order; nodes on a cycle get no shape.
        var position = new int[specs.Count];
        for (var i = 0; i < order.Count; i++)
        {
            position[order[i]] = i;
        }

        var space = new HyperParameterSpace(model.HyperParameters);
        var owners = ResolveSharedLayers(model.Name, specs, indexByName, diagnostics);
        var shapes = new TensorShape?[specs.Count];
        var nodes = ImmutableArray.CreateBuilder<GraphNode>(order.Count);
        foreach (var i in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var owner = owners[i];
            var layer = owner >= 0 ? specs[owner].Layer : specs[i].Layer;
            var result = default(InferenceResult);
            var resolved = inputs[i].Count == specs[i].Inputs.Count && inputs[i].All(j => shapes[j] is not null) && owner != -2;
            if (resolved)
            {
                var sources = inputs[i].Select(j => new InferenceInput(specs[j].Name, owners[j] >= 0 ? specs[owners[j]].Layer : specs[j].Layer, shapes[j]!)).ToList();
                result = Infer(specs[i].Name, layer, sources, model.DataFormat, diagnostics, space, cancellationToken);
                if (result.Shape is not null && owner >= 0)
                {
                    result = CheckSharedWeights(specs, i, owner, layer, inputs, shapes, model.DataFormat, diagnostics) ? result : default;
                }
            }

            shapes[i] = result.Shape;
            var ownerName = owner >= 0 ? specs[owner].Name : specs[i].Name;
            nodes.Add(new GraphNode(specs[i], layer, ownerName, inputs[i].Select(j => position[j]).ToEquatableArray(), shapes[i], result.CheckAtRunTime));
        }

        var graphNodes = nodes.MoveToImmutable();
        LossFit.Check(graphNodes, diagnostics);
        return new ModelGraph(model, graphNodes, diagnostics.ToEquatableArray())
        {
            Minimums = SizeBounds.Minimums(graphNodes, space).ToEquatableArray(),
        };
    }

    /// <summary>
    /// A node's output shape by its layer's own rule (<see cref="LayerSpec.Infer"/>); an Input has no sources, other
    /// single-input layers must read exactly one node.
    /// </summary>
    private static InferenceResult Infer(string node, LayerSpec layer, List<InferenceInput> sources, DataFormat format, List<GraphDiagnostic> diagnostics, HyperParameterSpace space, CancellationToken cancellationToken)
    {
        var context = new InferContext(node, layer, sources, format, diagnostics, space, cancellationToken);
        if (layer is InputLayer)
        {
            return layer.Infer(context);
        }

        if (sources.Count == 0)
        {
            return null;
        }

        if (!layer.AcceptsManyInputs && sources.Count != 1)
        {
            context.Argument(nameof(NodeAttribute.From), $"{layer.KerasType} reads one input, got {sources.Count}");
            return null;
        }

        return layer.Infer(context);
    }

    /// <summary>The attribute argument that names input <paramref name="position"/> of a node: a merge's positional name,
    /// a submodel's <c>Inputs</c>, otherwise <c>From</c>.</summary>
    private static string ReferenceArgument(NodeSpec node, int position) => node.Layer switch
    {
        MergeLayer => position.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SubmodelLayer when node.Inputs.Count > 1 => "Inputs",
        _ => nameof(NodeAttribute.From),
    };

    /// <summary>
    /// For each node, the index of the node whose layer it applies when it is <c>[Shared]</c> (following chains of
    /// sharing), −1 when it owns its layer, −2 when the shared node does not exist or sharing loops.
    /// </summary>
    private static int[] ResolveSharedLayers(string modelName, EquatableArray<NodeSpec> specs, Dictionary<string, int> indexByName, List<GraphDiagnostic> diagnostics)
    {
        var owners = new int[specs.Count];
        for (var i = 0; i < specs.Count; i++)
        {
            owners[i] = -1;
            var seen = new HashSet<int> { i };
            var current = i;
            while (specs[current].Layer is SharedLayer shared)
            {
                if (!indexByName.TryGetValue(shared.Source, out var next) || !seen.Add(next))
                {
                    if (current == i)
                    {
                        var message = indexByName.ContainsKey(shared.Source) ? "sharing leads back to this node" : null;
                        diagnostics.Add(message is null
                            ? DiagnosticDescriptors.UnknownNode.Create(specs[i].Name, DiagnosticTarget.NodeArgument, "0", specs[i].Name, shared.Source, modelName)
                            : DiagnosticDescriptors.InvalidArgument.Create(specs[i].Name, DiagnosticTarget.NodeArgument, "0", specs[i].Name, message));
                    }

                    owners[i] = -2;
                    break;
                }

                current = next;
                owners[i] = next;
            }

            if (owners[i] >= 0 && specs[owners[i]].Layer is InputLayer or InvalidLayer)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidArgument.Create(specs[i].Name, DiagnosticTarget.NodeArgument, "0", specs[i].Name, $"'{specs[owners[i]].Name}' is not a layer that can be shared"));
                owners[i] = -2;
            }
        }

        return owners;
    }

    /// <summary>TG0105 when a shared layer's weights were allocated for other input sizes than this application's.</summary>
    private static bool CheckSharedWeights(EquatableArray<NodeSpec> specs, int node, int owner, LayerSpec layer, List<int>[] inputs, TensorShape?[] shapes, DataFormat format, List<GraphDiagnostic> diagnostics)
    {
        if (inputs[owner].Count != 1 || inputs[node].Count != 1 || shapes[inputs[owner][0]] is not { } original)
        {
            return true;
        }

        var applied = shapes[inputs[node][0]]!;
        var expected = layer.WeightKey(original, format);
        var actual = layer.WeightKey(applied, format);
        if (expected == actual)
        {
            return true;
        }

        diagnostics.Add(DiagnosticDescriptors.SharedInputMismatch.Create(specs[node].Name, DiagnosticTarget.NodeAttribute, null, specs[node].Name, specs[owner].Name, original, applied));
        return false;
    }

    /// <summary>Kahn's algorithm, always taking the earliest-declared ready node, so a Sequential-style declaration keeps
    /// its order. Nodes left over sit on (or behind) a cycle: one TG0003 per cycle, and they are excluded.</summary>
    private static List<int> TopologicalOrder(EquatableArray<NodeSpec> specs, List<int>[] inputs, List<GraphDiagnostic> diagnostics)
    {
        var pending = new int[specs.Count];
        var consumers = new List<int>[specs.Count];
        for (var i = 0; i < specs.Count; i++)
        {
            consumers[i] = new List<int>();
        }

        for (var i = 0; i < specs.Count; i++)
        {
            foreach (var j in inputs[i])
            {
                pending[i]++;
                consumers[j].Add(i);
            }
        }

        var ready = new SortedSet<int>(Enumerable.Range(0, specs.Count).Where(i => pending[i] == 0));
        var order = new List<int>(specs.Count);
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            order.Add(next);
            foreach (var c in consumers[next])
            {
                if (--pending[c] == 0)
                {
                    ready.Add(c);
                }
            }
        }

        if (order.Count < specs.Count)
        {
            var reported = new HashSet<int>();
            for (var start = 0; start < specs.Count; start++)
            {
                if (pending[start] == 0 || reported.Contains(start))
                {
                    continue;
                }

                var cycle = FindCycle(start, inputs, pending);
                if (cycle is null || cycle.Any(reported.Contains))
                {
                    continue;
                }

                reported.UnionWith(cycle);
                var path = string.Join(" → ", cycle.Concat(new[] { cycle[0] }).Select(k => specs[k].Name));
                diagnostics.Add(DiagnosticDescriptors.Cycle.Create(specs[cycle[0]].Name, DiagnosticTarget.NodeAttribute, null, path));
            }
        }

        return order;
    }

    /// <summary>Walks input edges from <paramref name="start"/> among unresolved nodes until a node repeats; returns that loop in data-flow order.</summary>
    private static List<int>? FindCycle(int start, List<int>[] inputs, int[] pending)
    {
        var path = new List<int>();
        var seen = new Dictionary<int, int>();
        var current = start;
        while (!seen.ContainsKey(current))
        {
            seen[current] = path.Count;
            path.Add(current);
            var next = inputs[current].FindIndex(j => pending[j] > 0);
            if (next < 0)
            {
                return null;
            }

            current = inputs[current][next];
        }

        // Report in data-flow order, starting at the earliest-declared node of the loop.
        var loop = path.Skip(seen[current]).Reverse().ToList();
        var first = loop.IndexOf(loop.Min());
        return loop.Skip(first).Concat(loop.Take(first)).ToList();
    }

    private static void ReportUnreachable(EquatableArray<NodeSpec> specs, List<int>[] inputs, List<GraphDiagnostic> diagnostics)
    {
        var reaches = new bool[specs.Count];
        var stack = new Stack<int>(Enumerable.Range(0, specs.Count).Where(i => specs[i].Output is not null));
        if (stack.Count == 0)
        {
            return; // TG0004 already says the model has no output.
        }

        while (stack.Count > 0)
        {
            var i = stack.Pop();
            if (reaches[i])
            {
                continue;
            }

            reaches[i] = true;
            foreach (var j in inputs[i])
            {
                stack.Push(j);
            }
        }

        for (var i = 0; i < specs.Count; i++)
        {
            if (!reaches[i])
            {
                diagnostics.Add(DiagnosticDescriptors.Unreachable.Create(specs[i].Name, DiagnosticTarget.Property, null, specs[i].Name));
            }
        }
    }
}
