namespace TypedGraph.Generators.Model;

/// <summary>
/// Everything the generator knows about one <c>[Model]</c> class, as plain values: no symbols, syntax, locations or
/// compilations, so the incremental pipeline can compare it by value and cache.
/// </summary>
internal sealed record ModelSpec(
    string? Namespace,
    string Name,
    EquatableArray<ContainingTypeSpec> ContainingTypes,
    DataFormat DataFormat,
    EquatableArray<NodeSpec> Nodes,
    EquatableArray<Diagnostics.GraphDiagnostic> Diagnostics)
{
    /// <summary>The class can carry generated members: it (and every enclosing type) is partial.</summary>
    public bool CanEmit { get; init; } = true;

    /// <summary>The fully qualified type name for generated code: <c>global::Ns.Outer.Model</c>.</summary>
    public string FullTypeName
    {
        get
        {
            var name = "global::" + (Namespace is null ? string.Empty : Namespace + ".");
            foreach (var type in ContainingTypes)
            {
                name += type.Name + ".";
            }

            return name + Name;
        }
    }

    /// <summary>A short file-name-safe name for the generated source (<c>Ns.Outer.Model.g.cs</c>).</summary>
    public string HintName
    {
        get
        {
            var prefix = Namespace is null ? string.Empty : Namespace + ".";
            foreach (var type in ContainingTypes)
            {
                prefix += type.Name + ".";
            }

            // A keyword used as a namespace part keeps its '@' in the display name; hint names may not contain it.
            return (prefix + Name).Replace("@", string.Empty) + ".g.cs";
        }
    }
}
