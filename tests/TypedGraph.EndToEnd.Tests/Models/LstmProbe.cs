namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>The smallest generated LSTM model: one forward LSTM returning its sequence.</summary>
[Model]
public sealed partial class LstmProbe
{
    [Input("T", 3)] public partial Node Frames { get; }

    [Lstm(4, ReturnSequences = true)]
    [Output]
    public partial Node Hidden { get; }
}
