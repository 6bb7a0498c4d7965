using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Analysis;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Emitting;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Generators.Layers;

/// <summary>
/// <c>[Submodel(typeof(X))]</c>: another model's spec (parsed from its symbol), the output used and the repeat count.
/// The submodel's symbolic input dims bind to the actual shapes; <c>Repeat</c> chains fresh instances.
/// </summary>
[LayerKind(typeof(SubmodelAttribute))]
internal sealed record SubmodelLayer(ModelSpec Model, string? Output, int Repeat) : LayerSpec
{
    /// <summary>The largest <c>Repeat</c>.</summary>
    public const int MaxRepeat = 1024;

    public override bool AcceptsManyInputs => true;

    public override string KerasType => Model.Name;

    public static LayerSpec Parse(LayerReader reader)
    {
        var data = reader.Data;
        var context = reader.Context;
        if (data.ConstructorArguments[0].Value is not INamedTypeSymbol model ||
            !model.GetAttributes().Any(a => a.AttributeClass?.Name == nameof(ModelAttribute) && a.AttributeClass.ContainingNamespace?.ToDisplayString() == ModelParser.Namespace))
        {
            reader.ArgumentError(LayerReader.At(0), $"{data.ConstructorArguments[0].Value} is not a [Model] class");
            return new InvalidLayer(reader.AttributeName);
        }

        // A model met again in its own submodel chain: TG0003 at the [Submodel] of the model where the cycle starts (the
        // outermost one on it), naming the chain from there ("A → B → A"). The [Submodel] that closes the cycle and the
        // one it starts from become invalid, so nothing on the cycle is emitted or inferred.
        var key = model.ToDisplayString();
        var enclosing = context.Enclosing;
        var current = enclosing[enclosing.Count - 1];
        var start = enclosing.FindIndex(f => f.Key == key);
        if (start >= 0)
        {
            var origin = enclosing[start];
            var path = string.Join(" → ", enclosing.Skip(start).Select(f => f.Name).Concat([model.Name]));
            if (origin == current)
            {
                origin.Diagnostics.Add(DiagnosticDescriptors.Cycle.Create(reader.Node, DiagnosticTarget.NodeAttribute, null, path));
            }
            else if (!origin.CycleFound)
            {
                origin.Diagnostics.Add(DiagnosticDescriptors.Cycle.Create(origin.Node, DiagnosticTarget.NodeAttribute, null, path));
                origin.CycleFound = true;
            }

            return new InvalidLayer(reader.AttributeName);
        }

        var attribute = reader.Attribute<SubmodelAttribute>();
        reader.Positive(nameof(SubmodelAttribute.Repeat), "Repeat", attribute.Repeat);
        if (attribute.Repeat > MaxRepeat)
        {
            // Shape inference runs the chain once per instance and the constructor lists every instance: a count far
            // beyond any real network would make the generator hang or run out of memory.
            reader.ArgumentError(nameof(SubmodelAttribute.Repeat), $"Repeat must be at most {MaxRepeat}, got {attribute.Repeat}");
            return new InvalidLayer(reader.AttributeName);
        }

        current.Node = reader.Node;
        var spec = ModelParser.Parse(model, enclosing, context.CancellationToken);
        if (current.CycleFound)
        {
            current.CycleFound = false;
            return new InvalidLayer(reader.AttributeName);
        }

        return new SubmodelLayer(spec, attribute.Output, System.Math.Max(attribute.Repeat, 1));
    }

    public override string Describe() => $"Submodel(typeof({Model.Name}){(Repeat == 1 ? string.Empty : $", Repeat = {Repeat}")})";

    /// <summary>
    /// The submodel's outputs in declaration order — the order of its <c>Outputs</c> record, of its PyTorch forward's
    /// tuple and of its <c>ExportOnnxGraph</c> values.
    /// </summary>
    private IEnumerable<NodeSpec> Outputs => Model.Nodes.Where(n => n.Output is not null);

    /// <summary>The name of the output this node takes: <see cref="Output"/>, or the submodel's only output (inference reports every other case).</summary>
    private string OutputName => Output ?? Outputs.First().Name;

