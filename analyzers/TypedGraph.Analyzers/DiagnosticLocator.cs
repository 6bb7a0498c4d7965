using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Parsing;

namespace TypedGraph.Analyzers;

/// <summary>
/// Resolves where a <see cref="GraphDiagnostic"/> points (model class, node property, node attribute, one of its
/// arguments, the [Output] attribute) to a source location, falling back outward when the exact piece is absent.
/// </summary>
internal static class DiagnosticLocator
{
    public static Location Locate(INamedTypeSymbol model, GraphDiagnostic diagnostic)
    {
        var fallback = model.Locations.FirstOrDefault() ?? Location.None;
        if (diagnostic.Target == DiagnosticTarget.ModelClass || diagnostic.Node is null)
        {
            return fallback;
        }

        var property = model.GetMembers(diagnostic.Node).OfType<IPropertySymbol>().FirstOrDefault();
        if (property is null)
        {
            return fallback;
        }

        var propertyLocation = property.Locations.FirstOrDefault() ?? fallback;
        switch (diagnostic.Target)
        {
            case DiagnosticTarget.Property:
                return propertyLocation;

            case DiagnosticTarget.OutputAttribute:
                return AttributeSyntax(property, isOutput: true)?.GetLocation() ?? propertyLocation;

            default:
                var attribute = AttributeSyntax(property, isOutput: false);
                if (attribute is null)
                {
                    return propertyLocation;
                }

                return diagnostic.Target == DiagnosticTarget.NodeArgument && Argument(attribute, diagnostic.Argument) is { } argument
                    ? argument.GetLocation()
                    : attribute.GetLocation();
        }
    }

    private static AttributeSyntax? AttributeSyntax(IPropertySymbol property, bool isOutput)
    {
        foreach (var data in property.GetAttributes())
        {
            if (data.AttributeClass is not { } cls || cls.ContainingNamespace?.ToDisplayString() != ModelParser.Namespace)
            {
                continue;
            }

            var matches = isOutput ? cls.Name == nameof(OutputAttribute) : cls.Name != nameof(OutputAttribute);
            if (matches && data.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax syntax)
            {
                return syntax;
            }
        }

        return null;
    }

    /// <summary>A named argument (<c>From = …</c>) or, for a number, the positional argument at that index.</summary>
    private static AttributeArgumentSyntax? Argument(AttributeSyntax attribute, string? argument)
    {
        var arguments = attribute.ArgumentList?.Arguments;
        if (arguments is null || argument is null)
        {
            return null;
        }

        if (int.TryParse(argument, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position))
        {
            var positional = arguments.Value.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
            return position < positional.Count ? positional[position] : null;
        }

        return arguments.Value.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == argument || a.NameColon?.Name.Identifier.ValueText == argument);
    }
}
