using System.Collections.Generic;
using System.Linq;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Analysis;

/// <summary>
/// The shape of one sample (the batch dimension is implicit and printed as <c>N</c>, Keras <c>None</c>), plus what
/// its axes mean and whether it holds integers (token ids for an Embedding).
/// </summary>
internal sealed record TensorShape(EquatableArray<Dim> SampleDims, TensorLayout Layout = TensorLayout.Plain, bool IsInteger = false)
{
    /// <summary>Rank including the batch dimension.</summary>
    public int Rank => SampleDims.Count + 1;

    public Dim Last => SampleDims[SampleDims.Count - 1];

    /// <summary>The dimension at a full-tensor axis (1 = first per-sample axis; negative counts from the end).</summary>
    public Dim this[int axis] => SampleDims[(axis < 0 ? Rank + axis : axis) - 1];

    public static TensorShape Of(IEnumerable<Dim> dims, TensorLayout layout = TensorLayout.Plain) => new(dims.ToEquatableArray(), layout);

    public TensorShape With(int axis, Dim dim)
    {
        var dims = SampleDims.ToList();
        dims[(axis < 0 ? Rank + axis : axis) - 1] = dim;
        return this with { SampleDims = dims.ToEquatableArray() };
    }

    public override string ToString() => "(N, " + string.Join(", ", SampleDims.Select(d => d.ToString())) + ")";
}
