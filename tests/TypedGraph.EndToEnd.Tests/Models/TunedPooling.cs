using static TypedGraph.Activation;

namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>A tunable pool size feeding Flatten → Dense: the Dense layer's input width is built from the hyper-parameter.</summary>
[Model]
public sealed partial class TunedPoolNet
{
    [Choice(2, 3)] public partial int Pool { get; }

    [Input(1, 12, 12)] public partial Node Image { get; }
    [Conv2d(4, 3, Activation = Relu)] public partial Node C { get; }
    [MaxPool2d(nameof(Pool))] public partial Node P { get; }
    [Flatten] public partial Node F { get; }
    [Dense(10, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy, Metrics = [Metric.Accuracy])] public partial Node Label { get; }
}

/// <summary>A tunable upsampling factor, nothing else: the output is the input with every pixel repeated.</summary>
[Model]
public sealed partial class TunedUpsampler
{
    [Choice(2, 3)] public partial int Factor { get; }

    [Input(1, 2, 2)] public partial Node Image { get; }
    [UpSampling2d(nameof(Factor))]
    [Output(Loss.MeanSquaredError)] public partial Node Up { get; }
}

/// <summary>
/// Pooling (valid and "same", max and average) and upsampling sized by hyper-parameters in a channels-last model, for
/// the exports: the TorchSharp forward, model.py and the ONNX graph must all read the instance's values.
/// </summary>
[Model(DataFormat = DataFormat.ChannelsLast)]
public sealed partial class TunedResampler
{
    [Choice(2, 3)] public partial int Pool { get; }
    [Choice(2, 3)] public partial int Factor { get; }

    [Input(11, 10, 3)] public partial Node Image { get; }
    [Conv2d(4, 3, Padding = Padding.Same)] public partial Node C { get; }
    [MaxPool2d(nameof(Pool))] public partial Node P { get; }
    [UpSampling2d(nameof(Factor))] public partial Node U { get; }
    [AvgPool2d(nameof(Pool), Padding = Padding.Same)] public partial Node Q { get; }
    [Flatten] public partial Node F { get; }
    [Dense(5)]
    [Output(Loss.MeanSquaredError)] public partial Node Y { get; }
}
