using static TypedGraph.Activation;

namespace TypedGraph.Applications;

/// <summary>
/// Xception (Chollet, 2017) without its classifier, as Keras's <c>Xception(include_top=False)</c>: entry flow,
/// eight middle-flow blocks (<see cref="XceptionMiddleBlock"/>, repeated) and exit flow. Channels-first; for a
/// 299×299 image the output is (N, 2048, 10, 10). 20,861,480 parameters, 54,528 of them non-trainable.
/// </summary>
[Model]
public sealed partial class XceptionBase
{
    [Input(3, "H", "W")] public partial Node Image { get; }

    // Entry flow, block 1.
    [Conv2d(32, 3, Stride = 2, UseBias = false)] public partial Node Block1Conv1 { get; }

    [BatchNorm] public partial Node Block1Bn1 { get; }

    [Activate(Relu)] public partial Node Block1Act1 { get; }

    [Conv2d(64, 3, UseBias = false)] public partial Node Block1Conv2 { get; }

    [BatchNorm] public partial Node Block1Bn2 { get; }

    [Activate(Relu)] public partial Node Block1Act2 { get; }

    // Block 2 and its strided shortcut.
    [Conv2d(128, 1, Stride = 2, Padding = Padding.Same, UseBias = false, From = nameof(Block1Act2))] public partial Node Shortcut2 { get; }

    [BatchNorm] public partial Node Shortcut2Bn { get; }

    [SeparableConv2d(128, 3, Padding = Padding.Same, UseBias = false, From = nameof(Block1Act2))] public partial Node Block2Sep1 { get; }

    [BatchNorm] public partial Node Block2Bn1 { get; }

    [Activate(Relu)] public partial Node Block2Act1 { get; }

    [SeparableConv2d(128, 3, Padding = Padding.Same, UseBias = false)] public partial Node Block2Sep2 { get; }

    [BatchNorm] public partial Node Block2Bn2 { get; }

    [MaxPool2d(3, Stride = 2, Padding = Padding.Same)] public partial Node Block2Pool { get; }

    [Add(nameof(Block2Pool), nameof(Shortcut2Bn))] public partial Node Block2 { get; }

    // Block 3.
    [Conv2d(256, 1, Stride = 2, Padding = Padding.Same, UseBias = false, From = nameof(Block2))] public partial Node Shortcut3 { get; }

    [BatchNorm] public partial Node Shortcut3Bn { get; }

    [Activate(Relu, From = nameof(Block2))] public partial Node Block3Act1 { get; }

    [SeparableConv2d(256, 3, Padding = Padding.Same, UseBias = false)] public partial Node Block3Sep1 { get; }

    [BatchNorm] public partial Node Block3Bn1 { get; }

    [Activate(Relu)] public partial Node Block3Act2 { get; }

    [SeparableConv2d(256, 3, Padding = Padding.Same, UseBias = false)] public partial Node Block3Sep2 { get; }

    [BatchNorm] public partial Node Block3Bn2 { get; }

    [MaxPool2d(3, Stride = 2, Padding = Padding.Same)] public partial Node Block3Pool { get; }

    [Add(nameof(Block3Pool), nameof(Shortcut3Bn))] public partial Node Block3 { get; }

    // Block 4.
    [Conv2d(728, 1, Stride = 2, Padding = Padding.Same, UseBias = false, From = nameof(Block3))] public partial Node Shortcut4 { get; }

    [BatchNorm] public partial Node Shortcut4Bn { get; }

    [Activate(Relu, From = nameof(Block3))] public partial Node Block4Act1 { get; }

    [SeparableConv2d(728, 3, Padding = Padding.Same, UseBias = false)] public partial Node Block4Sep1 { get; }

    [BatchNorm] public partial Node Block4Bn1 { get; }

    [Activate(Relu)] public partial Node Block4Act2 { get; }

    [SeparableConv2d(728, 3, Padding = Padding.Same, UseBias = false)] public partial Node Block4Sep2 { get; }

    [BatchNorm] public partial Node Block4Bn2 { get; }

    [MaxPool2d(3, Stride = 2, Padding = Padding.Same)] public partial Node Block4Pool { get; }

    [Add(nameof(Block4Pool), nameof(Shortcut4Bn))] public partial Node Block4 { get; }

    // Middle flow: blocks 5–12.
    [Submodel(typeof(XceptionMiddleBlock), Repeat = 8)] public partial Node MiddleFlow { get; }

    // Exit flow, block 13.
    [Conv2d(1024, 1, Stride = 2, Padding = Padding.Same, UseBias = false, From = nameof(MiddleFlow))] public partial Node Shortcut13 { get; }

    [BatchNorm] public partial Node Shortcut13Bn { get; }

    [Activate(Relu, From = nameof(MiddleFlow))] public partial Node Block13Act1 { get; }

    [SeparableConv2d(728, 3, Padding = Padding.Same, UseBias = false)] public partial Node Block13Sep1 { get; }

    [BatchNorm] public partial Node Block13Bn1 { get; }

    [Activate(Relu)] public partial Node Block13Act2 { get; }

    [SeparableConv2d(1024, 3, Padding = Padding.Same, UseBias = false)] public partial Node Block13Sep2 { get; }

    [BatchNorm] public partial Node Block13Bn2 { get; }

    [MaxPool2d(3, Stride = 2, Padding = Padding.Same)] public partial Node Block13Pool { get; }

    [Add(nameof(Block13Pool), nameof(Shortcut13Bn))] public partial Node Block13 { get; }

    // Block 14.
    [SeparableConv2d(1536, 3, Padding = Padding.Same, UseBias = false)] public partial Node Block14Sep1 { get; }

    [BatchNorm] public partial Node Block14Bn1 { get; }

    [Activate(Relu)] public partial Node Block14Act1 { get; }

    [SeparableConv2d(2048, 3, Padding = Padding.Same, UseBias = false)] public partial Node Block14Sep2 { get; }

    [BatchNorm] public partial Node Block14Bn2 { get; }

    [Activate(Relu)]
    [Output]
    public partial Node Features { get; }
}
