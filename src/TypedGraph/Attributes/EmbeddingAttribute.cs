using System;

namespace TypedGraph;

/// <summary>Turns integer indices into dense vectors (Keras <c>Embedding</c>): (N, …) integers → (N, …, outputDim).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class EmbeddingAttribute : NodeAttribute
{
    /// <summary>Creates an embedding layer.</summary>
    /// <param name="inputDim">Vocabulary size: indices lie in [0, inputDim).</param>
    /// <param name="outputDim">Size of each embedding vector.</param>
    public EmbeddingAttribute(int inputDim, int outputDim)
    {
        InputDim = inputDim;
        OutputDim = outputDim;
    }

    /// <summary>Vocabulary size.</summary>
    public int InputDim { get; }

    /// <summary>Size of each embedding vector.</summary>
    public int OutputDim { get; }
}
