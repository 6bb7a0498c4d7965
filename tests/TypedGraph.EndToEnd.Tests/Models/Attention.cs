namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>Cross-attention: a 16-wide query sequence attends over a 12-wide value sequence (keys = values).</summary>
[Model]
public sealed partial class Attention
{
    [Input("Tq", 16)] public partial Node Query { get; }

    [Input("Tv", 12)] public partial Node Context { get; }

    [MultiHeadAttention(2, 8, Query = nameof(Query), Value = nameof(Context))]
    [Output]
    public partial Node Attended { get; }
}
