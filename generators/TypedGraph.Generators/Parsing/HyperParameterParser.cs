using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Model;
using TypedGraph.Tuning;

namespace TypedGraph.Generators.Parsing;

/// <summary>
/// Reads the hyper-parameter properties of a model (<c>[Choice]</c> / <c>[Range]</c>) into <see cref="HyperParameterSpec"/>s,
/// with the checks that need no graph (TG0030–TG0033, TG0036, TG0037, and TG0001 for a property that is not partial). A
/// hyper-parameter with an error is left out of the space; the model is then emitted with throwing members.
/// </summary>
internal static class HyperParameterParser
{
    /// <summary>Names a hyper-parameter cannot take: the generated record and the tunable model's members (the model then gets no tunable API, so no member collides).</summary>
    public static readonly HashSet<string> ReservedNames = ["HyperParameters", "SearchSpace", "Create", "GetHyperParameters"];

    /// <summary>Whether <paramref name="property"/> carries <c>[Choice]</c> or <c>[Range]</c>.</summary>
    public static bool IsHyperParameter(IPropertySymbol property) => Attributes(property).Any();

    /// <summary>Parses <paramref name="property"/> (which <see cref="IsHyperParameter"/>), or null after reporting why it cannot be used.</summary>
    public static HyperParameterSpec? Parse(IPropertySymbol property, bool inSource, bool hasNodeAttribute, IReadOnlyCollection<string> reserved, ParseContext context)
    {
        var diagnostics = context.Diagnostics;
        var name = property.Name;
        context.DeclaredHyperParameters.Add(name);
        var attributes = Attributes(property).ToList();
        var valid = true;
        if (attributes.Count > 1)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidHyperParameterProperty.Create(name, DiagnosticTarget.Property, null, name, "carries both [Choice] and [Range]; keep one"));
            valid = false;
        }

        if (hasNodeAttribute)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidHyperParameterProperty.Create(name, DiagnosticTarget.Property, null, name, "also carries a node attribute; a property is either a node or a hyper-parameter"));
            return null;
        }

        if (inSource && !ModelParser.IsPartial(property))
        {
            diagnostics.Add(DiagnosticDescriptors.NotPartial.Create(name, DiagnosticTarget.Property, null, $"Hyper-parameter property '{name}'"));
            valid = false;
        }

        var type = TypeOf(property.Type);
        if (type is null || property.IsStatic || property.SetMethod is not null || property.IsIndexer)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidHyperParameterProperty.Create(name, DiagnosticTarget.Property, null, name,
                "must be a get-only instance property of type int, double, bool or string"));
            return null;
        }

        if (inSource && (ReservedNames.Contains(name) || reserved.Contains(name)))
        {
            diagnostics.Add(DiagnosticDescriptors.ReservedHyperParameterName.Create(name, DiagnosticTarget.Property, null, name, name == "HyperParameters" ? "the nested record M.HyperParameters" : name));
            valid = false;
        }

        var attribute = attributes[0];
        if (attribute.AttributeConstructor is null || attribute.ConstructorArguments.Any(a => a.Kind == TypedConstantKind.Error))
        {
            return null; // the compiler reports the malformed attribute
        }

        var spec = attribute.AttributeClass!.Name == nameof(ChoiceAttribute)
            ? Choice(name, type.Value, attribute, diagnostics)
            : Range(name, type.Value, attribute, diagnostics);
        return valid ? spec : null;
    }

    private static HyperParameterSpec? Choice(string name, HyperParameterType type, AttributeData attribute, List<GraphDiagnostic> diagnostics)
    {
        var values = attribute.ConstructorArguments.Length == 0 ? ImmutableArray<TypedConstant>.Empty : ModelParser.Values(attribute.ConstructorArguments[0]);
        if (values.Length == 0)
        {
            diagnostics.Add(DiagnosticDescriptors.MixedChoice.Create(name, DiagnosticTarget.NodeAttribute, null, name, "are missing: list at least one value (the first is the default)"));
            return null;
        }

        var types = new List<HyperParameterType?>();
        for (var i = 0; i < values.Length; i++)
        {
            var valueType = values[i].Value switch
            {
                int => HyperParameterType.Int,
                double => HyperParameterType.Double,
                bool => HyperParameterType.Bool,
                string => HyperParameterType.String,
                _ => (HyperParameterType?)null,
            };
            if (valueType is null)
            {
                var shown = values[i].Value is null ? "null" : $"{Show(values[i].Value!)} ({values[i].Value!.GetType().Name})";
                diagnostics.Add(DiagnosticDescriptors.MixedChoice.Create(name, DiagnosticTarget.NodeArgument, Position(i), name, $"must be int, double, bool or string literals, not {shown}"));
                return null;
            }

            types.Add(valueType);
        }

        var first = types[0]!.Value;
        var mixed = types.FindIndex(t => t != first);
        if (mixed >= 0)
        {
            diagnostics.Add(DiagnosticDescriptors.MixedChoice.Create(name, DiagnosticTarget.NodeArgument, Position(mixed),
                name, $"mix {HyperParameterSpec.Keyword(first)} ({Show(values[0].Value!)}) and {HyperParameterSpec.Keyword(types[mixed]!.Value)} ({Show(values[mixed].Value!)}); write every value as {HyperParameterSpec.Keyword(type)}"));
            return null;
        }

        if (first != type)
        {
            var hint = type == HyperParameterType.Double && first == HyperParameterType.Int ? $" (write {Show(values[0].Value!)}.0)" : string.Empty;
            diagnostics.Add(DiagnosticDescriptors.HyperParameterValueType.Create(name, DiagnosticTarget.NodeArgument, Position(0),
                name, HyperParameterSpec.Keyword(type), $"its [Choice] values are {HyperParameterSpec.Keyword(first)}{hint}"));
            return null;
        }

        var literals = values.Select(v => Literal(v.Value!)).ToEquatableArray();
        var numbers = type is HyperParameterType.Int or HyperParameterType.Double
            ? values.Select(v => Convert.ToDouble(v.Value, System.Globalization.CultureInfo.InvariantCulture)).ToEquatableArray()
            : EquatableArray<double>.Empty;
        return new HyperParameterSpec(name, type, literals, numbers, false, double.NaN, double.NaN, 0, false);
    }

    private static HyperParameterSpec? Range(string name, HyperParameterType type, AttributeData attribute, List<GraphDiagnostic> diagnostics)
    {
        var range = AttributeReader.Create<RangeAttribute>(attribute);
        if (range is null)
        {
            return null;
        }

        if (type is not (HyperParameterType.Int or HyperParameterType.Double))
        {
            diagnostics.Add(DiagnosticDescriptors.HyperParameterValueType.Create(name, DiagnosticTarget.NodeAttribute, null, name, HyperParameterSpec.Keyword(type), "a [Range] takes numbers; use [Choice] for a bool or string"));
            return null;
        }

        var (min, max, step) = (range.Min, range.Max, range.Step);
        if (!IsFinite(min) || !IsFinite(max))
        {
            diagnostics.Add(DiagnosticDescriptors.EmptyRange.Create(name, DiagnosticTarget.NodeArgument, IsFinite(min) ? "1" : "0", name, "its bounds must be finite numbers"));
            return null;
        }

        if (min > max)
        {
            diagnostics.Add(DiagnosticDescriptors.EmptyRange.Create(name, DiagnosticTarget.NodeAttribute, null, name, $"min {Show(min)} is greater than max {Show(max)}"));
            return null;
        }

        if (!(step >= 0) || double.IsInfinity(step))
        {
            diagnostics.Add(DiagnosticDescriptors.EmptyRange.Create(name, DiagnosticTarget.NodeArgument, nameof(RangeAttribute.Step), name, $"Step must be a finite number ≥ 0 (0: continuous), not {Show(step)}"));
            return null;
        }

        if (range.Log && min <= 0)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidLogRange.Create(name, DiagnosticTarget.NodeArgument, "0", name, $"min must be greater than 0, not {Show(min)}"));
            return null;
        }

        if (range.Log && step != 0 && step <= 1)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidLogRange.Create(name, DiagnosticTarget.NodeArgument, nameof(RangeAttribute.Step), name, $"Step is the factor between grid points and must be greater than 1, not {Show(step)}"));
            return null;
        }

        if (type == HyperParameterType.Int)
        {
            if (!range.Log && step != Math.Floor(step))
            {
                diagnostics.Add(DiagnosticDescriptors.HyperParameterValueType.Create(name, DiagnosticTarget.NodeArgument, nameof(RangeAttribute.Step), name, "int", $"its Step {Show(step)} is not an integer"));
                return null;
            }

            (min, max) = (Math.Ceiling(min), Math.Floor(max));
            if (min > max || Math.Abs(min) > int.MaxValue || Math.Abs(max) > int.MaxValue)
            {
                diagnostics.Add(DiagnosticDescriptors.EmptyRange.Create(name, DiagnosticTarget.NodeAttribute, null, name, $"[{Show(range.Min)}, {Show(range.Max)}] holds no int value"));
                return null;
            }
        }

        return new HyperParameterSpec(name, type, EquatableArray<string>.Empty, EquatableArray<double>.Empty, true, min, max, step, range.Log);
    }

    /// <summary>The hyper-parameter type of a property type, or null when it is none of int, double, bool, string.</summary>
    private static HyperParameterType? TypeOf(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Int32 => HyperParameterType.Int,
        SpecialType.System_Double => HyperParameterType.Double,
        SpecialType.System_Boolean => HyperParameterType.Bool,
        SpecialType.System_String => HyperParameterType.String,
        _ => null,
    };

    private static IEnumerable<AttributeData> Attributes(IPropertySymbol property) =>
        property.GetAttributes().Where(a => a.AttributeClass is { } cls && cls.ContainingNamespace?.ToDisplayString() == ModelParser.Namespace
            && cls.Name is nameof(ChoiceAttribute) or nameof(RangeAttribute));

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    private static string Position(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Literal(object value) => value switch
    {
        string s => Emitting.Literal.String(s),
        bool b => Emitting.Literal.Bool(b),
        double d => Emitting.Literal.Double(d) is var text && text.IndexOfAny(['.', 'E']) >= 0 ? text : text + ".0",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    private static string Show(object value) => value switch
    {
        string s => Emitting.Literal.String(s),
        bool b => Emitting.Literal.Bool(b),
        double d => Emitting.Literal.Double(d),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };
}
