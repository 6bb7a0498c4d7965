using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace TypedGraph.Generators.Parsing;

/// <summary>
/// Reads an attribute application into an instance of the runtime's own attribute class (compiled into this assembly):
/// the constructor the compiler bound is invoked with the constant arguments, then the named arguments are set, so every
/// default is the one the attribute class declares — nothing is repeated here. <c>typeof</c> arguments arrive as null
/// (read the <see cref="ITypeSymbol"/> from the <see cref="AttributeData"/>).
/// </summary>
internal static class AttributeReader
{
    /// <summary>Creates <typeparamref name="TAttribute"/> from <paramref name="data"/>, or null when its arguments cannot be read.</summary>
    public static TAttribute? Create<TAttribute>(AttributeData data)
        where TAttribute : Attribute
    {
        if (data.AttributeConstructor is not { } bound || data.ConstructorArguments.Any(a => a.Kind == TypedConstantKind.Error))
        {
            return null;
        }

        var type = typeof(TAttribute);
        var constructor = type.GetConstructors().FirstOrDefault(c => Matches(c.GetParameters(), bound.Parameters));
        if (constructor is null)
        {
            return null;
        }

        try
        {
            var parameters = constructor.GetParameters();
            var attribute = (TAttribute)constructor.Invoke(parameters.Select((p, i) => Convert(data.ConstructorArguments[i], p.ParameterType)).ToArray());
            foreach (var named in data.NamedArguments)
            {
                if (named.Value.Kind != TypedConstantKind.Error && type.GetProperty(named.Key) is { CanWrite: true } property)
                {
                    property.SetValue(attribute, Convert(named.Value, property.PropertyType));
                }
            }

            return attribute;
        }
        catch (Exception e) when (e is TargetInvocationException or ArgumentException or InvalidCastException or OverflowException)
        {
            return null;
        }
    }

    private static bool Matches(ParameterInfo[] clr, System.Collections.Immutable.ImmutableArray<IParameterSymbol> symbols) =>
        clr.Length == symbols.Length && clr.Zip(symbols, (c, s) => Matches(c.ParameterType, s.Type)).All(m => m);

    private static bool Matches(Type clr, ITypeSymbol symbol) => symbol switch
    {
        IArrayTypeSymbol array => clr.IsArray && Matches(clr.GetElementType()!, array.ElementType),
        _ => !clr.IsArray && clr.Name == symbol.MetadataName && clr.Namespace == symbol.ContainingNamespace?.ToDisplayString(),
    };

    private static object? Convert(TypedConstant constant, Type target)
    {
        if (constant.Kind == TypedConstantKind.Array)
        {
            var element = target.IsArray ? target.GetElementType()! : typeof(object);
            if (constant.IsNull)
            {
                return null;
            }

            var array = Array.CreateInstance(element, constant.Values.Length);
            for (var i = 0; i < array.Length; i++)
            {
                array.SetValue(Convert(constant.Values[i], element), i);
            }

            return array;
        }

        return constant.Kind switch
        {
            TypedConstantKind.Type => null,
            TypedConstantKind.Enum when target.IsEnum => Enum.ToObject(target, constant.Value!),
            _ when constant.Value is null => null,
            _ when target == typeof(object) || target.IsInstanceOfType(constant.Value) => constant.Value,
            _ => System.Convert.ChangeType(constant.Value, target, System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
