using System.Linq;
using TypedGraph.Generators.Model;

namespace TypedGraph.Generators.Analysis;

/// <summary>The shape of one sample; the batch dimension is implicit and printed as <c>N</c> (Keras <c>None</c>).</summary>
internal sealed record TensorShape(EquatableArray<Dim> SampleDims)
{
    /// <summary>Rank including the batch dimension.</summary>
    public int Rank => SampleDims.Count + 1;

    public Dim Last => SampleDims[SampleDims.Count - 1];

    public override string ToString() => "(N, " + string.Join(", ", SampleDims.Select(d => d.ToString())) + ")";
}
