using TypedGraph;

namespace Severity;

[Model]
public partial class WithUnusedNode
{
    [Input(4)] public partial Node X { get; }

    [Dense(2)]
    [Output(Loss.MeanSquaredError)]
    public partial Node Y { get; }

    [Dropout(0.1, From = nameof(X))] public partial Node Unused { get; }

    [Dense(0, From = nameof(X))] public partial Node Broken { get; }
}
