using System;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace TypedGraph.Layers;

/// <summary>
/// Keras's <c>MultiHeadAttention</c> on batch-first sequences: the query (N, Tq, Dq) attends over the value (N, Tv, Dv)
/// with keys (N, Tv, Dk); each of the heads projects to <c>keyDim</c> (queries, keys and values), scaled dot-product
/// attention, and an output projection back to Dq. Parameters as Keras counts them: three projections of
/// <c>D·heads·keyDim + heads·keyDim</c> and the output projection <c>heads·keyDim·Dq + Dq</c>; Glorot-uniform with Keras's
/// fans for its einsum kernels (<c>(D, heads, keyDim)</c>: fan-in D·heads, fan-out D·keyDim), zero biases.
/// </summary>
public sealed class MultiHeadAttention : nn.Module<Tensor, Tensor, Tensor, Tensor>
{
    private readonly Linear query;
    private readonly Linear key;
    private readonly Linear value;
    private readonly Linear output;
    private readonly Dropout dropout;
    private readonly long _heads;
    private readonly long _keyDim;

    /// <summary>Creates the layer.</summary>
    /// <param name="queryDim">Width of the query sequence (its last dimension); also the output's.</param>
    /// <param name="valueDim">Width of the value sequence.</param>
    /// <param name="keyWidth">Width of the key sequence.</param>
    /// <param name="numHeads">Number of heads.</param>
    /// <param name="keyDim">Per-head projection size.</param>
    /// <param name="dropout">Dropout on the attention weights in training.</param>
    public MultiHeadAttention(long queryDim, long valueDim, long keyWidth, long numHeads, long keyDim, double dropout = 0)
        : base(nameof(MultiHeadAttention))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(numHeads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(keyDim, 1);
        _heads = numHeads;
        _keyDim = keyDim;
        var projected = numHeads * keyDim;
        query = Projection(queryDim, projected, queryDim * numHeads, queryDim * keyDim);
        key = Projection(keyWidth, projected, keyWidth * numHeads, keyWidth * keyDim);
        value = Projection(valueDim, projected, valueDim * numHeads, valueDim * keyDim);
        output = Projection(projected, queryDim, keyDim * numHeads, queryDim * numHeads);
        this.dropout = nn.Dropout(dropout);
        register_module(nameof(query), query);
        register_module(nameof(key), key);
        register_module(nameof(value), value);
        register_module(nameof(output), output);
        register_module(nameof(this.dropout), this.dropout);
    }

    /// <summary>Attends <paramref name="q"/> over <paramref name="v"/> with keys <paramref name="k"/>.</summary>
    public override Tensor forward(Tensor q, Tensor v, Tensor k)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(k);
        var (n, tq, tv) = (q.shape[0], q.shape[1], v.shape[1]);
        var queries = query.forward(q).view(n, tq, _heads, _keyDim).transpose(1, 2);
        var keys = key.forward(k).view(n, tv, _heads, _keyDim).transpose(1, 2);
        var values = value.forward(v).view(n, tv, _heads, _keyDim).transpose(1, 2);
        var scores = queries.matmul(keys.transpose(-2, -1)).div(Math.Sqrt(_keyDim)).softmax(-1);
        var attended = dropout.forward(scores).matmul(values).transpose(1, 2).reshape(n, tq, _heads * _keyDim);
        return output.forward(attended);
    }

    private static Linear Projection(long inputs, long outputs, long fanIn, long fanOut)
    {
        var linear = nn.Linear(inputs, outputs);
        var limit = Math.Sqrt(6.0 / (fanIn + fanOut));
        nn.init.uniform_(linear.weight, -limit, limit);
        nn.init.zeros_(linear.bias);
        return linear;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            query.Dispose();
            key.Dispose();
            value.Dispose();
            output.Dispose();
            dropout.Dispose();
        }

        base.Dispose(disposing);
    }
}
