using TypedGraph;

namespace Shapes;

// A residual Add after a pooling: the shortcut is (16, 32, 32), the pooled branch (16, 16, 16).
[Model]
public partial class Residual
{
    [Input(3, 32, 32)] public partial Node X { get; }

    [Conv2d(16, 3, Padding = Padding.Same)] public partial Node A { get; }

    [MaxPool2d(2)] public partial Node B { get; }

    [{|TG0005:Add(nameof(B), nameof(A))|}]
    [Output(Loss.MeanSquaredError)]
    public partial Node Sum { get; }
}

[Model]
public partial class Inception
{
    [Input(4, 8)] public partial Node X { get; }

    [Input(5, 9)] public partial Node Y { get; }

    [{|TG0006:Concatenate(nameof(X), nameof(Y))|}]
    [Output(Loss.MeanSquaredError)]
    public partial Node Merged { get; }
}

[Model]
public partial class WrongRank
{
    [Input(8)] public partial Node X { get; }

    [{|TG0007:Conv2d(4, 3)|}]
    [Output(Loss.MeanSquaredError)]
    public partial Node C { get; }
}

[Model]
public partial class KernelTooLarge
{
    [Input(3, 4, 4)] public partial Node X { get; }

    [{|TG0009:Conv2d(2, 5)|}]
    [Output(Loss.MeanSquaredError)]
    public partial Node C { get; }
}
