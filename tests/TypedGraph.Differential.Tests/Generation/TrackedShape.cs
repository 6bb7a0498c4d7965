using System.Collections.Immutable;
using System.Linq;

namespace TypedGraph.Differential.Tests.Generation;

/// <summary>
/// A tensor's per-sample shape while a graph is generated (batch dimension implicit), with the two facts the DSL's
/// layout rules depend on: batch-first sequences (Embedding and RNN outputs, kept by Dense and pooling) and integer ids.
/// </summary>
internal sealed record TrackedShape(ImmutableArray<TrackedDim> Dims, bool Sequence = false, bool Integer = false)
{
    /// <summary>Rank including the batch dimension.</summary>
    public int Rank => Dims.Length + 1;

    public TrackedDim Last => Dims[^1];

    /// <summary>The dimension at a full-tensor axis (1 = first per-sample axis).</summary>
    public TrackedDim this[int axis] => Dims[axis - 1];

    public long Elements => Dims.Aggregate(1L, (acc, d) => acc * d.Value);

    public string Signature => string.Join(",", Dims.Select(d => d.Signature));

    public TrackedShape With(int axis, TrackedDim dim) => this with { Dims = Dims.SetItem(axis - 1, dim) };

    public static TrackedShape Of(params TrackedDim[] dims) => new(ImmutableArray.Create(dims));

    public override string ToString() => "(" + string.Join(", ", Dims.Select(d => d.Key is null ? d.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{d.Key}={d.Value}")) + ")";
}
