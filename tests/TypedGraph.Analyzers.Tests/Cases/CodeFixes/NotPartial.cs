using TypedGraph;

namespace Fixes;

public static class Outer
{
    [Model]
    public sealed class First
    {
        [Input(8)] public Node X { get; }

        [Dense(2)]
        [Output(Loss.MeanSquaredError)]
        public partial Node Y { get; }
    }

    [Model]
    internal class Second
    {
        [Input(4)] public partial Node A { get; }

        [Dense(1)]
        [Output(Loss.MeanSquaredError)]
        public Node B { get; }
    }
}

[Model]
public partial class Third
{
    [Input(4)] public partial Node A { get; }

    [Dense(1)] [Output(Loss.MeanSquaredError)] Node B { get; }
}
