using TypedGraph;

namespace Fixes;

public static partial class Outer
{
    [Model]
    public sealed partial class First
    {
        [Input(8)] public partial Node X { get; }

        [Dense(2)]
        [Output(Loss.MeanSquaredError)]
        public partial Node Y { get; }
    }

    [Model]
    internal partial class Second
    {
        [Input(4)] public partial Node A { get; }

        [Dense(1)]
        [Output(Loss.MeanSquaredError)]
        public partial Node B { get; }
    }
}

[Model]
public partial class Third
{
    [Input(4)] public partial Node A { get; }

    [Dense(1)] [Output(Loss.MeanSquaredError)] partial Node B { get; }
}
