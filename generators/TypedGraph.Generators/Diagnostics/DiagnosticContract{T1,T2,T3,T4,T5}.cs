using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TypedGraph.Generators.Diagnostics;

/// <summary>A diagnostic whose message format takes five arguments.</summary>
/// <typeparam name="T1">The type of <c>{0}</c>.</typeparam>
/// <typeparam name="T2">The type of <c>{1}</c>.</typeparam>
/// <typeparam name="T3">The type of <c>{2}</c>.</typeparam>
/// <typeparam name="T4">The type of <c>{3}</c>.</typeparam>
/// <typeparam name="T5">The type of <c>{4}</c>.</typeparam>
internal sealed class DiagnosticContract<T1, T2, T3, T4, T5>(DiagnosticDescriptor descriptor) : DiagnosticContract(descriptor)
{
    /// <summary>
    /// The contract of <paramref name="descriptor"/>. Implicit so that a field of <see cref="DiagnosticDescriptors"/> is
    /// initialised straight from a descriptor helper call, the form release tracking (RS2000–RS2008) recognises.
    /// </summary>
    public static implicit operator DiagnosticContract<T1, T2, T3, T4, T5>(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>The analysis' diagnostic on <paramref name="node"/>, at <paramref name="target"/> (for <see cref="DiagnosticTarget.NodeArgument"/>: the attribute argument <paramref name="argument"/>).</summary>
    public GraphDiagnostic Create(string? node, DiagnosticTarget target, string? argument, T1 arg0, T2 arg1, T3 arg2, T4 arg3, T5 arg4) =>
        Graph(node, target, argument, Format(arg0), Format(arg1), Format(arg2), Format(arg3), Format(arg4));

    /// <summary>An analyzer's diagnostic at <paramref name="location"/>, with the properties a code fix reads and the locations it also spans.</summary>
    public Diagnostic Create(Location location, T1 arg0, T2 arg1, T3 arg2, T4 arg3, T5 arg4, ImmutableDictionary<string, string?>? properties = null, IEnumerable<Location>? additionalLocations = null) =>
        Roslyn(location, properties, additionalLocations, Format(arg0), Format(arg1), Format(arg2), Format(arg3), Format(arg4));
}
