using TypedGraph;
using static TypedGraph.Activation;

namespace TypedGraph.Benchmarks.Models;

/// <summary>A small MLP on 28×28 grey images, 10 classes: the model of the streaming and rss modes.</summary>
[Model]
public sealed partial class FashionMlp
{
    /// <summary>The image, channels first.</summary>
    [Input(1, 28, 28)] public partial Node Image { get; }

    /// <summary>784 pixels.</summary>
    [Flatten] public partial Node Pixels { get; }

    /// <summary>The hidden layer.</summary>
    [Dense(128, Activation = Relu)] public partial Node Hidden { get; }

    /// <summary>The class probabilities.</summary>
    [Dense(10, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Classes { get; }
}

/// <summary>A Fashion-MNIST convnet with BatchNorm and SeparableConv2d: the model of the fashion-epoch mode.</summary>
[Model]
public sealed partial class FashionConvNet
{
    /// <summary>The image, channels first.</summary>
    [Input(1, 28, 28)] public partial Node Image { get; }

    /// <summary>The stem convolution.</summary>
    [Conv2d(32, 3, Padding = Padding.Same, UseBias = false)] public partial Node Stem { get; }

    /// <summary>The stem's normalization.</summary>
    [BatchNorm] public partial Node StemNorm { get; }

    /// <summary>The stem's activation.</summary>
    [Activate(Relu)] public partial Node StemAct { get; }

    /// <summary>28 → 14.</summary>
    [MaxPool2d(2)] public partial Node Pool1 { get; }

    /// <summary>A depthwise-separable convolution.</summary>
    [SeparableConv2d(64, 3, Padding = Padding.Same, UseBias = false)] public partial Node Sep1 { get; }

    /// <summary>Its normalization.</summary>
    [BatchNorm] public partial Node Sep1Norm { get; }

    /// <summary>Its activation.</summary>
    [Activate(Relu)] public partial Node Sep1Act { get; }

    /// <summary>14 → 7.</summary>
    [MaxPool2d(2)] public partial Node Pool2 { get; }

    /// <summary>A second depthwise-separable convolution.</summary>
    [SeparableConv2d(128, 3, Padding = Padding.Same, Activation = Relu)] public partial Node Sep2 { get; }

    /// <summary>Global average.</summary>
    [GlobalAvgPool2d] public partial Node Pooled { get; }

    /// <summary>The class probabilities.</summary>
    [Dense(10, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Classes { get; }
}
