using System;

namespace TypedGraph;

/// <summary>
/// Multi-head scaled dot-product attention (Keras <c>MultiHeadAttention</c>): the query attends over the value (keys
/// default to the value). Output shape = the query's; Keras's parameter count (query, key, value and output projections with biases).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
#if TYPEDGRAPH_GENERATOR
internal
#else
public
#endif
sealed class MultiHeadAttentionAttribute : NodeAttribute
{
    /// <summary>Creates the layer.</summary>
    /// <param name="numHeads">Number of attention heads.</param>
    /// <param name="keyDim">Size of each head's query and key (and value) projection.</param>
    public MultiHeadAttentionAttribute(int numHeads, int keyDim)
    {
        NumHeads = numHeads;
        KeyDim = keyDim;
    }

    /// <summary>
    /// Creates the layer with hyper-parameter arguments: <c>[MultiHeadAttention(nameof(Heads), nameof(KeyDim))]</c>. The
    /// compiler picks this overload only when an argument is not an <c>int</c>, i.e. for <c>nameof</c>.
    /// </summary>
    /// <param name="numHeads">Number of attention heads: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter (<c>[Choice]</c>/<c>[Range]</c> property).</param>
    /// <param name="keyDim">Size of each head's projections: an <c>int</c>, or <c>nameof</c> of an <c>int</c> hyper-parameter.</param>
    public MultiHeadAttentionAttribute(object numHeads, object keyDim)
        : this(SizeOf(numHeads), SizeOf(keyDim))
    {
    }

    /// <summary>Number of attention heads.</summary>
    public int NumHeads { get; }

    /// <summary>Size of each head's query and key projection; also the value projection's.</summary>
    public int KeyDim { get; }

    /// <summary>The query node; when omitted, <see cref="NodeAttribute.From"/> or the node declared above.</summary>
    public string? Query { get; set; }

    /// <summary>The value node; when omitted, the query (self-attention).</summary>
    public string? Value { get; set; }

    /// <summary>The key node; when omitted, the value.</summary>
    public string? Key { get; set; }

    /// <summary>Dropout on the attention weights during training. Defaults to 0.</summary>
    public double Dropout { get; set; }
}
