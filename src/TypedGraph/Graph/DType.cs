namespace TypedGraph;

// The member names are pinned public contract and deliberately mirror TorchSharp's ScalarType names.
#pragma warning disable CA1720 // Identifier contains type name

/// <summary>Element type of a model input.</summary>
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
enum DType
{
    /// <summary>32-bit floating point (the default).</summary>
    Float32,
    /// <summary>64-bit floating point.</summary>
    Float64,
    /// <summary>16-bit IEEE half precision.</summary>
    Float16,
    /// <summary>16-bit brain floating point.</summary>
    BFloat16,
    /// <summary>32-bit signed integer.</summary>
    Int32,
    /// <summary>64-bit signed integer (class indices, token ids).</summary>
    Int64,
    /// <summary>Boolean.</summary>
    Bool,
}
