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
using TypedGraph.Generators.Layers;

namespace TypedGraph.Generators.Parsing;

/// <summary>
/// Turns a <c>[Model]</c> class symbol into a <see cref="ModelSpec"/>: plain values only. Argument validation that
/// needs no graph (units &gt; 0, dropout rate range …) happens here; graph checks and shapes happen in
/// <see cref="Analysis.GraphAnalyzer"/>. Never throws on malformed code: what it cannot read becomes an
/// <see cref="InvalidLayer"/> (the compiler already reports the C# error) or a TG diagnostic.
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

    /// <summary>The namespace of the runtime's attributes.</summary>
    public const string Namespace = "TypedGraph";

    /// <summary>The metadata name of <c>[Model]</c>, for <c>ForAttributeWithMetadataName</c> and compilation look-ups.</summary>
    public const string ModelAttributeName = Namespace + "." + nameof(ModelAttribute);

    public static ModelSpec Parse(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        Parse(type, new List<SubmodelFrame>(), cancellationToken);

    /// <summary>
    /// Parses <paramref name="type"/>; <paramref name="enclosing"/> is the chain of models whose submodel it is, outermost
    /// first (the cycle guard: a model met again in its own chain is TG0003).
    /// </summary>
    internal static ModelSpec Parse(INamedTypeSymbol type, List<SubmodelFrame> enclosing, CancellationToken cancellationToken)
    {
        var context = new ParseContext(new List<GraphDiagnostic>(), enclosing, cancellationToken);
        enclosing.Add(new SubmodelFrame(type.ToDisplayString(), type.Name, context.Diagnostics));
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
            diagnostics.Add(DiagnosticDescriptors.NotPartial.Create(null, DiagnosticTarget.ModelClass, null, $"Model class '{type.Name}'"));
            canEmit = false;
        }

        if (type.IsGenericType)
        {
            diagnostics.Add(DiagnosticDescriptors.GenericModel.Create(null, DiagnosticTarget.ModelClass, null, type.Name));
            canEmit = false;
        }

        var containing = new List<ContainingTypeSpec>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (inSource && !IsPartial(outer))
            {
                diagnostics.Add(DiagnosticDescriptors.NotPartial.Create(null, DiagnosticTarget.ModelClass, null, $"Type '{outer.Name}', which encloses model '{type.Name}',"));
                canEmit = false;
            }

            if (outer.IsGenericType)
            {
                diagnostics.Add(DiagnosticDescriptors.GenericModel.Create(null, DiagnosticTarget.ModelClass, null, type.Name));
                canEmit = false;
            }

            containing.Insert(0, new ContainingTypeSpec(TypeKeyword(outer), outer.Name));
        }

        var dataFormat = DataFormat.ChannelsFirst;
        var modelAttribute = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == ModelAttributeName);
        if (modelAttribute is not null && TryGetNamed(modelAttribute, nameof(ModelAttribute.DataFormat), out var format) && format.Value is int f)
        {
            dataFormat = (DataFormat)f;
        }

        context.Model = type.Name;
        var properties = PropertiesInDeclarationOrder(type).ToList();
        var hyperParameters = new List<HyperParameterSpec>();
        var unimplemented = new List<string>();
        foreach (var property in properties.Where(HyperParameterParser.IsHyperParameter))
        {
            var hasNodeAttribute = property.GetAttributes().Any(a => a.AttributeClass is { } cls && DerivesFromNodeAttribute(cls));
            if (HyperParameterParser.Parse(property, inSource, hasNodeAttribute, ReservedNames, context) is { } hyperParameter)
            {
                hyperParameters.Add(hyperParameter);
                context.HyperParameters[hyperParameter.Name] = hyperParameter;
            }
            else if (inSource && !hasNodeAttribute && IsPartial(property) && !property.IsStatic && property.SetMethod is null && !property.IsIndexer)
            {
                unimplemented.Add($"{property.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)} {property.Name}");
            }
        }

        var nodes = new List<NodeSpec>();
        string? previous = null;
        foreach (var property in properties)
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
            HyperParameters = hyperParameters.ToEquatableArray(),
            IsTunable = context.DeclaredHyperParameters.Count > 0 && !context.DeclaredHyperParameters.Overlaps(HyperParameterParser.ReservedNames),
            UnimplementedHyperParameters = unimplemented.ToEquatableArray(),
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
            if (attribute.AttributeClass is not { } cls || cls.ContainingNamespace?.ToDisplayString() != Namespace)
            {
                continue;
            }

            if (cls.Name == nameof(OutputAttribute))
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
        if (nodeAttribute is null && inSource && IsPartial(property) && property.Type.ToDisplayString() == Namespace + ".Node"
            && property.GetAttributes().FirstOrDefault(a => a.AttributeClass is { TypeKind: TypeKind.Error }) is { } unknown)
        {
            // An attribute the compiler cannot bind (a misspelt or newer layer): the compiler reports it once; the node is
            // still implemented (its members throw) so the property does not add "partial property has no implementation".
            return new NodeSpec(name, name, new InvalidLayer(unknown.AttributeClass!.Name), EquatableArray<string>.Empty, null);
        }

        if (nodeAttribute is null)
        {
            if (outputAttribute is not null)
            {
                diagnostics.Add(DiagnosticDescriptors.OutputWithoutNode.Create(name, DiagnosticTarget.OutputAttribute, null, name));
            }

            return null;
        }

        if (extraNodeAttributes > 0)
        {
            diagnostics.Add(DiagnosticDescriptors.MultipleNodeAttributes.Create(name, DiagnosticTarget.Property, null, name, extraNodeAttributes + 1));
        }

        var implement = inSource;
        if (inSource && !IsPartial(property))
        {
            diagnostics.Add(DiagnosticDescriptors.NotPartial.Create(name, DiagnosticTarget.Property, null, $"Node property '{name}'"));
            implement = false;
        }
        else if (property.Type.ToDisplayString() != Namespace + "." + "Node" || property.IsStatic || property.SetMethod is not null || property.IsIndexer)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidNodeProperty.Create(name, DiagnosticTarget.Property, null, name));
            implement = false;
        }

        if (inSource && ReservedNames.Contains(name))
        {
            diagnostics.Add(DiagnosticDescriptors.ReservedNodeName.Create(name, DiagnosticTarget.Property, null, name));
            implement = false;
        }

        var layer = ParseLayer(name, nodeAttribute, context);
        var inputs = ResolveInputs(name, nodeAttribute, layer, previous, diagnostics);
        var summaryName = TryGetNamed(nodeAttribute, nameof(NodeAttribute.Name), out var summary) && summary.Value is string s && s.Length > 0 ? s : name;
        var head = outputAttribute is null ? null : ParseOutput(name, outputAttribute, diagnostics);
        return new NodeSpec(name, summaryName, layer, inputs, head) { ImplementProperty = implement };
    }

    private static LayerSpec ParseLayer(string node, AttributeData attribute, ParseContext context)
    {
        var attributeName = attribute.AttributeClass!.Name;
        if (attribute.AttributeConstructor is null || HasErrors(attribute))
        {
            // The C# compiler reports the malformed attribute; the model is emitted with throwing members.
            return new InvalidLayer(attributeName);
        }

        if (LayerRegistry.Find(attributeName) is not { } parse)
        {
            context.Diagnostics.Add(DiagnosticDescriptors.InvalidArgument.Create(node, DiagnosticTarget.NodeAttribute, null, node, $"[{attributeName.Substring(0, attributeName.Length - "Attribute".Length)}] is not supported by this version of the TypedGraph generator"));
            return new InvalidLayer(attributeName);
        }

        try
        {
            var reader = new LayerReader(node, attribute, context);
            var layer = parse(reader);
            return GetNamed(attribute, nameof(NodeAttribute.Trainable), true) ? layer : layer with { Trainable = false };
        }
        catch (LayerReader.UnreadableAttributeException)
        {
            return new InvalidLayer(attributeName);
        }
    }

    /// <summary>Per-sample dimensions written as <c>int</c> sizes and <c>string</c> symbols (and one <c>-1</c> where allowed).</summary>
    internal static EquatableArray<Dim> ParseDims(LayerReader reader, string what, ImmutableArray<TypedConstant> values, bool allowInferred, int argumentOffset)
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
                    if (reader.Context.DeclaredHyperParameters.Contains(symbol))
                    {
                        var at = argumentOffset < 0 ? what : (argumentOffset + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        reader.Context.Diagnostics.Add(DiagnosticDescriptors.SymbolNamedLikeHyperParameter.Create(reader.Node, DiagnosticTarget.NodeArgument, at, reader.Node, symbol));
                    }

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
                    reader.ArgumentError(argument, $"{what} dimension {i + 1} must be a positive int{(allowInferred ? ", -1" : string.Empty)} or a symbol name, got {shown}");
                    break;
            }
        }

        if (allowInferred && dims.Count(d => d.IsKnown && d.Value == -1) > 1)
        {
            reader.AttributeError($"{what} may infer at most one dimension (-1)");
        }

        return dims.ToEquatableArray();
    }

    /// <summary>A named argument's array elements (empty when it is not written).</summary>
    internal static ImmutableArray<TypedConstant> NamedValues(AttributeData attribute, string name) =>
        TryGetNamed(attribute, name, out var value) ? Values(value) : ImmutableArray<TypedConstant>.Empty;

    /// <summary>An array argument's elements, or the argument itself.</summary>
    internal static ImmutableArray<TypedConstant> Values(TypedConstant constant) =>
        constant.Kind != TypedConstantKind.Array ? ImmutableArray.Create(constant) : constant.IsNull ? ImmutableArray<TypedConstant>.Empty : constant.Values;

    /// <summary>
    /// The nodes a node reads: none for an Input; the positional names of a merge; a submodel's <c>Inputs</c>; otherwise
    /// <c>From</c>, or the node declared just above.
    /// </summary>
    private static EquatableArray<string> ResolveInputs(string node, AttributeData attribute, LayerSpec layer, string? previous, List<GraphDiagnostic> diagnostics)
    {
        var hasFrom = TryGetNamed(attribute, nameof(NodeAttribute.From), out var from) && from.Value is string;
        switch (layer)
        {
            case InputLayer:
                if (hasFrom)
                {
                    diagnostics.Add(ArgumentError(node, nameof(NodeAttribute.From), "an Input reads no other node; remove From"));
                }

                return EquatableArray<string>.Empty;

            case MergeLayer merge:
                var names = Values(attribute.ConstructorArguments[0]).Select(v => v.Value as string ?? string.Empty).ToList();
                if (hasFrom)
                {
                    diagnostics.Add(ArgumentError(node, nameof(NodeAttribute.From), $"{merge.Kind} lists its inputs positionally; remove From"));
                }

                var expected = merge.Kind == MergeKind.Subtract ? "exactly 2" : "at least 2";
                if (merge.Kind == MergeKind.Subtract ? names.Count != 2 : names.Count < 2)
                {
                    diagnostics.Add(DiagnosticDescriptors.InvalidArgument.Create(node, DiagnosticTarget.NodeAttribute, null, node, $"{merge.Kind} needs {expected} inputs, got {names.Count}"));
                }

                return names.ToEquatableArray();

            case SubmodelLayer when TryGetNamed(attribute, "Inputs", out var bound) && bound.Kind == TypedConstantKind.Array && !bound.IsNull && bound.Values.Length > 0:
                if (hasFrom)
                {
                    diagnostics.Add(ArgumentError(node, nameof(NodeAttribute.From), "give either From or Inputs, not both"));
                }

                return bound.Values.Select(v => v.Value as string ?? string.Empty).ToEquatableArray();
        }

        var single = hasFrom ? (string)from.Value! : previous;
        if (layer.ResolveInputs(single) is { } named)
        {
            return named;
        }

        if (hasFrom)
        {
            return ImmutableArray.Create((string)from.Value!);
        }

        if (previous is null)
        {
            diagnostics.Add(DiagnosticDescriptors.MissingFrom.Create(node, DiagnosticTarget.NodeAttribute, null, node));
            return EquatableArray<string>.Empty;
        }

        return ImmutableArray.Create(previous);
    }

    private static OutputHeadSpec ParseOutput(string node, AttributeData attribute, List<GraphDiagnostic> diagnostics)
    {
        var loss = attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is int l ? (Loss)l : Loss.None;
        var weight = GetNamed(attribute, nameof(OutputAttribute.LossWeight), 1.0);
        if (!(weight >= 0) || double.IsInfinity(weight))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidArgument.Create(node, DiagnosticTarget.OutputAttribute, null, node, $"LossWeight must be a finite number ≥ 0, got {Format(weight)}"));
        }

        var metrics = ImmutableArray<Metric>.Empty;
        if (TryGetNamed(attribute, nameof(OutputAttribute.Metrics), out var m) && m.Kind == TypedConstantKind.Array && !m.IsNull)
        {
            metrics = m.Values.Where(v => v.Value is int).Select(v => (Metric)(int)v.Value!).Distinct().ToImmutableArray();
        }

        var customLoss = TryGetNamed(attribute, nameof(OutputAttribute.CustomLoss), out var lossType) ? UserType(node, lossType, "CustomLoss", diagnostics) : null;
        var customMetrics = NamedValues(attribute, nameof(OutputAttribute.CustomMetrics)).Select(t => UserType(node, t, "CustomMetric", diagnostics)).OfType<string>().Distinct();
        return new OutputHeadSpec(loss, weight, metrics, customLoss, customMetrics.ToEquatableArray());
    }

    /// <summary>
    /// A custom loss or metric type: a non-abstract class deriving <c>TypedGraph.{baseName}</c> with a public parameterless
    /// constructor, as its fully qualified name; otherwise TG0010 on the <c>[Output]</c> attribute and null.
    /// </summary>
    private static string? UserType(string node, TypedConstant value, string baseName, List<GraphDiagnostic> diagnostics)
    {
        if (value.Value is INamedTypeSymbol type && !type.IsAbstract && Derives(type, baseName)
            && type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public))
        {
            return type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        }

        if (value.Value is not null)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidArgument.Create(node, DiagnosticTarget.OutputAttribute, null, node, $"{value.Value} must be a non-abstract class deriving TypedGraph.{baseName} with a public parameterless constructor"));
        }

        return null;
    }

    private static bool Derives(INamedTypeSymbol type, string baseName)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.Name == baseName && t.ContainingNamespace?.ToDisplayString() == Namespace)
            {
                return true;
            }
        }

        return false;
    }

    private static GraphDiagnostic ArgumentError(string node, string argument, string message) =>
        DiagnosticDescriptors.InvalidArgument.Create(node, DiagnosticTarget.NodeArgument, argument, node, message);

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
            if (t.Name == nameof(NodeAttribute) && t.ContainingNamespace?.ToDisplayString() == Namespace)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsPartial(ISymbol symbol) =>
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
