using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Model;
using TypedGraph.Generators.Analysis;

namespace TypedGraph.Generators.Parsing;

/// <summary>
/// Turns a <c>[Model]</c> class symbol into a <see cref="ModelSpec"/>: plain values only. Argument validation that
/// needs no graph (units &gt; 0, dropout rate range …) happens here; graph checks and shapes happen in
/// <see cref="Analysis.GraphAnalyzer"/>. Never throws on malformed code: what it cannot read becomes an
/// <see cref="InvalidLayerSpec"/> (the compiler already reports the C# error) or a TG diagnostic.
/// </summary>
internal static class ModelParser
{
    /// <summary>Members every generated model has (its records and the Model base class's API): a node cannot take these names.</summary>
    private static readonly HashSet<string> ReservedNames =
    [
        "Inputs", "Outputs", "Targets", "LossWeights", "Compile", "Fit", "Evaluate", "Predict", "Summary", "PrintSummary",
        "Nodes", "Signature", "ParameterCount", "TrainableParameterCount", "NonTrainableParameterCount", "StopTraining",
        "LearningRate", "AsModule", "ForwardGraph", "Activations", "SaveWeights", "LoadWeights",
    ];

    /// <summary>The largest <c>Repeat</c> of a <c>[Submodel]</c>.</summary>
    private const int MaxRepeat = 1024;

    public static ModelSpec Parse(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        Parse(type, new List<SubmodelFrame>(), cancellationToken);

    /// <summary>
    /// Parses <paramref name="type"/>; <paramref name="enclosing"/> is the chain of models whose submodel it is, outermost
    /// first (the cycle guard: a model met again in its own chain is TG0003).
    /// </summary>
    private static ModelSpec Parse(INamedTypeSymbol type, List<SubmodelFrame> enclosing, CancellationToken cancellationToken)
    {
        var context = new ParseContext(new List<GraphDiagnostic>(), enclosing, cancellationToken);
        var diagnostics = context.Diagnostics;
        var frame = new SubmodelFrame(type.ToDisplayString(), type.Name, diagnostics);
        enclosing.Add(frame);
        try
        {
            return Parse(type, context);
        }
        finally
        {
            enclosing.RemoveAt(enclosing.Count - 1);
        }
    }

    private static ModelSpec Parse(INamedTypeSymbol type, ParseContext context)
    {
        var cancellationToken = context.CancellationToken;
        var diagnostics = context.Diagnostics;
        var canEmit = true;
        var inSource = type.Locations.Any(l => l.IsInSource);

        // Declaration-form rules apply to the class being generated; a submodel from metadata is only read.
        if (inSource && !IsPartial(type))
        {
            diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.NotPartial, null, DiagnosticTarget.ModelClass, null, $"Model class '{type.Name}'"));
            canEmit = false;
        }

