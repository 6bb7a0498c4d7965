using TypedGraph;
using static TypedGraph.Activation;

namespace PoolSearchSpaces;

// A valid space stays clean: a tunable pool size feeding Flatten → Dense, and a tunable upsampling factor.
[Model]
public sealed partial class TunedPooling
{
    [Choice(2, 3)] public partial int Pool { get; }
    [Choice(1, 2)] public partial int Factor { get; }

    [Input(1, 12, 12)] public partial Node Image { get; }
    [Conv2d(4, 3, Padding = Padding.Same, Activation = Relu)] public partial Node C { get; }
    [MaxPool2d(nameof(Pool))] public partial Node P { get; }
    [UpSampling2d(nameof(Factor))] public partial Node U { get; }
    [AvgPool2d(nameof(Pool), Padding = Padding.Same)] public partial Node Q { get; }
    [Flatten] public partial Node F { get; }
    [Dense(10, Activation = Softmax)]
    [Output(Loss.SparseCategoricalCrossentropy)] public partial Node Label { get; }
}

// The pool outgrows its input at Pool = 7: 8 − 3 + 1 = 6, and floor(6/7) = 0.
[Model]
public sealed partial class PoolLargerThanInput
{
    [Choice(2, 3, 7)] public partial int Pool { get; }

    [Input(1, 8, 8)] public partial Node Image { get; }
    [Conv2d(4, 3)] public partial Node C { get; }
    [MaxPool2d({|TG0009:nameof(Pool)|})] public partial Node P { get; }
    [Flatten] public partial Node F { get; }
    [Dense(1)]
    [Output(Loss.MeanSquaredError)] public partial Node Y { get; }
}

// The pool fits, but at Pool = 5 it leaves 12/5 = 2 rows for a 3×3 convolution: reported on the convolution, which
// names no hyper-parameter, with the point.
[Model]
public sealed partial class PoolStarvesConvolution
{
    [Choice(2, 5)] public partial int Pool { get; }

    [Input(1, 12, 12)] public partial Node Image { get; }
    [MaxPool2d(nameof(Pool))] public partial Node P { get; }
    [{|TG0009:Conv2d(4, 3)|}] public partial Node C { get; }
    [GlobalMaxPool2d] public partial Node G { get; }
    [Dense(1)]
    [Output(Loss.MeanSquaredError)] public partial Node Y { get; }
}

// Upsampling by 3 makes the branch 9×9 against the 6×6 input: the residual add fails at Factor = 3 only.
[Model]
public sealed partial class UpsampledResidual
{
    [Choice(2, 3)] public partial int Factor { get; }

    [Input(4, 6, 6)] public partial Node X { get; }
    [MaxPool2d(2)] public partial Node P { get; }
    [UpSampling2d(nameof(Factor))] public partial Node U { get; }
    [{|TG0005:Add(nameof(X), nameof(U))|}]
    [Output(Loss.MeanSquaredError)] public partial Node Sum { get; }
}

// Every value must be a size, and of the right type.
[Model]
public sealed partial class BadPoolArguments
{
    [Choice(0, 2)] public partial int Pool { get; }
    [Choice(0.5, 1.5)] public partial double Ratio { get; }

    [Input(1, 8, 8)] public partial Node Image { get; }
    [MaxPool2d({|TG0010:nameof(Pool)|})] public partial Node P { get; }
    [UpSampling2d({|TG0035:nameof(Ratio)|})] public partial Node U { get; }
    [Flatten] public partial Node F { get; }
    [Dense(1)]
    [Output(Loss.MeanSquaredError)] public partial Node Y { get; }
}
