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

/// <summary>A block with a hyper-parameter of its own named like its host's: used as a submodel it is built at its default point.</summary>
[Model]
public sealed partial class TunedBlock
{
    [Choice(4, 6)] public partial int Filters { get; }

    [Input(3, 8, 8)] public partial Node Image { get; }
    [Conv2d(nameof(Filters), 3, Activation = Relu)]
    [Output(Loss.MeanSquaredError)] public partial Node Features { get; }
}

/// <summary>Hosts <see cref="TunedBlock"/> and has its own <c>Filters</c>: the block's output width is the block's default (4), whatever the host's value.</summary>
[Model]
public sealed partial class TunedBlockHost
{
    [Choice(8, 16)] public partial int Filters { get; }

    [Input(3, 8, 8)] public partial Node Image { get; }
    [Submodel(typeof(TunedBlock))] public partial Node Block { get; }
    [Conv2d(nameof(Filters), 1)] public partial Node Mix { get; }
    [Flatten] public partial Node F { get; }
    [Dense(2)]
    [Output(Loss.MeanSquaredError)] public partial Node Y { get; }
}
