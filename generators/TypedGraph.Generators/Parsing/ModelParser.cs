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
    public static ModelSpec Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var diagnostics = new List<GraphDiagnostic>();
        var canEmit = true;

        if (!IsPartial(type))
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
            if (!IsPartial(outer))
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
            var node = ParseNode(property, previous, diagnostics);
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

    private static NodeSpec? ParseNode(IPropertySymbol property, string? previous, List<GraphDiagnostic> diagnostics)
    {
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

        var implement = true;
        if (!IsPartial(property))
        {
            diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.NotPartial, name, DiagnosticTarget.Property, null, $"Node property '{name}'"));
            implement = false;
        }
        else if (property.Type.ToDisplayString() != AttributeNames.Namespace + "." + AttributeNames.NodeType || property.IsStatic || property.SetMethod is not null || property.IsIndexer)
        {
            diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.InvalidNodeProperty, name, DiagnosticTarget.Property, null, name));
            implement = false;
        }

        var layer = ParseLayer(name, nodeAttribute, diagnostics);
        var inputs = ResolveInputs(name, nodeAttribute, layer, previous, diagnostics);
        var summaryName = TryGetNamed(nodeAttribute, AttributeNames.Name, out var summary) && summary.Value is string s && s.Length > 0 ? s : name;
        var head = outputAttribute is null ? null : ParseOutput(name, outputAttribute, diagnostics);
        return new NodeSpec(name, summaryName, layer, inputs, head) { ImplementProperty = implement };
    }

    private static LayerSpec ParseLayer(string node, AttributeData attribute, List<GraphDiagnostic> diagnostics)
    {
        var attributeName = attribute.AttributeClass!.Name;
        if (attribute.AttributeConstructor is null || HasErrors(attribute))
        {
            // The C# compiler reports the malformed attribute; the model is emitted with throwing members.
            return new InvalidLayerSpec(attributeName);
        }

        var args = attribute.ConstructorArguments;
        switch (attributeName)
        {
            case AttributeNames.Input:
                return ParseInput(node, attribute, diagnostics);

            case AttributeNames.Dense:
                var units = (int)args[0].Value!;
                if (units <= 0)
                {
                    diagnostics.Add(ArgumentError(node, "0", $"Dense units must be positive, got {units}"));
                }

                return new DenseLayerSpec(
                    units,
                    (Activation)GetNamed(attribute, "Activation", 0),
                    GetNamed(attribute, "UseBias", true));

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

            default:
                diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.InvalidArgument, node, DiagnosticTarget.NodeAttribute, null, node, $"[{attributeName.Substring(0, attributeName.Length - "Attribute".Length)}] is not supported by this version of the TypedGraph generator"));
                return new InvalidLayerSpec(attributeName);
        }
    }

    private static InputLayerSpec ParseInput(string node, AttributeData attribute, List<GraphDiagnostic> diagnostics)
    {
        var dims = new List<Dim>();
        var shape = attribute.ConstructorArguments[0];
        var values = shape.Kind == TypedConstantKind.Array ? shape.Values : ImmutableArray.Create(shape);
        for (var i = 0; i < values.Length; i++)
        {
            switch (values[i].Value)
            {
                case int size when size > 0:
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
                    diagnostics.Add(ArgumentError(node, i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Input dimension {i + 1} must be a positive int or a symbol name, got {shown}"));
                    break;
            }
        }

        if (values.Length == 0)
        {
            diagnostics.Add(GraphDiagnostic.Error(DiagnosticIds.InvalidArgument, node, DiagnosticTarget.NodeAttribute, null, node, "Input needs at least one per-sample dimension, e.g. [Input(64)]"));
        }

        return new InputLayerSpec(dims.ToEquatableArray(), (DType)GetNamed(attribute, "DType", 0));
    }

    private static EquatableArray<string> ResolveInputs(string node, AttributeData attribute, LayerSpec layer, string? previous, List<GraphDiagnostic> diagnostics)
    {
        var hasFrom = TryGetNamed(attribute, AttributeNames.From, out var from) && from.Value is string;
        if (layer is InputLayerSpec)
        {
            if (hasFrom)
            {
                diagnostics.Add(ArgumentError(node, AttributeNames.From, "an Input reads no other node; remove From"));
            }

            return EquatableArray<string>.Empty;
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
        if (TryGetNamed(attribute, "Metrics", out var m) && m.Kind == TypedConstantKind.Array)
        {
            metrics = m.Values.Where(v => v.Value is int).Select(v => (Metric)(int)v.Value!).Distinct().ToImmutableArray();
        }

        return new OutputHeadSpec(loss, weight, metrics);
    }

    private static GraphDiagnostic ArgumentError(string node, string argument, string message) =>
        GraphDiagnostic.Error(DiagnosticIds.InvalidArgument, node, DiagnosticTarget.NodeArgument, argument, node, message);

    private static IEnumerable<IPropertySymbol> PropertiesInDeclarationOrder(INamedTypeSymbol type) =>
        type.GetMembers()
            .OfType<IPropertySymbol>()
            .Where(p => p.Locations.Length > 0 && p.Locations[0].IsInSource)
            .OrderBy(p => p.Locations[0].SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(p => p.Locations[0].SourceSpan.Start);

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
