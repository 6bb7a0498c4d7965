using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedGraph.Generators.Analysis;

namespace TypedGraph.Generators.Diagnostics;

/// <summary>
/// A TG diagnostic's descriptor together with the types of its message arguments: the one way to create a
/// <see cref="GraphDiagnostic"/> (the parser and graph analysis) or a Roslyn <see cref="Diagnostic"/> (the analyzers).
/// </summary>
/// <remarks>
/// <para>
/// Each descriptor is declared once in <see cref="DiagnosticDescriptors"/> as a <c>DiagnosticContract&lt;T1, …&gt;</c>
/// with one type argument per placeholder of its message format, <c>{0}</c> being <c>T1</c>. Its <c>Create</c>
/// methods therefore take exactly the arguments the format expects, of the declared kinds (a test checks every
/// format's placeholders against the arity), and format them in one place (<see cref="Format{T}"/>): a
/// <see cref="TensorShape"/> in the notation of <c>Summary()</c> (<c>(N, T, 32)</c>), an <see langword="int"/> with the
/// invariant culture, an enum member by name, a list of names joined by <c>", "</c>, text as it is.
/// </para>
/// <para>
/// A <see cref="GraphDiagnostic"/> keeps the formatted strings, so it stays an equatable pipeline model (no symbol, no
/// location); <see cref="Report"/> turns it into a Roslyn diagnostic of the same descriptor once the analyzer has
/// located it.
/// </para>
/// </remarks>
internal abstract class DiagnosticContract
{
    private protected DiagnosticContract(DiagnosticDescriptor descriptor) => Descriptor = descriptor;

    /// <summary>Id, severity, category, title and message format.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The TG id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>
    /// The Roslyn diagnostic for <paramref name="diagnostic"/>, created by a contract of <paramref name="descriptor"/>
    /// (so its message arguments are already formatted), at <paramref name="location"/>.
    /// </summary>
    public static Diagnostic Report(DiagnosticDescriptor descriptor, GraphDiagnostic diagnostic, Location location, ImmutableDictionary<string, string?>? properties) =>
        Diagnostic.Create(descriptor, location, properties, diagnostic.MessageArguments.ToArray<object>());

    /// <summary>A <see cref="GraphDiagnostic"/> of this descriptor with its formatted message arguments.</summary>
    private protected GraphDiagnostic Graph(string? node, DiagnosticTarget target, string? argument, params string[] arguments) =>
        new(Id, Descriptor.DefaultSeverity == DiagnosticSeverity.Error, node, target, argument, new Model.EquatableArray<string>(arguments));

    /// <summary>A Roslyn diagnostic of this descriptor with its formatted message arguments.</summary>
    private protected Diagnostic Roslyn(Location location, ImmutableDictionary<string, string?>? properties, IEnumerable<Location>? additionalLocations, params string[] arguments) =>
        Diagnostic.Create(Descriptor, location, additionalLocations, properties, arguments);

    /// <summary>How a message argument of type <typeparamref name="T"/> reads in a message.</summary>
    private protected static string Format<T>(T value) => value switch
    {
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        TensorShape shape => shape.ToString(),
        System.Enum member => member.ToString(),
        IEnumerable<string> names => string.Join(", ", names),
        null => string.Empty,
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
