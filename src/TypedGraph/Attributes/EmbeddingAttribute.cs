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

    /// <summary>
    /// Creates an embedding layer with hyper-parameter arguments: <c>[Embedding(nameof(Vocabulary), nameof(Width))]</c>. The
    /// compiler picks this overload only when an argument is not an <c>int</c>, i.e. for <c>nameof</c>.
    /// </summary>
    /// <param name="inputDim">Vocabulary size: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property).</param>
    /// <param name="outputDim">Size of each embedding vector: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter.</param>
    public EmbeddingAttribute(object inputDim, object outputDim)
        : this(SizeOf(inputDim), SizeOf(outputDim))
    {
    }

    /// <summary>Vocabulary size.</summary>
    public int InputDim { get; }

    /// <summary>Size of each embedding vector.</summary>
    public int OutputDim { get; }
}
