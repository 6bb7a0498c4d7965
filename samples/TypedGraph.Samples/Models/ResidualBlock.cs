using TypedGraph;
using static TypedGraph.Activation;

namespace TypedGraph.Samples.Models;

/// <summary>A residual block whose main path halves the feature map, so the shortcut is a strided 1×1 projection.</summary>
[Model]
public sealed partial class ResidualBlock
{
    [Input(64, "H", "W")] public partial Node X { get; }

    [Conv2d(128, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Y1 { get; }

    [Conv2d(128, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Y2 { get; }

    [MaxPool2d(2)] public partial Node Y3 { get; }

    [Conv2d(128, 1, Stride = 2, Padding = Padding.Same, From = nameof(X))] public partial Node Shortcut { get; }

    [Add(nameof(Y3), nameof(Shortcut))]
    [Output]
    public partial Node Y { get; }
}
