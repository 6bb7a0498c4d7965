using TypedGraph;
using static TypedGraph.Activation;

namespace TypedGraph.Samples.Models;

/// <summary>The seed's lightweight depthwise-separable convnet for 64×64 RGB images, 10 classes (38,949 parameters).</summary>
[Model(DataFormat = DataFormat.ChannelsLast)]
public sealed partial class SeparableConvNet
{
    [Input(64, 64, 3)] public partial Node Image { get; }

    [SeparableConv2d(32, 3, Activation = Relu)] public partial Node Sep1 { get; }

    [SeparableConv2d(64, 3, Activation = Relu)] public partial Node Sep2 { get; }

    [MaxPool2d(2)] public partial Node Pool1 { get; }

    [SeparableConv2d(64, 3, Activation = Relu)] public partial Node Sep3 { get; }

    [SeparableConv2d(128, 3, Activation = Relu)] public partial Node Sep4 { get; }

    [MaxPool2d(2)] public partial Node Pool2 { get; }

    [SeparableConv2d(64, 3, Activation = Relu)] public partial Node Sep5 { get; }

    [SeparableConv2d(128, 3, Activation = Relu)] public partial Node Sep6 { get; }

    [GlobalAvgPool2d] public partial Node Pooled { get; }

    [Dense(32, Activation = Relu)] public partial Node Hidden { get; }

    [Dense(10, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Classes { get; }
}
