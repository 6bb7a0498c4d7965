using static TypedGraph.Activation;

namespace TypedGraph.EndToEnd.Tests.Models;

/// <summary>Dense layers: with and without bias, three activations, a fused softmax output.</summary>
[Model]
public sealed partial class ExportDense
{
    [Input(12)] public partial Node Features { get; }

    [Dense(8, Activation = Relu)] public partial Node Hidden { get; }

    [Dense(6, Activation = Tanh, UseBias = false)] public partial Node Squashed { get; }

    [Dense(3, Activation = Softmax)]
    [Output(Loss.CategoricalCrossentropy, Metrics = [Metric.Accuracy])]
    public partial Node Classes { get; }
}

/// <summary>Every recurrent layer: sequences and final states, bidirectional, stacked.</summary>
[Model]
public sealed partial class ExportRecurrent
{
    [Input("T", 5)] public partial Node Frames { get; }

    [SimpleRnn(4, ReturnSequences = true)] public partial Node Simple { get; }

    [Lstm(5, ReturnSequences = true, Bidirectional = true)] public partial Node Both { get; }

    [Gru(3, Bidirectional = true)]
    [Output]
    public partial Node Final { get; }

    [Lstm(2, From = nameof(Frames))]
    [Output]
    public partial Node Last { get; }

    [Gru(3, ReturnSequences = true, From = nameof(Frames))]
    [Output]
    public partial Node Steps { get; }
}

/// <summary>A token sequence through 1-D convolutions (causal, strided "same") and 1-D pooling, permuted once into channels-first storage.</summary>
[Model]
public sealed partial class ExportSequence
{
    [Input("T", DType = DType.Int64)] public partial Node Tokens { get; }

    [Embedding(20, 6)] public partial Node Embedded { get; }

    [Conv1d(4, 3, Padding = Padding.Causal, Dilation = 2)] public partial Node Causal { get; }

    [Conv1d(5, 4, Stride = 2, Padding = Padding.Same, Activation = Elu)] public partial Node Strided { get; }

    [MaxPool1d(3, Stride = 2, Padding = Padding.Same)] public partial Node MaxSame { get; }

    [AvgPool1d(2, Padding = Padding.Same)] public partial Node AvgSame { get; }

    [MaxPool1d(2, From = nameof(Strided))] public partial Node MaxValid { get; }

    [AvgPool1d(2)] public partial Node AvgValid { get; }

    [GlobalAvgPool1d(From = nameof(AvgSame))]
    [Output]
    public partial Node Average { get; }

    [GlobalMaxPool1d(From = nameof(AvgValid))]
    [Output]
    public partial Node Maximum { get; }
}

/// <summary>2-D convolutions channels-first: TF-"same" with stride 2 (asymmetric), a [1, 3] kernel, separable and depthwise, 2-D pooling.</summary>
[Model]
public sealed partial class ExportConvolutions
{
    [Input(3, 11, 11)] public partial Node Image { get; }

    [Conv2d(4, [1, 3], Stride = 2, Padding = Padding.Same, Activation = Silu)] public partial Node Wide { get; }

    [SeparableConv2d(6, 3, Stride = 2, Padding = Padding.Same, DepthMultiplier = 2, Activation = Gelu)] public partial Node Separable { get; }

    [DepthwiseConv2d(3, Padding = Padding.Same, DepthMultiplier = 2)] public partial Node Depthwise { get; }

    [MaxPool2d(2, Padding = Padding.Same)] public partial Node MaxSame { get; }

    [Conv2d(5, 3, Dilation = 2, Padding = Padding.Same, From = nameof(Image))] public partial Node Dilated { get; }

    [AvgPool2d(3, Stride = 2, Padding = Padding.Same)] public partial Node AvgSame { get; }

    [MaxPool2d([2, 3], Stride = 2)] public partial Node MaxWindow { get; }

    [AvgPool2d(2)] public partial Node AvgValid { get; }

    [GlobalMaxPool2d(From = nameof(MaxSame))] public partial Node GlobalMax { get; }

    [GlobalAvgPool2d(From = nameof(AvgValid))] public partial Node GlobalAvg { get; }

    [Concatenate(nameof(GlobalMax), nameof(GlobalAvg))] public partial Node Pooled { get; }

    [Dense(2, Activation = Sigmoid)]
    [Output(Loss.BinaryCrossentropy)]
    public partial Node Score { get; }
}

/// <summary>A channels-last map: padding, strided same convolution, both BatchNorm forms, cropping, upsampling, a transposed convolution, Flatten in Keras's order.</summary>
[Model(DataFormat = DataFormat.ChannelsLast)]
public sealed partial class ExportChannelsLast
{
    [Input(8, 8, 3)] public partial Node Image { get; }

    [ZeroPadding2d(Top = 1, Right = 2)] public partial Node Padded { get; }

