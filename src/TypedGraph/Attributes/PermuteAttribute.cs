using System;

namespace TypedGraph;

/// <summary>Permutes the per-sample dimensions (Keras <c>Permute</c>); indices are 1-based, the batch dimension stays first.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class PermuteAttribute : NodeAttribute
{
    /// <summary>Creates the permutation.</summary>
    /// <param name="dims">A permutation of 1 … rank−1, e.g. (2, 1) swaps the two per-sample dimensions.</param>
    public PermuteAttribute(params int[] dims)
    {
        Dims = dims;
    }

    /// <summary>The permutation, 1-based.</summary>
    public int[] Dims { get; }
}
