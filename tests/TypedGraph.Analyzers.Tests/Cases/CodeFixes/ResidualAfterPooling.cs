using TypedGraph;
using static TypedGraph.Activation;

namespace Fixes;

// Deep Learning with Python's residual block: the shortcut is (32, 32, 32), the pooled branch (64, 16, 16).
[Model]
public sealed partial class Residual
{
    [Input(3, 32, 32)] public partial Node Image { get; }

    [Conv2d(32, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Block { get; }

    [Conv2d(64, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Y { get; }

    [MaxPool2d(2)] public partial Node Pooled { get; }

    [Add(nameof(Pooled), nameof(Block))]
    public partial Node Sum { get; }

    [GlobalAvgPool2d] public partial Node Features { get; }

    [Dense(10, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy)]
    public partial Node Probabilities { get; }
}