    [Conv2d(4, 3, Stride = 2, Padding = Padding.Same)] public partial Node Stem { get; }

    [BatchNorm(Momentum = 0.9)] public partial Node Norm { get; }

    [Activate(Relu6)] public partial Node Act { get; }

    [Cropping2d(1)] public partial Node Cropped { get; }

    [UpSampling2d(2)] public partial Node Up { get; }

    [Conv2dTranspose(3, 3, Stride = 2, Padding = Padding.Same)] public partial Node Transposed { get; }

    [BatchNorm(Center = false)] public partial Node Uncentered { get; }

    [Rescaling(0.5, Offset = -1)] public partial Node Scaled { get; }

    [Flatten] public partial Node Flat { get; }

    [Dense(4, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy)]
    public partial Node Classes { get; }

    [GlobalAvgPool2d(From = nameof(Uncentered))]
    [Output]
    public partial Node Pooled { get; }
}

/// <summary>Reshape, Permute, LayerNorm, Dropout, every activation and every merge.</summary>
[Model]
public sealed partial class ExportElementWise
{
    [Input(4, 6)] public partial Node Grid { get; }

    [Permute(2, 1)] public partial Node Swapped { get; }

    [Reshape(3, 8)] public partial Node Reshaped { get; }

    [LayerNorm] public partial Node Normalized { get; }

    [Dropout(0.3)] public partial Node Dropped { get; }

    [Activate(LeakyRelu)] public partial Node Leaky { get; }

    [Activate(Selu, From = nameof(Dropped))] public partial Node Selu1 { get; }

    [Activate(HardSigmoid, From = nameof(Dropped))] public partial Node Hard { get; }

    [Activate(Softplus, From = nameof(Dropped))] public partial Node Soft { get; }

    [Add(nameof(Leaky), nameof(Selu1), nameof(Hard))] public partial Node Sum { get; }

    [Subtract(nameof(Sum), nameof(Soft))] public partial Node Difference { get; }

    [Multiply(nameof(Difference), nameof(Hard))] public partial Node Product { get; }

    [Average(nameof(Product), nameof(Leaky))] public partial Node Mean { get; }

    [Maximum(nameof(Mean), nameof(Soft), nameof(Selu1))] public partial Node Largest { get; }

    [Concatenate(nameof(Largest), nameof(Reshaped), Axis = 1)] public partial Node Joined { get; }

    [Activate(LogSoftmax)]
    [Output]
    public partial Node LogProbabilities { get; }

    [Activate(Sigmoid, From = nameof(Joined))] public partial Node Gate { get; }

    [Activate(Tanh)]
    [Output]
    public partial Node Squashed { get; }
}

/// <summary>A block used as a submodel: Dense, BatchNorm, and a second output the outer model can pick.</summary>
[Model]
public sealed partial class ExportBlock
{
    [Input(8)] public partial Node X { get; }

    [Dense(8, Activation = Relu)] public partial Node Hidden { get; }

    [BatchNorm]
    [Output]
    public partial Node Normalized { get; }

    [Dense(2, From = nameof(Hidden))]
    [Output]
    public partial Node Side { get; }
}

/// <summary>Shared layers (one module applied twice), a submodel, a repeated submodel and a submodel's second output.</summary>
[Model]
public sealed partial class ExportComposite
{
    [Input(8)] public partial Node Left { get; }

    [Input(8)] public partial Node Right { get; }

    [Dense(8, Activation = Tanh)] public partial Node Encoded { get; }

    [Shared(nameof(Encoded), From = nameof(Left))] public partial Node LeftEncoded { get; }

    [Add(nameof(Encoded), nameof(LeftEncoded))] public partial Node Both { get; }

    [Submodel(typeof(ExportBlock), Output = nameof(ExportBlock.Normalized))] public partial Node Block { get; }

    [Submodel(typeof(ExportBlock), Repeat = 3, Output = nameof(ExportBlock.Normalized))]
    [Output]
    public partial Node Deep { get; }

    [Submodel(typeof(ExportBlock), Output = nameof(ExportBlock.Side), From = nameof(Right))]
    [Output]
    public partial Node Side { get; }
}

/// <summary>A model with a [Custom] layer, which ExportPyTorch refuses.</summary>
[Model]
public sealed partial class ExportCustom
{
    [Input(4)] public partial Node Features { get; }

    [Custom(typeof(Doubler), OutputShape = [4])]
    [Output]
    public partial Node Doubled { get; }
}

/// <summary>The custom module (×2) of the models that cannot be exported (<see cref="ExportCustom"/>, the ONNX tests' custom model).</summary>
public sealed class Doubler() : TorchSharp.torch.nn.Module<TorchSharp.torch.Tensor, TorchSharp.torch.Tensor>(nameof(Doubler))
{
    /// <inheritdoc />
    public override TorchSharp.torch.Tensor forward(TorchSharp.torch.Tensor input) => input * 2;
}
