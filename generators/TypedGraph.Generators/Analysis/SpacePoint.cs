using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TypedGraph.Generators.Analysis;

/// <summary>An assignment of values to some hyper-parameters: where a shape rule fails (<c>Kernel = 7, Filters = 16</c>), or where a count is extreme.</summary>
internal sealed class SpacePoint
{
    public SpacePoint(IEnumerable<KeyValuePair<string, long>> values) => Values = values.ToList();

    /// <summary>The values, in the order the symbols are first mentioned.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Values { get; }

    /// <summary>The value of <paramref name="symbol"/>, if the point assigns it.</summary>
    public long? this[string symbol] => Values.Where(v => v.Key == symbol).Select(v => (long?)v.Value).FirstOrDefault();

    /// <summary><paramref name="dim"/> with the point's values in place of its symbols.</summary>
    public Dim Apply(Dim dim) => dim.Substitute(Values.ToDictionary(v => v.Key, v => Dim.Of(v.Value)));

    /// <summary><paramref name="shape"/> with the point's values in place of its symbols.</summary>
    public TensorShape Apply(TensorShape shape) => shape with { SampleDims = new Model.EquatableArray<Dim>(shape.SampleDims.Select(Apply)) };

    /// <summary><c>Kernel = 7, Filters = 16</c>.</summary>
    public override string ToString() => string.Join(", ", Values.Select(v => $"{v.Key} = {v.Value.ToString(CultureInfo.InvariantCulture)}"));
}
