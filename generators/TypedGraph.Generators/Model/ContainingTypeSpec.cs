namespace TypedGraph.Generators.Model;

/// <summary>A type that encloses a nested model class; emitted as <c>partial {Keyword} {Name}</c>.</summary>
internal sealed record ContainingTypeSpec(string Keyword, string Name);