        if (type.IsGenericType)
        {
            diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.GenericModel, null, DiagnosticTarget.ModelClass, null, type.Name));
            canEmit = false;
        }

        var containing = new List<ContainingTypeSpec>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (inSource && !IsPartial(outer))
            {
                diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.NotPartial, null, DiagnosticTarget.ModelClass, null, $"Type '{outer.Name}', which encloses model '{type.Name}',"));
                canEmit = false;
            }

            if (outer.IsGenericType)
            {
                diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.GenericModel, null, DiagnosticTarget.ModelClass, null, type.Name));
                canEmit = false;
            }

            containing.Insert(0, new ContainingTypeSpec(TypeKeyword(outer), outer.Name));
        }

        var dataFormat = DataFormat.ChannelsFirst;
        var modelAttribute = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeNames.Model);
        if (modelAttribute is not null && TryGetNamed(modelAttribute, "DataFormat", out var format) && format.Value is int f)
        {
            dataFormat = (DataFormat)f;
        }

        var nodes = new List<NodeSpec>();
        string? previous = null;
        foreach (var property in PropertiesInDeclarationOrder(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var node = ParseNode(property, previous, inSource, context);
            if (node is not null)
            {
                nodes.Add(node);
                previous = node.Name;
            }
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
        return new ModelSpec(ns, type.Name, containing.ToEquatableArray(), dataFormat, nodes.ToEquatableArray(), diagnostics.ToEquatableArray())
        {
            CanEmit = canEmit,
        };
    }

    private static NodeSpec? ParseNode(IPropertySymbol property, string? previous, bool inSource, ParseContext context)
    {
        var diagnostics = context.Diagnostics;
        AttributeData? nodeAttribute = null;
        AttributeData? outputAttribute = null;
        var extraNodeAttributes = 0;
        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass is not { } cls || cls.ContainingNamespace?.ToDisplayString() != AttributeNames.Namespace)
            {
                continue;
            }

            if (cls.Name == AttributeNames.Output)
            {
                outputAttribute = attribute;
            }
            else if (DerivesFromNodeAttribute(cls))
            {
                if (nodeAttribute is null)
                {
                    nodeAttribute = attribute;
                }
                else
                {
                    extraNodeAttributes++;
                }
            }
        }

        var name = property.Name;
        if (nodeAttribute is null)
        {
            if (outputAttribute is not null)
            {
                diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.OutputWithoutNode, name, DiagnosticTarget.OutputAttribute, null, name));
            }

            return null;
        }

        if (extraNodeAttributes > 0)
        {
            diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.MultipleNodeAttributes, name, DiagnosticTarget.Property, null, name, (extraNodeAttributes + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var implement = inSource;
        if (inSource && !IsPartial(property))
        {
            diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.NotPartial, name, DiagnosticTarget.Property, null, $"Node property '{name}'"));
            implement = false;
        }
        else if (property.Type.ToDisplayString() != AttributeNames.Namespace + "." + AttributeNames.NodeType || property.IsStatic || property.SetMethod is not null || property.IsIndexer)
        {
            diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.InvalidNodeProperty, name, DiagnosticTarget.Property, null, name));
            implement = false;
        }

        if (inSource && ReservedNames.Contains(name))
        {
            diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.ReservedNodeName, name, DiagnosticTarget.Property, null, name));
            implement = false;
        }

        var layer = ParseLayer(name, nodeAttribute, context);
        var inputs = ResolveInputs(name, nodeAttribute, layer, previous, diagnostics);
        var summaryName = TryGetNamed(nodeAttribute, AttributeNames.Name, out var summary) && summary.Value is string s && s.Length > 0 ? s : name;
        var head = outputAttribute is null ? null : ParseOutput(name, outputAttribute, diagnostics);
        return new NodeSpec(name, summaryName, layer, inputs, head) { ImplementProperty = implement };
    }

    private static LayerSpec ParseLayer(string node, AttributeData attribute, ParseContext context)
    {
        var attributeName = attribute.AttributeClass!.Name;
        if (attribute.AttributeConstructor is null || HasErrors(attribute))
        {
            // The C# compiler reports the malformed attribute; the model is emitted with throwing members.
            return new InvalidLayerSpec(attributeName);
        }

        var args = attribute.ConstructorArguments;
        var diagnostics = context.Diagnostics;
        switch (attributeName)
        {
            case AttributeNames.Input:
                return ParseInput(node, attribute, diagnostics);

            case AttributeNames.Dense:
                Positive(node, "0", "Dense units", (int)args[0].Value!, diagnostics);
                return new DenseLayerSpec((int)args[0].Value!, (Activation)GetNamed(attribute, "Activation", 0), GetNamed(attribute, "UseBias", true));

            case AttributeNames.Embedding:
                Positive(node, "0", "Embedding inputDim", (int)args[0].Value!, diagnostics);
                Positive(node, "1", "Embedding outputDim", (int)args[1].Value!, diagnostics);
                return new EmbeddingLayerSpec((int)args[0].Value!, (int)args[1].Value!);

            case AttributeNames.Lstm or AttributeNames.Gru or AttributeNames.SimpleRnn:
                var kind = attributeName switch
                {
                    AttributeNames.Lstm => RecurrentKind.Lstm,
                    AttributeNames.Gru => RecurrentKind.Gru,
                    _ => RecurrentKind.SimpleRnn,
                };
                Positive(node, "0", $"{kind} units", (int)args[0].Value!, diagnostics);
                return new RecurrentLayerSpec(kind, (int)args[0].Value!, GetNamed(attribute, "ReturnSequences", false), GetNamed(attribute, "Bidirectional", false));

            case AttributeNames.Conv1d or AttributeNames.Conv2d or AttributeNames.SeparableConv2d or AttributeNames.DepthwiseConv2d:
                return ParseConvolution(node, attributeName, attribute, diagnostics);

            case AttributeNames.MaxPool1d or AttributeNames.MaxPool2d or AttributeNames.AvgPool1d or AttributeNames.AvgPool2d:
                var poolSize = (int)args[0].Value!;
                Positive(node, "0", "pool size", poolSize, diagnostics);
                var poolStride = GetNamed(attribute, "Stride", 0);
                if (poolStride < 0)
                {
                    diagnostics.Add(ArgumentError(node, "Stride", $"Stride must be positive (or 0 for the pool size), got {poolStride}"));
                }

                var poolPadding = (Padding)GetNamed(attribute, "Padding", 0);
                if (poolPadding == Padding.Causal)
                {
                    diagnostics.Add(ArgumentError(node, "Padding", "pooling supports Padding.Valid and Padding.Same, not Padding.Causal"));
                }

                return new PoolingLayerSpec(
                    attributeName.StartsWith("Max", StringComparison.Ordinal) ? PoolKind.Max : PoolKind.Avg,
                    attributeName.Contains("1d") ? 1 : 2,
                    poolSize,
                    poolStride > 0 ? poolStride : poolSize,
                    poolPadding);

            case AttributeNames.GlobalMaxPool1d or AttributeNames.GlobalMaxPool2d or AttributeNames.GlobalAvgPool1d or AttributeNames.GlobalAvgPool2d:
                return new GlobalPoolingLayerSpec(attributeName.Contains("Max") ? PoolKind.Max : PoolKind.Avg, attributeName.Contains("1d") ? 1 : 2);

            case AttributeNames.ZeroPadding2d:
                var padding = (int)args[0].Value!;
                if (padding < 0)
                {
                    diagnostics.Add(ArgumentError(node, "0", $"padding must be ≥ 0, got {padding}"));
                }

                return new ZeroPaddingLayerSpec(padding);

            case AttributeNames.BatchNorm:
                var momentum = GetNamed(attribute, "Momentum", 0.99);
                if (!(momentum >= 0 && momentum < 1))
                {
                    diagnostics.Add(ArgumentError(node, "Momentum", $"Momentum must be in [0, 1), got {Format(momentum)}"));
                }

                return new BatchNormLayerSpec(momentum, PositiveEpsilon(node, attribute, diagnostics));

            case AttributeNames.LayerNorm:
                return new LayerNormLayerSpec(PositiveEpsilon(node, attribute, diagnostics));

            case AttributeNames.Activate:
                return new ActivationLayerSpec((Activation)(int)args[0].Value!);

            case AttributeNames.Dropout:
                var rate = (double)args[0].Value!;
                if (!(rate >= 0 && rate < 1))
                {
                    diagnostics.Add(ArgumentError(node, "0", $"Dropout rate must be in [0, 1), got {Format(rate)}"));
                }

                return new DropoutLayerSpec(rate);

            case AttributeNames.Flatten:
                return new FlattenLayerSpec();

            case AttributeNames.Reshape:
                return new ReshapeLayerSpec(ParseDims(node, "Reshape", Values(args[0]), allowInferred: true, argumentOffset: 0, diagnostics));

            case AttributeNames.Permute:
                return new PermuteLayerSpec(Values(args[0]).Select(v => v.Value is int i ? i : 0).ToEquatableArray());

            case AttributeNames.Add or AttributeNames.Subtract or AttributeNames.Multiply or AttributeNames.Average or AttributeNames.Maximum or AttributeNames.Concatenate:
                var mergeKind = (MergeKind)Enum.Parse(typeof(MergeKind), attributeName.Substring(0, attributeName.Length - "Attribute".Length));
                return new MergeLayerSpec(mergeKind, mergeKind == MergeKind.Concatenate ? GetNamed(attribute, "Axis", -1) : 0);

            case AttributeNames.Shared:
                return new SharedLayerSpec(args[0].Value as string ?? string.Empty);

            case AttributeNames.Submodel:
                return ParseSubmodel(node, attribute, context);

            case AttributeNames.Custom:
                return ParseCustom(node, attribute, diagnostics);

            default:
                diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.InvalidArgument, node, DiagnosticTarget.NodeAttribute, null, node, $"[{attributeName.Substring(0, attributeName.Length - "Attribute".Length)}] is not supported by this version of the TypedGraph generator"));
                return new InvalidLayerSpec(attributeName);
        }
    }

    private static ConvolutionLayerSpec ParseConvolution(string node, string attributeName, AttributeData attribute, List<GraphDiagnostic> diagnostics)
    {
        var args = attribute.ConstructorArguments;
        var kind = attributeName switch
        {
            AttributeNames.SeparableConv2d => ConvolutionKind.Separable,
            AttributeNames.DepthwiseConv2d => ConvolutionKind.Depthwise,
            _ => ConvolutionKind.Standard,
        };
        var hasFilters = kind != ConvolutionKind.Depthwise;
        var filters = hasFilters ? (int)args[0].Value! : 0;
        var kernel = (int)args[hasFilters ? 1 : 0].Value!;
        if (hasFilters)
        {
            Positive(node, "0", "filters", filters, diagnostics);
        }

        Positive(node, hasFilters ? "1" : "0", "kernel size", kernel, diagnostics);
        var stride = GetNamed(attribute, "Stride", 1);
        var dilation = GetNamed(attribute, "Dilation", 1);
        var multiplier = GetNamed(attribute, "DepthMultiplier", 1);
        Positive(node, "Stride", "Stride", stride, diagnostics);
        Positive(node, "Dilation", "Dilation", dilation, diagnostics);
        Positive(node, "DepthMultiplier", "DepthMultiplier", multiplier, diagnostics);
        var padding = (Padding)GetNamed(attribute, "Padding", 0);
        var rank = attributeName == AttributeNames.Conv1d ? 1 : 2;
        if (padding == Padding.Causal && rank != 1)
        {
            diagnostics.Add(ArgumentError(node, "Padding", "Padding.Causal applies to Conv1d only"));
        }

        if (stride > 1 && dilation > 1)
        {
            diagnostics.Add(ArgumentError(node, "Dilation", "Stride and Dilation cannot both exceed 1 (as in Keras)"));
        }

        return new ConvolutionLayerSpec(kind, rank, filters, kernel, stride, padding, dilation, multiplier, (Activation)GetNamed(attribute, "Activation", 0), GetNamed(attribute, "UseBias", true));
    }

    private static LayerSpec ParseSubmodel(string node, AttributeData attribute, ParseContext context)
    {
        if (attribute.ConstructorArguments[0].Value is not INamedTypeSymbol model ||
            !model.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == AttributeNames.Model))
        {
            context.Diagnostics.Add(ArgumentError(node, "0", $"{attribute.ConstructorArguments[0].Value} is not a [Model] class"));
            return new InvalidLayerSpec(AttributeNames.Submodel);
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
            var path = string.Join(" → ", enclosing.Skip(start).Select(f => f.Name).Concat(new[] { model.Name }));
            if (origin == current)
            {
                origin.Diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.Cycle, node, DiagnosticTarget.NodeAttribute, null, path));
            }
            else if (!origin.CycleFound)
            {
                origin.Diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.Cycle, origin.Node, DiagnosticTarget.NodeAttribute, null, path));
                origin.CycleFound = true;
            }

            return new InvalidLayerSpec(AttributeNames.Submodel);
        }

        var repeat = GetNamed(attribute, "Repeat", 1);
        Positive(node, "Repeat", "Repeat", repeat, context.Diagnostics);
        if (repeat > MaxRepeat)
        {
            // Shape inference runs the chain once per instance and the constructor lists every instance: a count far
            // beyond any real network would make the generator hang or run out of memory.
            context.Diagnostics.Add(ArgumentError(node, "Repeat", $"Repeat must be at most {MaxRepeat}, got {repeat}"));
            return new InvalidLayerSpec(AttributeNames.Submodel);
        }

        current.Node = node;
        var spec = Parse(model, enclosing, context.CancellationToken);
        if (current.CycleFound)
        {
            current.CycleFound = false;
            return new InvalidLayerSpec(AttributeNames.Submodel);
        }

        return new SubmodelLayerSpec(spec, GetNamed<string?>(attribute, "Output", null), Math.Max(repeat, 1));
    }

    private static LayerSpec ParseCustom(string node, AttributeData attribute, List<GraphDiagnostic> diagnostics)
    {
        if (attribute.ConstructorArguments[0].Value is not INamedTypeSymbol module || !IsTensorModule(module) ||
            module.IsAbstract || !module.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public))
        {
            diagnostics.Add(ArgumentError(node, "0", $"{attribute.ConstructorArguments[0].Value} must be a non-abstract torch.nn.Module<Tensor, Tensor> with a public parameterless constructor"));
            return new InvalidLayerSpec(AttributeNames.Custom);
        }

        var shape = TryGetNamed(attribute, "OutputShape", out var declared) ? Values(declared) : ImmutableArray<TypedConstant>.Empty;
        if (shape.Length == 0)
        {
            diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.InvalidArgument, node, DiagnosticTarget.NodeAttribute, null, node, "a Custom layer must declare OutputShape, e.g. OutputShape = [\"T\", 64]"));
        }

        var dims = ParseDims(node, "OutputShape", shape, allowInferred: false, argumentOffset: -1, diagnostics);
        return new CustomLayerSpec(module.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), module.Name, dims);
    }

    private static bool IsTensorModule(INamedTypeSymbol type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.Name == "Module" && t.Arity == 2 && t.ContainingType?.Name == "nn" && t.TypeArguments.All(a => a.Name == "Tensor"))
            {
                return true;
            }
        }

        return false;
    }

    private static InputLayerSpec ParseInput(string node, AttributeData attribute, List<GraphDiagnostic> diagnostics)
    {
        var values = Values(attribute.ConstructorArguments[0]);
        if (values.Length == 0)
        {
            diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.InvalidArgument, node, DiagnosticTarget.NodeAttribute, null, node, "Input needs at least one per-sample dimension, e.g. [Input(64)]"));
        }

        return new InputLayerSpec(ParseDims(node, "Input", values, allowInferred: false, argumentOffset: 0, diagnostics), (DType)GetNamed(attribute, "DType", 0));
    }

    /// <summary>Per-sample dimensions written as <c>int</c> sizes and <c>string</c> symbols (and one <c>-1</c> where allowed).</summary>
    private static EquatableArray<Dim> ParseDims(string node, string what, ImmutableArray<TypedConstant> values, bool allowInferred, int argumentOffset, List<GraphDiagnostic> diagnostics)
    {
        var dims = new List<Dim>();
        for (var i = 0; i < values.Length; i++)
        {
            switch (values[i].Value)
            {
                case int size when size > 0 || (allowInferred && size == -1):
                    dims.Add(Dim.Of(size));
                    break;
                case string symbol when SyntaxFacts.IsValidIdentifier(symbol):
                    dims.Add(Dim.Symbol(symbol));
                    break;
                case var other:
                    var shown = other switch
                    {
                        null => "null",
                        string str => $"\"{str}\" (a symbolic dimension must be an identifier such as \"T\")",
                        _ => $"{Format(other)} ({other.GetType().Name})",
                    };
                    var argument = argumentOffset < 0 ? what : (argumentOffset + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    diagnostics.Add(ArgumentError(node, argument, $"{what} dimension {i + 1} must be a positive int{(allowInferred ? ", -1" : string.Empty)} or a symbol name, got {shown}"));
                    break;
            }
        }

        if (allowInferred && dims.Count(d => d.IsKnown && d.Value == -1) > 1)
        {
            diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.InvalidArgument, node, DiagnosticTarget.NodeAttribute, null, node, $"{what} may infer at most one dimension (-1)"));
        }

        return dims.ToEquatableArray();
    }

    private static ImmutableArray<TypedConstant> Values(TypedConstant constant) =>
        constant.Kind != TypedConstantKind.Array ? ImmutableArray.Create(constant) : constant.IsNull ? ImmutableArray<TypedConstant>.Empty : constant.Values;

    private static void Positive(string node, string argument, string what, int value, List<GraphDiagnostic> diagnostics)
    {
        if (value <= 0)
        {
            diagnostics.Add(ArgumentError(node, argument, $"{what} must be positive, got {value}"));
        }
    }

    private static double PositiveEpsilon(string node, AttributeData attribute, List<GraphDiagnostic> diagnostics)
    {
        var epsilon = GetNamed(attribute, "Epsilon", 1e-3);
        if (!(epsilon > 0))
        {
            diagnostics.Add(ArgumentError(node, "Epsilon", $"Epsilon must be positive, got {Format(epsilon)}"));
        }

        return epsilon;
    }

    /// <summary>
    /// The nodes a node reads: none for an Input; the positional names of a merge; a submodel's <c>Inputs</c>; otherwise
    /// <c>From</c>, or the node declared just above.
    /// </summary>
    private static EquatableArray<string> ResolveInputs(string node, AttributeData attribute, LayerSpec layer, string? previous, List<GraphDiagnostic> diagnostics)
    {
        var hasFrom = TryGetNamed(attribute, AttributeNames.From, out var from) && from.Value is string;
        switch (layer)
        {
            case InputLayerSpec:
                if (hasFrom)
                {
                    diagnostics.Add(ArgumentError(node, AttributeNames.From, "an Input reads no other node; remove From"));
                }

                return EquatableArray<string>.Empty;

            case MergeLayerSpec merge:
                var names = Values(attribute.ConstructorArguments[0]).Select(v => v.Value as string ?? string.Empty).ToList();
                if (hasFrom)
                {
                    diagnostics.Add(ArgumentError(node, AttributeNames.From, $"{merge.Kind} lists its inputs positionally; remove From"));
                }

                var expected = merge.Kind == MergeKind.Subtract ? "exactly 2" : "at least 2";
                if (merge.Kind == MergeKind.Subtract ? names.Count != 2 : names.Count < 2)
                {
                    diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.InvalidArgument, node, DiagnosticTarget.NodeAttribute, null, node, $"{merge.Kind} needs {expected} inputs, got {names.Count}"));
                }

                return names.ToEquatableArray();

            case SubmodelLayerSpec when TryGetNamed(attribute, "Inputs", out var bound) && bound.Kind == TypedConstantKind.Array && !bound.IsNull && bound.Values.Length > 0:
                if (hasFrom)
                {
                    diagnostics.Add(ArgumentError(node, AttributeNames.From, "give either From or Inputs, not both"));
                }

                return bound.Values.Select(v => v.Value as string ?? string.Empty).ToEquatableArray();
        }

        if (hasFrom)
        {
            return ImmutableArray.Create((string)from.Value!);
        }

        if (previous is null)
        {
            diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.MissingFrom, node, DiagnosticTarget.NodeAttribute, null, node));
            return EquatableArray<string>.Empty;
        }

        return ImmutableArray.Create(previous);
    }

    private static OutputHeadSpec ParseOutput(string node, AttributeData attribute, List<GraphDiagnostic> diagnostics)
    {
        var loss = attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is int l ? (Loss)l : Loss.None;
        var weight = GetNamed(attribute, "LossWeight", 1.0);
        if (!(weight >= 0) || double.IsInfinity(weight))
        {
            diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.InvalidArgument, node, DiagnosticTarget.OutputAttribute, null, node, $"LossWeight must be a finite number ≥ 0, got {Format(weight)}"));
        }

        var metrics = ImmutableArray<Metric>.Empty;
        if (TryGetNamed(attribute, "Metrics", out var m) && m.Kind == TypedConstantKind.Array && !m.IsNull)
        {
            metrics = m.Values.Where(v => v.Value is int).Select(v => (Metric)(int)v.Value!).Distinct().ToImmutableArray();
        }

        return new OutputHeadSpec(loss, weight, metrics);
    }

    private sealed class ParseContext(List<GraphDiagnostic> diagnostics, List<SubmodelFrame> enclosing, CancellationToken cancellationToken)
    {
        public List<GraphDiagnostic> Diagnostics { get; } = diagnostics;

        /// <summary>The models being parsed, outermost first; the last is the one this context parses.</summary>
        public List<SubmodelFrame> Enclosing { get; } = enclosing;

        public CancellationToken CancellationToken { get; } = cancellationToken;
    }

    /// <summary>
    /// One model of the submodel chain being parsed: its key, its name for messages, its diagnostics, the node through
    /// which parsing descended into a submodel, and whether that descent led back to this model (a cycle).
    /// </summary>
    private sealed class SubmodelFrame(string key, string name, List<GraphDiagnostic> diagnostics)
    {
        public string Key { get; } = key;

        public string Name { get; } = name;

        public List<GraphDiagnostic> Diagnostics { get; } = diagnostics;

        public string? Node { get; set; }

        public bool CycleFound { get; set; }
    }

    private static GraphDiagnostic ArgumentError(string node, string argument, string message) =>
        GraphDiagnostic.Error(DiagnosticIds.InvalidArgument, node, DiagnosticTarget.NodeArgument, argument, node, message);

    /// <summary>Source properties by file and position; metadata properties in metadata order, which is declaration order.</summary>
    private static IEnumerable<IPropertySymbol> PropertiesInDeclarationOrder(INamedTypeSymbol type)
    {
        var properties = type.GetMembers().OfType<IPropertySymbol>().ToList();
        return properties.All(p => p.Locations.Length > 0 && p.Locations[0].IsInSource)
            ? properties.OrderBy(p => p.Locations[0].SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(p => p.Locations[0].SourceSpan.Start)
            : properties;
    }

    private static bool DerivesFromNodeAttribute(INamedTypeSymbol cls)
    {
        for (var t = cls.BaseType; t is not null; t = t.BaseType)
        {
            if (t.Name == AttributeNames.NodeBase && t.ContainingNamespace?.ToDisplayString() == AttributeNames.Namespace)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartial(ISymbol symbol) =>
        symbol.DeclaringSyntaxReferences.Length > 0 &&
        symbol.DeclaringSyntaxReferences.All(r => r.GetSyntax() is MemberDeclarationSyntax m && m.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static string TypeKeyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    private static bool HasErrors(AttributeData attribute) =>
        attribute.ConstructorArguments.Any(a => a.Kind == TypedConstantKind.Error) ||
        attribute.NamedArguments.Any(a => a.Value.Kind == TypedConstantKind.Error);

    private static bool TryGetNamed(AttributeData attribute, string name, out TypedConstant value)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
            {
                value = pair.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static T GetNamed<T>(AttributeData attribute, string name, T fallback) =>
        TryGetNamed(attribute, name, out var value) && value.Value is T typed ? typed : fallback;

    private static string Format(object value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
