using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// One block of Xception's middle flow (Keras blocks 5–12): three ReLU → 728-filter separable convolution → batch
/// normalization steps, added to the block's input. <see cref="XceptionBase"/> chains eight of them.
/// </summary>
[Model]
public sealed partial class XceptionMiddleBlock
{
    [Input(728, "H", "W")] public partial Node X { get; }

    [Activate(Relu)] public partial Node Act1 { get; }

    [SeparableConv2d(728, 3, Padding = Padding.Same, UseBias = false)] public partial Node Sep1 { get; }

    [BatchNorm] public partial Node Bn1 { get; }

    [Activate(Relu)] public partial Node Act2 { get; }

    [SeparableConv2d(728, 3, Padding = Padding.Same, UseBias = false)] public partial Node Sep2 { get; }

    [BatchNorm] public partial Node Bn2 { get; }

    [Activate(Relu)] public partial Node Act3 { get; }

    [SeparableConv2d(728, 3, Padding = Padding.Same, UseBias = false)] public partial Node Sep3 { get; }

    [BatchNorm] public partial Node Bn3 { get; }

    [Add(nameof(Bn3), nameof(X))]
    [Output]
    public partial Node Y { get; }
}
