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

    /// <summary>The valid hyper-parameters (<c>[Choice]</c> / <c>[Range]</c> properties), in declaration order.</summary>
    public EquatableArray<HyperParameterSpec> HyperParameters { get; init; } = EquatableArray<HyperParameterSpec>.Empty;

    /// <summary>The class declares hyper-parameter properties (valid or not) and none takes a name of the tunable API: it gets that API.</summary>
    public bool IsTunable { get; init; }

    /// <summary>Hyper-parameter properties with an error that can still be implemented (throwing), as <c>Type Name</c>.</summary>
    public EquatableArray<string> UnimplementedHyperParameters { get; init; } = EquatableArray<string>.Empty;

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