    /// <summary>The position of <see cref="OutputName"/> among the submodel's outputs.</summary>
    private int OutputIndex => Outputs.Select(n => n.Name).ToList().IndexOf(OutputName);

    public override InferenceResult Infer(InferContext context)
    {
        var graph = GraphAnalyzer.Analyze(Model, context.CancellationToken);
        var name = Model.Name;
        if (graph.HasErrors)
        {
            context.Argument("0", $"submodel {name} has declaration errors ({string.Join(", ", graph.Diagnostics.Where(d => d.IsError).Select(d => d.Id).Distinct())})");
            return null;
        }

        var subInputs = graph.Nodes.Where(n => n.Layer is InputLayer).ToList();
        var subOutputs = graph.Nodes.Where(n => n.Spec.Output is not null).ToList();
        var output = Output is null ? (subOutputs.Count == 1 ? subOutputs[0] : null) : subOutputs.FirstOrDefault(o => o.Name == Output);
        if (output is null)
        {
            context.Argument(nameof(SubmodelAttribute.Output), Output is null
                ? $"{name} has {subOutputs.Count} outputs; choose one with Output = nameof({name}.{subOutputs.FirstOrDefault()?.Name ?? "X"})"
                : $"{name} has no output '{Output}' (outputs: {string.Join(", ", subOutputs.Select(o => o.Name))})");
            return null;
        }

        if (subInputs.Count != context.Inputs.Count)
        {
            context.Argument(nameof(SubmodelAttribute.Inputs), $"{name} has {subInputs.Count} inputs ({string.Join(", ", subInputs.Select(i => i.Name))}) but {context.Inputs.Count} node(s) are bound to them");
            return null;
        }

        if (Repeat > 1 && subInputs.Count != 1)
        {
            context.Argument(nameof(SubmodelAttribute.Repeat), $"Repeat chains instances output to input, so {name} needs exactly one input");
            return null;
        }

        // The submodel is built at its default point (new Model()): its own int hyper-parameters are its defaults here,
        // never symbols of this model's space (which may use the same names for other values).
        var defaults = Model.HyperParameters.Where(hp => hp.DefaultSize is not null).ToDictionary(hp => hp.Name, hp => Dim.Of(hp.DefaultSize!.Value));
        var current = context.Inputs.Select(i => i.Shape).ToList();
        TensorShape? result = null;
        for (var r = 0; r < Repeat; r++)
        {
            var binding = new Dictionary<string, Dim>(defaults);
            for (var i = 0; i < subInputs.Count; i++)
            {
                if (!Bind(context, subInputs[i], current[i], binding))
                {
                    return null;
                }
            }

            result = output.Shape! with { SampleDims = output.Shape!.SampleDims.Select(d => d.Substitute(binding)).ToEquatableArray() };
            current = [result];
        }

        return result;
    }

    /// <summary>Unifies a submodel input's declared dims with the actual shape: constants must agree, symbols bind.</summary>
    private bool Bind(InferContext context, GraphNode input, TensorShape actual, Dictionary<string, Dim> binding)
    {
        var declared = input.Shape!;
        var fits = declared.Rank == actual.Rank;
        for (var d = 0; fits && d < declared.SampleDims.Count; d++)
        {
            var want = declared.SampleDims[d];
            if (want.Kind == DimKind.Symbol)
            {
                if (binding.TryGetValue(want.Name!, out var bound))
                {
                    fits = DimComparer.Compare(bound, actual.SampleDims[d], null, context.CancellationToken) != DimRelation.Different;
                }
                else
                {
                    binding[want.Name!] = actual.SampleDims[d];
                }
            }
            else
            {
                fits = DimComparer.Compare(want, actual.SampleDims[d], null, context.CancellationToken) != DimRelation.Different;
            }
        }

        if (!fits)
        {
            context.Report(DiagnosticDescriptors.SubmodelInputMismatch, DiagnosticTarget.NodeAttribute, null, Model.Name, input.Name, declared, actual);
        }

        return fits;
    }

    /// <summary>A submodel's weights do not depend on this model's hyper-parameters: counted on a fresh instance (built with its own defaults) when the search space is first read.</summary>
    public override string? ParametersAtRunTime(ConstructContext context) => $"CountParameters(new {Model.FullTypeName}()) * {Repeat}";

