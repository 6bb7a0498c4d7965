using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Layers;

namespace TypedGraph.Generators.Parsing;

/// <summary>
/// What a layer kind's <c>Parse</c> works with: the node, its attribute (read as the runtime's attribute class by
/// <see cref="Attribute{TAttribute}"/>) and the argument checks that need no graph, reported as TG0010 on the argument.
/// </summary>
internal sealed class LayerReader
{
    private readonly ParseContext _context;

    public LayerReader(string node, AttributeData data, ParseContext context)
    {
        Node = node;
        Data = data;
        _context = context;
    }

    /// <summary>The node property's name.</summary>
    public string Node { get; }

    /// <summary>The attribute application; for <c>typeof</c> arguments, which the attribute instance cannot hold.</summary>
    public AttributeData Data { get; }

    /// <summary>The attribute class's name (<c>Conv2dAttribute</c>).</summary>
    public string AttributeName => Data.AttributeClass!.Name;

    internal ParseContext Context => _context;

    /// <summary>The attribute as an instance of its runtime class, with the class's own defaults for what was not written.</summary>
    public TAttribute Attribute<TAttribute>()
        where TAttribute : System.Attribute =>
        AttributeReader.Create<TAttribute>(Data) ?? throw new UnreadableAttributeException();

    /// <summary>
    /// Maps <paramref name="attribute"/> with <paramref name="read"/>: for kinds that take several attribute classes, each
    /// arm of a switch on <see cref="AttributeName"/> maps its class to the same tuple (both type arguments are inferred).
    /// </summary>
    public static TResult Read<TAttribute, TResult>(TAttribute attribute, System.Func<TAttribute, TResult> read)
        where TAttribute : System.Attribute => read(attribute);

    /// <summary>Whether the attribute sets <paramref name="name"/> explicitly.</summary>
    public bool Sets(string name)
    {
        foreach (var pair in Data.NamedArguments)
        {
            if (pair.Key == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The constructor arguments as written (for <c>params</c> arrays: the array's elements).</summary>
    public ImmutableArray<TypedConstant> Values(int position) =>
        position >= Data.ConstructorArguments.Length ? ImmutableArray<TypedConstant>.Empty : ModelParser.Values(Data.ConstructorArguments[position]);

    /// <summary>TG0010 on <paramref name="argument"/> (a property name, or a constructor argument's position).</summary>
    public void ArgumentError(string argument, string message) =>
        _context.Diagnostics.Add(GraphDiagnostic.Create(DiagnosticDescriptors.InvalidArgument, Node, DiagnosticTarget.NodeArgument, argument, Node, message));

    /// <summary>TG0010 on the attribute as a whole.</summary>
    public void AttributeError(string message) =>
        _context.Diagnostics.Add(GraphDiagnostic.Create(DiagnosticDescriptors.InvalidArgument, Node, DiagnosticTarget.NodeAttribute, null, Node, message));

    /// <summary>TG0010 unless <paramref name="value"/> &gt; 0.</summary>
    public int Positive(string argument, string what, int value)
    {
        if (value <= 0)
        {
            ArgumentError(argument, $"{what} must be positive, got {value}");
        }

        return value;
    }

    /// <summary>TG0010 unless <paramref name="value"/> ≥ 0.</summary>
    public int NonNegative(string argument, string what, int value)
    {
        if (value < 0)
        {
            ArgumentError(argument, $"{what} must be ≥ 0, got {value}");
        }

        return value;
    }

    /// <summary>TG0010 unless <paramref name="value"/> is a finite number &gt; 0.</summary>
    public double Positive(string argument, string what, double value)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            ArgumentError(argument, $"{what} must be positive, got {Format(value)}");
        }

        return value;
    }

    /// <summary>Position <paramref name="position"/> as the argument name diagnostics use.</summary>
    public static string At(int position) => position.ToString(CultureInfo.InvariantCulture);

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The attribute's arguments could not be read (the C# compiler reports the error).</summary>
    internal sealed class UnreadableAttributeException : System.Exception
    {
    }
}
