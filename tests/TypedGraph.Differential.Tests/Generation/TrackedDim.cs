namespace TypedGraph.Differential.Tests.Generation;

/// <summary>
/// One per-sample dimension as the graph generator tracks it: its concrete size for the sizes chosen for this model's
/// symbols, and — when it depends on a symbol — a key naming how it was derived. Two dimensions with the same key are
/// the same expression for every size, which is what an element-wise merge needs; a null key means known at compile time.
/// </summary>
internal readonly record struct TrackedDim(long Value, string? Key)
{
    public bool IsKnown => Key is null;

    /// <summary>What two dimensions must share to be merged element-wise: the key, or the size when known.</summary>
    public string Signature => Key ?? Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static TrackedDim Known(long value) => new(value, null);
}
