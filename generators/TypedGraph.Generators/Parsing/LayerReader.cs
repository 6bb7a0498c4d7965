using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Diagnostics;
using TypedGraph.Generators.Layers;
using TypedGraph.Generators.Model;
using TypedGraph.Tuning;

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
        _context.Diagnostics.Add(DiagnosticDescriptors.InvalidArgument.Create(Node, DiagnosticTarget.NodeArgument, argument, Node, message));

    /// <summary>TG0010 on the attribute as a whole.</summary>
    public void AttributeError(string message) =>
        _context.Diagnostics.Add(DiagnosticDescriptors.InvalidArgument.Create(Node, DiagnosticTarget.NodeAttribute, null, Node, message));

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

    /// <summary>
    /// A positive <c>int</c> size given at <paramref name="position"/> as a literal or <c>nameof(hyper-parameter)</c> (the
    /// <c>object</c> overloads of the node attributes): a reference must name an <c>int</c> hyper-parameter (TG0034, TG0035)
    /// whose every value is positive (TG0010 naming the value). <paramref name="literal"/> is the attribute's own reading.
    /// With <paramref name="allowZero"/> (padding, cropping) 0 is valid too.
    /// </summary>
    public Tunable<int> Size(int position, string what, int literal, bool allowZero = false)
    {
        var argument = At(position);
        var least = allowZero ? 0 : 1;
        switch (position < Data.ConstructorArguments.Length ? Data.ConstructorArguments[position].Value : literal)
        {
            case string name:
                if (HyperParameter(argument, name, what, HyperParameterType.Int) is not { } hp)
                {
                    return new Tunable<int>(least, null);
                }

                var minimum = hp.Domain()!.Minimum;
                if (minimum < least)
                {
                    ArgumentError(argument, $"with {name} = {minimum}: {what} must be {(allowZero ? "≥ 0" : "positive")}");
                }

                return new Tunable<int>(0, name);
            case int:
                return new Tunable<int>(allowZero ? NonNegative(argument, what, literal) : Positive(argument, what, literal), null);
            case var other:
                ArgumentError(argument, $"{what} must be an int or nameof an int hyper-parameter, got {Show(other)}");
                return new Tunable<int>(least, null);
        }
    }

    /// <summary>The values of the <c>int</c> hyper-parameter <paramref name="size"/> names; null for a literal.</summary>
    public Analysis.SymbolDomain? Domain(Tunable<int> size) =>
        size.HyperParameter is { } name && _context.HyperParameters.TryGetValue(name, out var hp) ? hp.Domain() : null;

    /// <summary>
    /// A window per spatial axis (a kernel, a pool size) given at <paramref name="position"/> as an <c>int</c>, an
    /// <c>int[]</c> [rows, cols] or <c>nameof(hyper-parameter)</c>, which sizes every axis (see <see cref="Size"/>).
    /// <paramref name="literal"/> is the attribute's own reading of the sizes: it needs <paramref name="rank"/> positive
    /// sizes (TG0010 otherwise, the sizes then patched so the shape rule can go on).
    /// </summary>
    public Tunable<int>[] Window(int position, string what, int[] literal, int rank)
    {
        var written = Values(position);
        if (written.Length == 1 && written[0].Value is string)
        {
            return Enumerable.Repeat(Size(position, what, 0), rank).ToArray();
        }

        var argument = At(position);
        if (literal.Length != rank)
        {
            ArgumentError(argument, $"the {what} needs {rank} sizes [rows, cols], got {literal.Length}");
            literal = Enumerable.Repeat(literal.Length > 0 ? literal[0] : 1, rank).ToArray();
        }

        if (written.Length == 1 && written[0].Value is not (int or string) && literal.All(k => k == 0))
        {
            // The object overload with something other than an int or a name (a double, a string expression …).
            ArgumentError(argument, $"{what} must be an int, an int[] or nameof an int hyper-parameter, got {written[0].Value}");
        }
        else
        {
            foreach (var size in literal)
            {
                Positive(argument, what, size);
            }
        }

        return literal.Select(k => new Tunable<int>(k, null)).ToArray();
    }

    /// <summary>
    /// A <c>double</c> given at <paramref name="position"/> as a number or <c>nameof(hyper-parameter)</c>, valid when
    /// <paramref name="valid"/> holds (an interval rule, so a range is checked at its ends; every choice is checked):
    /// TG0010 with <paramref name="rule"/> otherwise, naming the failing value of a hyper-parameter.
    /// </summary>
    public Tunable<double> Number(int position, string what, double literal, System.Func<double, bool> valid, string rule)
    {
        var argument = At(position);
        if (position < Data.ConstructorArguments.Length && Data.ConstructorArguments[position].Value is string name)
        {
            if (HyperParameter(argument, name, what, HyperParameterType.Double) is not { } hp)
            {
                return new Tunable<double>(0, null);
            }

            var values = hp.IsRange ? new[] { hp.Min, hp.Max } : System.Linq.Enumerable.ToArray(hp.Numbers);
            foreach (var value in values)
            {
                if (!valid(value))
                {
                    ArgumentError(argument, $"with {name} = {Format(value)}: {rule}, got {Format(value)}");
                    break;
                }
            }

            return new Tunable<double>(0, name);
        }

        if (position < Data.ConstructorArguments.Length && Data.ConstructorArguments[position].Value is not (double or int or float or long))
        {
            ArgumentError(argument, $"{what} must be a number or nameof a double hyper-parameter, got {Show(Data.ConstructorArguments[position].Value)}");
            return new Tunable<double>(0, null);
        }

        if (!valid(literal))
        {
            ArgumentError(argument, $"{rule}, got {Format(literal)}");
        }

        return new Tunable<double>(literal, null);
    }

    /// <summary>
    /// The hyper-parameter <paramref name="name"/> if it exists and has <paramref name="type"/>; otherwise null after TG0034
    /// (not a hyper-parameter) or TG0035 (another type). A hyper-parameter whose own declaration has an error is not reported again.
    /// </summary>
    private HyperParameterSpec? HyperParameter(string argument, string name, string what, HyperParameterType type)
    {
        if (_context.HyperParameters.TryGetValue(name, out var hp))
        {
            if (hp.Type == type)
            {
                return hp;
            }

            var needed = type == HyperParameterType.Int ? "an int" : "a double";
            _context.Diagnostics.Add(DiagnosticDescriptors.HyperParameterTypeMismatch.Create(Node, DiagnosticTarget.NodeArgument, argument, Node, needed, what, name, hp.TypeKeyword));
            return null;
        }

        if (!_context.DeclaredHyperParameters.Contains(name))
        {
            _context.Diagnostics.Add(DiagnosticDescriptors.UnknownHyperParameter.Create(Node, DiagnosticTarget.NodeArgument, argument, Node, name, what, _context.Model));
        }

        return null;
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        double d => $"{Format(d)} (Double)",
        System.Array array => $"an array of {array.Length}",
        _ => $"{System.Convert.ToString(value, CultureInfo.InvariantCulture)} ({value.GetType().Name})",
    };

    /// <summary>Position <paramref name="position"/> as the argument name diagnostics use.</summary>
    public static string At(int position) => position.ToString(CultureInfo.InvariantCulture);

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The attribute's arguments could not be read (the C# compiler reports the error).</summary>
    internal sealed class UnreadableAttributeException : System.Exception
    {
    }
}
