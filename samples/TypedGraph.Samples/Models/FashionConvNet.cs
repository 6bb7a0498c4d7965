using TypedGraph;
using static TypedGraph.Activation;

namespace TypedGraph.Samples.Models;

/// <summary>
/// A small Fashion-MNIST classifier: a convolutional stem, a residual block of separable convolutions whose shortcut is
/// a strided 1×1 projection (the main path doubles the channels and halves the map), a separable head, batch
/// normalization throughout.
/// </summary>
[Model]
public sealed partial class FashionConvNet
{
    [Input(1, 28, 28)] public partial Node Image { get; }

    // Stem: 28×28×32, then 14×14.
    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false)] public partial Node StemConv { get; }

    [BatchNorm] public partial Node StemNorm { get; }

    [Activate(Relu)] public partial Node StemRelu { get; }

    [MaxPool2d(2)] public partial Node StemPool { get; }

    // Residual block: 14×14×32 → 7×7×64 on the main path …
    [SeparableConv2d(64, 3, Padding = Padding.Same, UseBias = false)] public partial Node BlockSep1 { get; }

    [BatchNorm] public partial Node BlockNorm1 { get; }

    [Activate(Relu)] public partial Node BlockRelu1 { get; }

    [SeparableConv2d(64, 3, Padding = Padding.Same, UseBias = false)] public partial Node BlockSep2 { get; }

    [BatchNorm] public partial Node BlockNorm2 { get; }

    [MaxPool2d(2)] public partial Node BlockPool { get; }

    // … so the shortcut needs a projection with the same stride and filters.
    [Conv2d(64, 1, Stride = 2, Padding = Padding.Same, From = nameof(StemPool))] public partial Node Shortcut { get; }

    [Add(nameof(BlockPool), nameof(Shortcut))] public partial Node Residual { get; }

    [Activate(Relu)] public partial Node BlockOut { get; }

    // Head.
    [SeparableConv2d(128, 3, Padding = Padding.Same, UseBias = false)] public partial Node HeadSep { get; }

    [BatchNorm] public partial Node HeadNorm { get; }

    [Activate(Relu)] public partial Node HeadRelu { get; }

    [Flatten] public partial Node Flat { get; }

    [Dropout(0.3)] public partial Node Drop { get; }

    [Dense(10, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Label { get; }
}
