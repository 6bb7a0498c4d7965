using System;
using System.Globalization;

namespace TypedGraph.Generators.Model;

/// <summary>
/// A numeric node-attribute argument as written: a literal (<see cref="Literal"/>) or <c>nameof</c> of a hyper-parameter
/// (<see cref="HyperParameter"/>), whose value the model reads at run time (<c>this.Kernel</c>).
/// </summary>
/// <typeparam name="T"><c>int</c> or <c>double</c>.</typeparam>
internal readonly record struct Tunable<T>(T Literal, string? HyperParameter)
    where T : struct, IEquatable<T>, IFormattable
{
    /// <summary>Whether the argument names a hyper-parameter.</summary>
    public bool IsReference => HyperParameter is not null;

    /// <summary>The C# expression of the value in generated code: the literal, or the model's hyper-parameter property.</summary>
    public string Code => HyperParameter is { } name ? "this." + name : Format(Literal);

    /// <summary>The argument in attribute notation, for diagnostics and summaries: <c>3</c>, <c>0.5</c>, <c>Kernel</c>.</summary>
    public override string ToString() => HyperParameter ?? Format(Literal);

    private static string Format(T value) => value is double d ? Emitting.Literal.Double(d) : value.ToString(null, CultureInfo.InvariantCulture);
}