    public override string? ModuleType(ConstructContext context) => Repeat == 1
        ? Model.FullTypeName
        : $"global::TorchSharp.Modules.ModuleList<{Model.FullTypeName}>";

    public override IEnumerable<string> Construct(ConstructContext context)
    {
        var type = Model.FullTypeName;
        yield return Repeat == 1
            ? $"{context.Field} = new {type}();"
            : $"{context.Field} = {ConstructContext.Nn}.ModuleList({string.Join(", ", Enumerable.Repeat($"new {type}()", Repeat))});";
    }

    /// <summary>The statements of a submodel step; a repeated one is a loop over its instances.</summary>
    public override IEnumerable<string> Forward(EmitContext context)
    {
        var local = context.Local;
        var type = Model.FullTypeName;
        var output = OutputName;
        if (Repeat == 1)
        {
            yield return $"var {local} = {context.Field}.forward(new {type}.Inputs({string.Join(", ", context.Inputs)})).{output};";
            yield break;
        }

        var block = context.Loop;
        yield return $"var {local} = {context.X};";
        yield return $"foreach (var {block} in {context.Field})";
        yield return "{";
        yield return $"    {local} = {block}.forward(new {type}.Inputs({local})).{output};";
        yield return "}";
    }

    /// <summary>
    /// A submodel with hyper-parameters cannot be exported yet; otherwise it exports when each of its nodes does, which
    /// <see cref="Emitting.PyTorchEmitter"/> decides once per submodel (the reason then names the node inside it).
    /// </summary>
    public override string? PyTorchUnsupported =>
        // The submodel's class is written into this model's model.py, where its hyper-parameter holes would read
        // this model's values, not the submodel's defaults it is built with.
        Model.HyperParameters.Count > 0
            ? $"its submodel {Model.Name} declares hyper-parameters ({string.Join(", ", Model.HyperParameters.Select(hp => hp.Name))}), which the PyTorch export does not support inside another model yet"
            : null;

    /// <summary>The submodel's own exported class (the same state-dict prefixes: <c>block.dense.weight</c>, <c>blocks.0.dense.weight</c>).</summary>
    public override string? PyTorchModule(ConstructContext context) => Repeat == 1
        ? $"{Model.Name}()"
        : $"torch.nn.ModuleList([{Model.Name}() for _ in range({Repeat})])";

    public override IEnumerable<string> PyTorchForward(PythonEmitContext context)
    {
        var local = context.Local;
        var pick = Outputs.Skip(1).Any() ? $"[{OutputIndex}]" : string.Empty;
        if (Repeat == 1)
        {
            yield return $"{local} = {context.Module}({string.Join(", ", context.Inputs)}){pick}";
            yield break;
        }

        yield return $"{local} = {context.X}";
        yield return $"for {context.Loop} in {context.Module}:";
        yield return $"    {local} = {context.Loop}({local}){pick}";
    }

    /// <summary>
    /// The submodel's own generated graph, its weights under this node's state-dict prefix (<c>block.</c>; a repeated
    /// one's instance <c>i</c> under <c>block.i.</c>), the chosen output taken.
    /// </summary>
    public override IEnumerable<string> OnnxForward(OnnxContext context)
    {
        var local = context.Local;
        var field = context.Field;
        var output = OutputIndex;
        var prefix = $"{OnnxContext.Prefix} + {Literal.String(context.ModuleName + ".")}";
        if (Repeat == 1)
        {
            yield return $"var {local} = {field}.ExportOnnxGraph({OnnxContext.Builder}, [{string.Join(", ", context.Inputs)}], {prefix})[{output}];";
            yield break;
        }

        var block = context.Loop;
        yield return $"var {local} = {context.X};";
        yield return $"for (var {block} = 0; {block} < {Repeat}; {block}++)";
        yield return "{";
        yield return $"    {local} = {field}[{block}].ExportOnnxGraph({OnnxContext.Builder}, [{local}], {prefix} + {block}.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \".\")[{output}];";
        yield return "}";
    }
}
