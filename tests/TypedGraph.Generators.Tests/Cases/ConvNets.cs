using TypedGraph;
using static TypedGraph.Activation;

namespace Seeds.Vision;

// Channels-last convolutions with every padding form, pooling, normalization and a residual add that only a run-time
// check can settle (valid pooling floors, the same-padded projection rounds up).
[Model(DataFormat = DataFormat.ChannelsLast)]
public sealed partial class ConvNet
{
    [Input("H", "W", 3)] public partial Node Image { get; }

    [ZeroPadding2d(1)] public partial Node Padded { get; }

    [Conv2d(16, 3, Stride = 2, Padding = Padding.Same, UseBias = false)] public partial Node Stem { get; }

    [BatchNorm(Momentum = 0.9)] public partial Node StemNorm { get; }

    [Activate(Relu)] public partial Node StemAct { get; }

    [SeparableConv2d(32, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Separable { get; }

    [DepthwiseConv2d(3, DepthMultiplier = 2, Padding = Padding.Same)] public partial Node Depthwise { get; }

    [MaxPool2d(2)] public partial Node Pooled { get; }

    [Conv2d(64, 1, Stride = 2, Padding = Padding.Same, From = nameof(StemAct))] public partial Node Projection { get; }

    [Add(nameof(Pooled), nameof(Projection))] public partial Node Residual { get; }

    [AvgPool2d(3, Stride = 2, Padding = Padding.Same)] public partial Node Averaged { get; }

    [GlobalMaxPool2d] public partial Node Global { get; }

    [LayerNorm] public partial Node Normalized { get; }

    [Dense(5, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Classes { get; }
}
