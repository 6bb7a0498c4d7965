namespace TypedGraph.Tuning;

/// <summary>The C# type of a hyper-parameter property.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The members name the C# types of the properties.")]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
enum HyperParameterType
{
    /// <summary><c>int</c>.</summary>
    Int,

    /// <summary><c>double</c>.</summary>
    Double,

    /// <summary><c>bool</c>.</summary>
    Bool,

    /// <summary><c>string</c>.</summary>
    String,
}
